// Provincial party newspaper layout (baoquangninh.vn, served here as baoquangninh.com.vn): "<slug>-<7 digits>.html" URLs, the
// "Thứ Sáu, 09/04/2021, 07:04 [GMT+7]" stamp, body in div.b-maincontent, then "Từ khóa:",
// "Tin liên quan" and "Ý kiến bạn đọc" after the signature.
import {
  esc,
  head,
  type HeadOptions,
  newsList,
  page,
  shareButtons,
  teaserList,
  type Teaser,
  type UntitledTeaser,
} from './html';
import { furnitureLine, renderBlocks, summary, type ArticleContent } from './article-content';
import type { Site } from './sites';

export const NEWSPAPER_BODY_SELECTOR = 'div.b-maincontent';

const CSS = `
body{margin:0;background:#fafafa;font-family:Arial,Helvetica,sans-serif;color:#222}
a{color:#1a1a1a;text-decoration:none}a:hover{color:#0066b3}
.top{background:#fff;border-bottom:1px solid #ddd;font-size:12px;color:#666;padding:4px 20px;display:flex;justify-content:space-between}
.masthead{background:#fff;text-align:center;padding:14px 0}.masthead .name{font:bold 36px Georgia,serif;color:#0066b3;letter-spacing:1px}.masthead .owner{font-size:12px;color:#777}
.menu{background:#0066b3;text-align:center}.menu a{display:inline-block;color:#fff;padding:10px 12px;font-size:14px;font-weight:bold}
.page{max-width:1100px;margin:0 auto;background:#fff;display:flex;gap:28px;padding:18px 24px}
.detail{flex:1;min-width:0}.sidebar{width:300px}
.cate{color:#0066b3;font-weight:bold;text-transform:uppercase;font-size:13px}
h1.title{font:bold 30px/1.3 Georgia,serif;margin:6px 0}
.meta{display:flex;justify-content:space-between;font-size:13px;color:#888;margin-bottom:10px}.meta .tools a{margin-left:8px;color:#999}
.b-maincontent{font:18px/1.7 Georgia,serif}.b-maincontent .sapo{font-family:Arial,sans-serif;font-size:17px}
figure.image{margin:14px 0;text-align:center}figure.image img{max-width:100%;height:auto}figcaption{font:italic 14px Arial,sans-serif;color:#555;background:#f1f1f1;padding:6px}
.author{text-align:right;font-weight:bold;margin:6px 0 14px}
.tags{font-size:13px;margin:12px 0}.tags a{background:#eef3f8;padding:2px 8px;margin:0 4px;border-radius:10px}
.related h2,.box h2{font-size:16px;color:#0066b3;border-bottom:2px solid #0066b3;padding-bottom:4px}
.related ul{list-style:none;padding:0}.related li{display:flex;gap:8px;margin:8px 0;font-size:15px}.related .thumb{width:16px;color:#bbb}
.news-list{padding-left:18px;font-size:14px}.news-list li{margin:8px 0}.date{color:#999;font-size:12px}
.news-item{display:flex;gap:12px;border-bottom:1px solid #eee;padding:10px 0}.news-item h3{margin:0 0 4px;font-size:18px}.news-item p{margin:4px 0;font-size:15px;color:#444}.more{font-size:12px}.paging{margin:12px 0}
.comments textarea{width:100%;height:70px}
.share{font-size:13px;margin:10px 0}.share a{margin-left:8px}
.footer{background:#023e6b;color:#d5e4f0;text-align:center;font-size:13px;line-height:1.7;padding:16px}
`;

interface ChromeOptions {
  site: Site;
  headerDate: string;
  title: string;
  canonical: string;
  description: string;
  main: string;
  head?: Partial<HeadOptions>;
}

function chrome(o: ChromeOptions): string {
  const { site } = o;
  const body = `<div class="top"><span>${esc(o.headerDate)}</span><span><a href="/rss">RSS</a> · <a href="/bao-in">Đọc báo in</a> · <a href="/app">Tải ứng dụng</a></span></div>
<header class="masthead"><div class="name">${esc(site.name)}</div><div class="owner">${esc(site.owner)}</div></header>
<nav class="menu">${site.menu.map((m, i) => `<a href="${i === 0 ? '/' : `/${encodeURIComponent(m.toLowerCase())}/`}">${esc(m)}</a>`).join('')}</nav>
<div class="page">${o.main}
<aside class="sidebar"><div class="box"><h2>Tin mới nhất</h2>
${newsList(site.latest, { source: 'tin-moi', medium: 'sidebar' })}
</div><div class="box"><h2>Đọc nhiều</h2>
${newsList(site.other, { source: 'doc-nhieu', medium: 'sidebar' })}
</div></aside></div>
<footer class="footer">${site.footer.map(esc).join('<br>')}</footer>`;
  return page(
    'vi',
    head({ title: o.title, lang: 'vi', canonical: o.canonical, description: o.description, css: CSS, ...o.head }),
    body,
  );
}

export function newspaperArticle(
  site: Site,
  content: ArticleContent,
  path: string,
  headerDate: string,
  tags: string[],
): string {
  const canonical = `https://${site.host}${path}`;
  const decor = content.furniture.decor ?? [];
  const related = [...site.other, ...site.latest];
  const relatedRows = related.map(
    (item, i) =>
      `<li><span class="thumb">${esc(decor[2 + i] ?? '')}</span><a href="${esc(item.href)}?utm_source=tin-lien-quan&amp;utm_medium=detail">${esc(item.title)}</a></li>`,
  );
  const leftoverDecor = decor
    .slice(2 + related.length)
    .map((d) => `<span class="thumb">${esc(d)}</span>`)
    .join('');
  const main = `<article class="detail">
<div class="cate"><a href="/chinh-tri/">Chính trị</a></div>
<h1 class="title">${esc(content.headline)}</h1>
<div class="meta"><span class="time">${esc(furnitureLine(content, 'stamp'))}</span><span class="tools"><a href="#" title="Cỡ chữ nhỏ">${esc(decor[0] ?? '')}</a><a href="#" title="Cỡ chữ lớn">${esc(decor[1] ?? '')}</a><a href="javascript:window.print()">In bài này</a></span></div>
<div class="b-maincontent">
${renderBlocks(content.blocks, { photoTone: '#8fb3d1', captionStyle: 'figure' })}
</div>
<p class="author">${esc(furnitureLine(content, 'byline'))}</p>
${shareButtons(canonical, 'Chia sẻ')}
<div class="tags">Từ khóa: ${tags.map((t) => `<a href="/tag/${encodeURIComponent(t)}">${esc(t)}</a>`).join('')}</div>
<section class="related"><h2>${esc(furnitureLine(content, 'relatedHeading', 'Tin liên quan'))}</h2><ul>
${relatedRows.join('\n')}
</ul>${leftoverDecor}</section>
<section class="comments"><h2>Ý kiến bạn đọc</h2><textarea placeholder="Ý kiến của bạn..."></textarea><p><button type="button">Gửi ý kiến</button></p></section>
</article>`;
  return chrome({
    site,
    headerDate,
    title: `${content.headline.trim()} | ${site.titleSuffix ?? site.name}`,
    canonical,
    description: summary(content),
    main,
    head: {
      ogTitle: content.headline.trim(),
      ogType: 'article',
      publishedTime: content.publishedIso,
      keywords: tags.join(', '),
      extraMeta: [
        '<meta name="twitter:card" content="summary_large_image">',
        `<meta name="twitter:title" content="${esc(content.headline.trim())}">`,
      ],
    },
  });
}

/** A tag page or the search results: a heading, teasers and paging, the same masthead and side column. */
export function newspaperListing(o: {
  site: Site;
  path: string;
  heading: string;
  note?: string;
  teasers: Array<Teaser | UntitledTeaser>;
  headerDate: string;
}): string {
  const main = `<section class="detail listing">
<h1 class="title">${esc(o.heading)}</h1>
${o.note ? `<p class="meta">${esc(o.note)}</p>` : ''}
${teaserList(o.teasers, '#8fb3d1')}
<div class="paging"><a href="?page=1">1</a> <a href="?page=2">2</a> … <a href="?page=10">Trang sau »</a></div>
</section>`;
  return chrome({
    site: o.site,
    headerDate: o.headerDate,
    title: `${o.heading} | ${o.site.titleSuffix ?? o.site.name}`,
    canonical: `https://${o.site.host}${o.path}`,
    description: `${o.heading} – ${o.site.titleSuffix ?? o.site.name}`,
    main,
    head: { ogType: 'website' },
  });
}
