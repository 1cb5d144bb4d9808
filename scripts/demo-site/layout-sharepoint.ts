// Microsoft SharePoint portal layout (longan.gov.vn, ninhthuan.gov.vn): the ribbon skip links,
// ctl00_ ids, the whole page inside an ASP.NET <form>, the article in a RichHtmlField.
import { esc, head, newsList, page, shareButtons, teaserList, type Teaser } from './html';
import { furnitureLine, renderBlocks, summary, type ArticleContent } from './article-content';
import type { Site } from './sites';

export const SHAREPOINT_BODY_SELECTOR = '#ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField';

const CSS = `
body{margin:0;background:#eef2f6;font-family:Arial,Helvetica,sans-serif;color:#222;font-size:15px}
a{color:#0b4f8a;text-decoration:none}a:hover{text-decoration:underline}
#s4-ribbonrow{background:#1f3b57;padding:2px 12px;font-size:11px}#s4-ribbonrow a{color:#9fb6cc;margin-right:12px}
.ms-skip{position:absolute;left:-9999px}
.wrap{max-width:1180px;margin:0 auto;background:#fff;box-shadow:0 0 6px rgba(0,0,0,.12)}
.header{display:flex;align-items:center;gap:16px;padding:18px 22px;background:linear-gradient(90deg,#b3121b,#d8322b 60%,#f2b632)}
.emblem{width:64px;height:64px;border-radius:50%;background:radial-gradient(circle,#ffd54a 30%,#c0161d 32%);border:3px solid #ffd54a}
.site-name{color:#fff;font-size:24px;font-weight:bold;letter-spacing:.5px}.site-owner{color:#ffe9a8;font-size:14px}
.lang{margin-left:auto;color:#fff;font-size:13px}.lang a{color:#fff}
.search input{padding:4px 6px;border:0;border-radius:3px}
.topnav{background:#0d5aa7}.topnav ul{list-style:none;margin:0;padding:0 12px;display:flex;flex-wrap:wrap}
.topnav li a{display:block;color:#fff;padding:10px 13px;font-weight:bold;font-size:14px}
.topnav li:first-child a{background:#094785}
.breadcrumb{padding:8px 22px;font-size:13px;color:#666;border-bottom:1px solid #e2e2e2}
.columns{display:flex;gap:22px;padding:16px 22px}
.main{flex:1;min-width:0}.side{width:300px}
.date-time{color:#888;font-size:13px}
h1.title{font-size:24px;color:#0b4f8a;margin:8px 0 12px;line-height:1.3}
.tools{font-size:12px;color:#666;border-bottom:1px dotted #ccc;padding-bottom:6px;margin-bottom:10px}
.ms-rtestate-field{line-height:1.6}
table.image-caption{margin:10px auto;text-align:center;color:#555}table.image-caption img{max-width:100%;height:auto}
.author{text-align:right;font-weight:bold;margin:10px 0}
.share{margin:12px 0;padding:8px;background:#f4f6f8;font-size:13px}.share a{margin-left:8px}
.box{border:1px solid #d9e2ec;margin-bottom:16px}.box h2{margin:0;padding:8px 10px;background:#0d5aa7;color:#fff;font-size:15px;text-transform:uppercase}
.news-list{margin:0;padding:6px 10px 6px 24px;font-size:14px}.news-list li{margin:6px 0}.news-list .date{color:#888;font-size:12px}
.stats{padding:8px 10px;font-size:13px}
.news-item{display:flex;gap:12px;border-bottom:1px solid #eee;padding:10px 0}.news-item h3{margin:0 0 4px;font-size:16px}
.news-item p{margin:4px 0;font-size:14px;color:#444}.news-item .date{color:#888;font-size:12px}.more{font-size:12px}
.featured{display:flex;gap:16px;padding-bottom:12px;border-bottom:2px solid #0d5aa7}.featured h2{margin:0 0 6px;color:#b3121b}
.footer{background:#0d3f73;color:#dfe9f5;padding:16px 22px;font-size:13px;line-height:1.7}
`;

interface ChromeOptions {
  site: Site;
  lang: string;
  title: string;
  canonical: string;
  description: string;
  ogType?: string;
  publishedIso?: string;
  langSwitch: string;
  breadcrumb: string[];
  main: string;
  side: string;
  formAction: string;
}

function chrome(o: ChromeOptions): string {
  const body = `<form method="post" action="${esc(o.formAction)}" id="aspnetForm">
<div id="s4-ribbonrow"><a href="#ctl00_PlaceHolderMain" class="ms-skip" id="ctl00_SkipRibbon">Skip Ribbon Commands</a><a href="#mainContent" class="ms-skip">Skip to main content</a><span>Đăng nhập</span></div>
<div id="s4-workspace"><div id="s4-bodyContainer" class="wrap">
<div class="header" id="ctl00_header"><div class="emblem" aria-hidden="true"></div><div><div class="site-name">${esc(o.site.name)}</div><div class="site-owner">${esc(o.site.owner)}</div></div>
<div class="lang" id="ctl00_LanguageSwitch">${o.langSwitch}</div>
<div class="search"><input type="text" name="ctl00$SearchBox" placeholder="Tìm kiếm..."></div></div>
<div class="topnav" id="zz1_TopNavigationMenu"><a href="#zz1_TopNavigationMenu_SkipLink" class="ms-skip">Skip Navigation Links</a><ul>
${o.site.menu.map((item, i) => `<li><a href="${i === 0 ? '/' : `/Pages/${encodeURIComponent(item)}.aspx`}">${esc(item)}</a></li>`).join('\n')}
</ul><a id="zz1_TopNavigationMenu_SkipLink"></a></div>
<div class="breadcrumb" id="ctl00_PlaceHolderTitleBreadcrumb">${o.breadcrumb.map(esc).join(' › ')}</div>
<div class="columns"><div class="main" id="ctl00_MSO_ContentDiv"><a name="mainContent"></a>
${o.main}
</div>
<div class="side">
${o.side}
</div></div>
<div class="footer" id="ctl00_footer">${o.site.footer.map(esc).join('<br>')}</div>
</div></div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDD2QWAmYPZBYCZg9kFgJmD2Q=">
</form>`;
  return page(
    o.lang,
    head({
      title: o.title,
      lang: o.lang,
      canonical: o.canonical,
      description: o.description,
      ogTitle: o.title,
      ogType: o.ogType,
      publishedTime: o.publishedIso,
      extraMeta: [
        '<meta name="GENERATOR" content="Microsoft SharePoint">',
        '<meta http-equiv="X-UA-Compatible" content="IE=10">',
      ],
      css: CSS,
    }),
    body,
  );
}

function sideBoxes(
  site: Site,
  labels: { latest: string; visits: string; online: string; links: string },
  online: number,
): string {
  return `<div class="box" id="ctl00_SPWebPartManager1_g_6f1c2a34_8b7e_4d0a_9c5e_2b1d7a3e9f10"><h2>${esc(labels.latest)}</h2>
${newsList(site.latest, { source: 'box-tin-moi', medium: 'sidebar' })}
</div>
<div class="box"><h2>${esc(labels.links)}</h2><div class="stats"><select><option>-- Website --</option><option>Chính phủ</option><option>Bộ Thông tin và Truyền thông</option></select></div></div>
<div class="box"><h2>${esc(labels.visits)}</h2><div class="stats">${esc(labels.visits)}: 1.983.632<br>${esc(labels.online)}: ${online}</div></div>`;
}

const VI_LABELS = { latest: 'Tin mới nhất', visits: 'Lượt truy cập', online: 'Online', links: 'Liên kết website' };

export interface SharePointArticleOptions {
  site: Site;
  content: ArticleContent;
  path: string;
  lang?: string;
  breadcrumb: string[];
  labels?: typeof VI_LABELS & { other: string; share: string; views: string };
  langSwitch?: string;
}

export function sharePointArticle(o: SharePointArticleOptions): string {
  const canonical = `https://${o.site.host}${o.path}`;
  const labels = o.labels ?? { ...VI_LABELS, other: 'Tin khác', share: 'Chia sẻ bài viết', views: 'Lượt xem' };
  const stamp = furnitureLine(o.content, 'stamp');
  const byline = furnitureLine(o.content, 'byline');
  const main = `<div class="ms-WPBody article-detail" id="ctl00_SPWebPartManager1_g_3d2b8c41_5a6e_4f7b_8d19_0c4e6a2b7f55">
${stamp ? `<div class="date-time">${esc(stamp)}</div>` : ''}
<h1 class="title" id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField">${esc(o.content.headline)}</h1>
<div class="tools">${esc(furnitureLine(o.content, 'views', `${labels.views}: 1.247`))} | <a href="javascript:window.print()">In trang</a></div>
<div id="divArticleDescription" class="article-description">
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">
${renderBlocks(o.content.blocks, { photoTone: '#9db7cf', captionStyle: 'centered-table' })}
</div></div>
${byline ? `<div class="author">${esc(byline)}</div>` : ''}
${shareButtons(canonical, furnitureLine(o.content, 'share', labels.share))}
<div class="box"><h2>${esc(furnitureLine(o.content, 'otherNewsHeading', furnitureLine(o.content, 'relatedHeading', labels.other)))}</h2>
${newsList(o.site.other, { source: 'tin-khac', medium: 'web' })}
</div></div>`;
  return chrome({
    site: o.site,
    lang: o.lang ?? 'vi',
    title: o.content.headline.trim(),
    canonical,
    description: summary(o.content),
    ogType: 'article',
    langSwitch: esc(furnitureLine(o.content, 'langSwitch', 'Tiếng Việt | English')),
    breadcrumb: o.breadcrumb,
    main,
    side: sideBoxes(o.site, labels, 161),
    formAction: `./${o.path.split('/').at(-1) ?? ''}`,
  });
}

export function sharePointHome(site: Site, title: string, featured: Teaser, teasers: Teaser[]): string {
  const main = `<div class="ms-WPBody" id="ctl00_SPWebPartManager1_g_a41e0f2c_7d3b_4e8a_b1c6_5f2e9d0a8c33">
<div class="featured"><div><h2><a href="${esc(featured.href)}">${esc(featured.title)}</a></h2><span class="date">${esc(featured.date)}</span><p>${esc(featured.excerpt)}</p></div></div>
<div class="box"><h2>Tin tức – Sự kiện</h2><div style="padding:0 10px">
${teaserList(teasers, '#a9c1d9')}
</div></div></div>`;
  return chrome({
    site,
    lang: 'vi',
    title,
    canonical: `https://${site.host}/`,
    description: `${site.owner}: tin tức, văn bản chỉ đạo điều hành, dịch vụ công trực tuyến.`,
    ogType: 'website',
    langSwitch: esc('Tiếng Việt | English'),
    breadcrumb: ['Trang chủ'],
    main,
    side: sideBoxes(site, VI_LABELS, 243),
    formAction: './Default.aspx',
  });
}
