// thanhhoa.gov.vn-style portal: dated article URLs (/portal/Pages/YYYY-MM-DD/<Slug>-<id>.aspx),
// "Đăng ngày 22 - 12 - 2022" stamp with a "100%" font-size control, a "Tin mới nhất" box with
// times, a reader poll and an online counter.
import { esc, head, newsList, page, shareButtons, teaserList, type Teaser } from './html';
import { furnitureLine, renderBlocks, summary, type ArticleContent } from './article-content';
import type { Site } from './sites';

export const THANHHOA_BODY_SELECTOR = '#ctl00_ctl45_g_8f2b6f1e_0b7a_4a5e_9c7d_3b1f2a6c9d10_ctl00_divContent';

const CSS = `
body{margin:0;background:#f7f3ea;font-family:"Times New Roman",Times,serif;color:#1d1d1d;font-size:17px}
a{color:#8a1c12;text-decoration:none}
.topbar{background:#7a0f0a;color:#f6e3b4;font:13px Arial,sans-serif;padding:4px 20px;display:flex;justify-content:space-between}
.topbar a{color:#f6e3b4}
.banner{height:120px;background:linear-gradient(180deg,#fff7df,#f3d58a);display:flex;align-items:center;padding:0 24px;gap:18px;border-bottom:4px solid #c8102e}
.banner .emblem{width:80px;height:80px;border-radius:50%;background:radial-gradient(circle,#f8d24a 35%,#c8102e 37%)}
.banner .name{font:bold 28px Arial,sans-serif;color:#c8102e}.banner .owner{font:15px Arial,sans-serif;color:#7a0f0a}
nav.menu{background:#c8102e}nav.menu a{display:inline-block;color:#fff;padding:10px 14px;font:bold 14px Arial,sans-serif}
.container{max-width:1160px;margin:0 auto;background:#fff;display:flex;gap:24px;padding:18px 24px}
.content{flex:1;min-width:0}.right{width:310px;font-family:Arial,sans-serif}
.path{font:13px Arial,sans-serif;color:#777;margin-bottom:10px}
h1.title-detail{font-size:26px;color:#8a1c12;line-height:1.3;margin:0 0 8px}
.info{display:flex;justify-content:space-between;align-items:center;font:13px Arial,sans-serif;color:#666;border-bottom:1px solid #e4d6b8;padding-bottom:6px}
.font-size button{border:1px solid #ccc;background:#fff;font-size:12px;padding:1px 6px}
.news-content{line-height:1.65;margin-top:12px}
table.image-caption{margin:10px auto;text-align:center;color:#555;font-size:15px}table.image-caption img{max-width:100%;height:auto}
.nav-arrows{font:bold 20px Arial,sans-serif;color:#c8102e}
.box{border:1px solid #e4d6b8;margin-bottom:16px;background:#fffdf7}.box h2{margin:0;padding:8px 10px;background:#c8102e;color:#fff;font-size:15px}
.news-list,.latest{margin:0;padding:6px 10px 6px 24px;font-size:14px}.news-list li,.latest li{margin:6px 0}.date{color:#888;font-size:12px}
.poll{padding:8px 10px;font-size:14px}.poll label{display:block}
.news-item{display:flex;gap:12px;border-bottom:1px dotted #d7c7a4;padding:10px 0}.news-item h3{margin:0 0 4px;font-size:18px}
.news-item p{margin:4px 0;font-size:15px;color:#444}.more{font:12px Arial,sans-serif}
.paging{font:14px Arial,sans-serif;margin:12px 0}.paging a{border:1px solid #ddd;padding:2px 8px;margin-right:4px}
.author{text-align:right;font-weight:bold}
.share{margin:12px 0;font:13px Arial,sans-serif}.share a{margin-left:8px}
footer{background:#7a0f0a;color:#f6e3b4;font:13px/1.7 Arial,sans-serif;padding:16px 24px;text-align:center}
`;

interface ChromeOptions {
  site: Site;
  title: string;
  canonical: string;
  description: string;
  headerDate: string;
  breadcrumb: string[];
  main: string;
  side: string;
}

function chrome(o: ChromeOptions): string {
  const body = `<form method="post" action="./" id="aspnetForm">
<div class="topbar"><span>${esc(o.headerDate)}</span><span><a href="/portal/Pages/default.aspx">Tiếng Việt</a> | <a href="/en/Pages/default.aspx">English</a> | <a href="/portal/Pages/so-do-cong.aspx">Sơ đồ cổng</a></span></div>
<div class="banner"><div class="emblem" aria-hidden="true"></div><div><div class="name">${esc(o.site.name)}</div><div class="owner">${esc(o.site.owner)}</div></div></div>
<nav class="menu">${o.site.menu.map((m, i) => `<a href="${i === 0 ? '/portal/Pages/default.aspx' : `/portal/Pages/${encodeURIComponent(m)}.aspx`}">${esc(m)}</a>`).join('')}</nav>
<div class="container"><div class="content">
<div class="path">${o.breadcrumb.map(esc).join(' › ')}</div>
${o.main}
</div>
<aside class="right">
${o.side}
</aside></div>
<footer>${o.site.footer.map(esc).join('<br>')}</footer>
</form>`;
  return page(
    'vi',
    head({
      title: o.title,
      lang: 'vi',
      canonical: o.canonical,
      description: o.description,
      extraMeta: ['<meta name="GENERATOR" content="Microsoft SharePoint">'],
      css: CSS,
    }),
    body,
  );
}

/** "Title...(25/02/2024 3:09 CH)" as one list row: link then time, with no character added or lost. */
function latestRow(line: string): string {
  const cut = line.lastIndexOf('(');
  const title = cut > 0 ? line.slice(0, cut) : line;
  const time = cut > 0 ? line.slice(cut) : '';
  return `<li><a href="/portal/Pages/tin-moi-nhat.aspx?utm_source=box-tin-moi&amp;utm_medium=sidebar">${esc(title)}</a><span class="date">${esc(time)}</span></li>`;
}

interface SideFurniture {
  latestHeading: string;
  latestItems: string[];
  boxHeadings: string[];
  pollQuestion: string;
  pollVotes: string;
  pollDecor: string;
  online: string;
}

/** The side column of a page whose saved text brought none: the site's own latest news, its poll. */
function defaultSide(site: Site): SideFurniture {
  return {
    latestHeading: 'Tin mới nhất',
    latestItems: site.latest.map((item) => `${item.title}(${item.date})`),
    boxHeadings: ['Chỉ đạo điều hành', 'Văn bản mới'],
    pollQuestion: `Đánh giá của bạn về ${site.titleSuffix ?? site.name}`,
    pollVotes: '1942 người đã bình chọn',
    pollDecor: '°',
    online: '2654 người đang online',
  };
}

function side(f: SideFurniture): string {
  const [directives = 'Chỉ đạo điều hành', documents = 'Văn bản mới'] = f.boxHeadings;
  return `<div class="box"><h2>${esc(f.latestHeading)}</h2>
<ul class="latest">
${f.latestItems.map(latestRow).join('\n')}
</ul></div>
<div class="box"><h2>${esc(directives)}</h2><ul class="news-list">
<li><a href="/portal/Pages/2022-12-19/Chi-thi-so-18-CT-UBND-e1a4b2.aspx">Chỉ thị số 18/CT-UBND ngày 19/12/2022 về tổ chức Tết Nguyên đán Quý Mão</a></li>
<li><a href="/portal/Pages/2022-12-12/Cong-dien-so-21-CD-UBND-f3c5d1.aspx">Công điện số 21/CĐ-UBND: tập trung giải ngân 100% vốn đầu tư công trước ngày 31/01/2023</a></li>
</ul></div>
<div class="box"><h2>${esc(documents)}</h2><ul class="news-list">
<li><a href="/vanban/Pages/quyet-dinh-4567.aspx">Quyết định số 4567/QĐ-UBND ngày 16/12/2022 phê duyệt Kế hoạch đầu tư công năm 2023</a></li>
<li><a href="/vanban/Pages/ke-hoach-312.aspx">Kế hoạch số 312/KH-UBND ngày 14/12/2022 về chuyển đổi số, tỷ lệ hồ sơ trực tuyến đạt 50%</a></li>
</ul></div>
<div class="box"><h2>Thăm dò ý kiến</h2><div class="poll"><p>${esc(f.pollQuestion)}</p>
<label><input type="radio" name="poll"> Rất hữu ích</label><label><input type="radio" name="poll"> Hữu ích</label><label><input type="radio" name="poll"> Bình thường</label>
<p><button type="button">Bình chọn</button> <span class="votes">${esc(f.pollVotes)}</span></p></div></div>
<div class="box"><div class="poll"><span class="online-icon">${esc(f.pollDecor)}</span>
<span class="online">${esc(f.online)}</span></div></div>`;
}

function sideFromContent(site: Site, content: ArticleContent): SideFurniture {
  const f = content.furniture;
  const fallback = defaultSide(site);
  return {
    latestHeading: f.latestHeading?.[0] ?? fallback.latestHeading,
    latestItems: f.latestItems ?? fallback.latestItems,
    boxHeadings: f.boxHeadings ?? fallback.boxHeadings,
    pollQuestion: f.pollQuestion?.[0] ?? fallback.pollQuestion,
    pollVotes: f.pollVotes?.[0] ?? fallback.pollVotes,
    pollDecor: f.decor?.[1] ?? fallback.pollDecor,
    online: f.online?.[0] ?? fallback.online,
  };
}

export function thanhHoaArticle(site: Site, content: ArticleContent, path: string, headerDate: string): string {
  const canonical = `https://${site.host}${path}`;
  const byline = furnitureLine(content, 'byline');
  const main = `<div class="ms-webpart-zone" id="ctl00_ctl45_g_8f2b6f1e_0b7a_4a5e_9c7d_3b1f2a6c9d10">
<h1 class="title-detail">${esc(content.headline)}</h1>
<div class="info"><span class="post-date">${esc(furnitureLine(content, 'stamp'))}</span><span class="font-size"><button type="button">A-</button> <span class="font-value">${esc(furnitureLine(content, 'fontSize', '100%'))}</span> <button type="button">A+</button></span></div>
<div class="news-content ms-rtestate-field" id="ctl00_ctl45_g_8f2b6f1e_0b7a_4a5e_9c7d_3b1f2a6c9d10_ctl00_divContent">
${renderBlocks(content.blocks, { photoTone: '#c9b48a', captionStyle: 'centered-table' })}
</div>
${byline ? `<p class="author">${esc(byline)}</p>` : ''}
${shareButtons(canonical, 'Chia sẻ')}
<div class="box"><h2><span class="nav-arrows">${esc(content.furniture.decor?.[0] ?? '<')}</span> ${esc(furnitureLine(content, 'otherNewsHeading', 'Tin khác'))}</h2>
${newsList(site.other, { source: 'tin-khac', medium: 'web' })}
</div></div>`;
  return chrome({
    site,
    title: content.headline.trim(),
    canonical,
    description: summary(content),
    headerDate,
    breadcrumb: ['Trang chủ', 'Tin tức – Sự kiện', 'Chỉ đạo điều hành'],
    main,
    side: side(sideFromContent(site, content)),
  });
}

export function thanhHoaListing(
  site: Site,
  heading: string,
  teasers: Teaser[],
  path: string,
  headerDate: string,
): string {
  const main = `<div class="ms-webpart-zone" id="ctl00_ctl45_g_2a9d4c7b_1e3f_4b6a_8c0d_9e5f7a1b3c24">
<h1 class="title-detail">${esc(heading)}</h1>
${teaserList(teasers, '#c9b48a')}
<div class="paging"><a href="?Page=1">1</a><a href="?Page=2">2</a><a href="?Page=3">3</a>… <a href="?Page=2">Trang sau »</a></div>
</div>`;
  return chrome({
    site,
    title: `${heading} - ${site.titleSuffix ?? site.name}`,
    canonical: `https://${site.host}${path}`,
    description: `Tin tức, sự kiện nổi bật – ${site.owner}.`,
    headerDate,
    breadcrumb: ['Trang chủ', heading],
    main,
    side: side(defaultSide(site)),
  });
}
