// IBM WebSphere Portal layout (travinh.gov.vn, /wps/portal/...): layoutContainers, portlet
// control frames, a view counter under the headline. This one uses a dark theme, so highlight
// colours are also seen on a dark page.
import { esc, head, newsList, page, shareButtons } from './html';
import { furnitureLine, renderBlocks, summary, type ArticleContent } from './article-content';
import type { Site } from './sites';

export const WEBSPHERE_BODY_SELECTOR = '#Z7_0HG8H0C0K8T1E0AEH8KO9E3085_noidung';

const CSS = `
body{margin:0;background:#121a24;color:#e4e9ef;font-family:"Segoe UI",Roboto,Arial,sans-serif;font-size:16px}
a{color:#8cc4ff;text-decoration:none}
.wpthemeBanner{background:#0b2540;border-bottom:3px solid #e0a526;padding:16px 24px;display:flex;align-items:center;gap:16px}
.emblem{width:60px;height:60px;border-radius:50%;background:radial-gradient(circle,#ffd54a 30%,#b71c1c 32%)}
.name{font-size:22px;font-weight:bold;color:#ffd772}.owner{font-size:14px;color:#b8c7d8}
.wpthemeNav{background:#163a5f;padding:0 18px}.wpthemeNav a{display:inline-block;padding:10px 12px;color:#e8f1fb;font-weight:600;font-size:14px}
.wpthemeBreadcrumb{padding:8px 24px;font-size:13px;color:#9fb0c2}
#layoutContainers{max-width:1160px;margin:0 auto;display:flex;gap:24px;padding:12px 24px}
.wpthemeCol-main{flex:1;min-width:0}.wpthemeCol-side{width:300px}
section.wpthemeControl{background:#1a2634;border:1px solid #2b3b4e;border-radius:4px;padding:16px;margin-bottom:16px}
h1.tieude{font-size:25px;color:#ffd772;line-height:1.35;margin:0 0 6px}
.ngaydang{font-size:13px;color:#c9d5e2}
.luotxem{font-size:13px;color:#9fb0c2;margin-bottom:12px}
.noidung{line-height:1.7}.noidung .sapo{color:#fff}
figure.image{margin:12px 0;text-align:center}figure.image img{max-width:100%;height:auto}figcaption{font-style:italic;color:#b8c7d8;font-size:14px}
.tacgia{text-align:right;font-weight:bold;margin-top:10px}
.share{margin:12px 0;font-size:13px}.share a{margin-left:8px}
.box h2{font-size:15px;color:#ffd772;border-bottom:1px solid #2b3b4e;padding-bottom:6px;margin:0 0 6px;text-transform:uppercase}
.news-list{margin:0;padding-left:18px;font-size:14px}.news-list li{margin:6px 0}.date{color:#8a9bb0;font-size:12px}
.wpthemeFooter{background:#0b2540;color:#b8c7d8;text-align:center;font-size:13px;line-height:1.7;padding:16px}
`;

export function webSphereArticle(site: Site, content: ArticleContent, path: string, portletSite: string): string {
  const canonical = `https://${site.host}${path}`;
  const byline = furnitureLine(content, 'byline');
  const stamp = furnitureLine(content, 'stamp');
  const body = `<div class="wpthemeFrame" id="wpthemeFrame">
<header class="wpthemeBanner" role="banner"><div class="emblem" aria-hidden="true"></div><div><div class="name">${esc(site.name)}</div><div class="owner">${esc(site.owner)}</div></div></header>
<nav class="wpthemeNav">${site.menu.map((m, i) => `<a href="/wps/portal/${portletSite}${i === 0 ? '' : `/${encodeURIComponent(m)}`}">${esc(m)}</a>`).join('')}</nav>
<div class="wpthemeBreadcrumb">Trang chủ › Tin tức – Sự kiện › Tin trong tỉnh</div>
<div id="layoutContainers" class="wpthemeLayoutContainers"><div class="wpthemeCol-main component-container">
<section class="ibmPortalControl wpthemeControl" id="portlet_Z7_0HG8H0C0K8T1E0AEH8KO9E3085">
<div class="wpthemeControlBody" id="Z7_0HG8H0C0K8T1E0AEH8KO9E3085">
<h1 class="tieude">${esc(content.headline)}</h1>
${stamp ? `<div class="ngaydang">${esc(stamp)}</div>` : ''}
<div class="luotxem">${esc(furnitureLine(content, 'views', 'Lượt xem: 1024'))}</div>
<div class="noidung" id="Z7_0HG8H0C0K8T1E0AEH8KO9E3085_noidung">
${renderBlocks(content.blocks, { photoTone: '#3b5670', captionStyle: 'figure' })}
</div>
${byline ? `<div class="tacgia">${esc(byline)}</div>` : ''}
${shareButtons(canonical, 'Chia sẻ')}
</div></section>
<section class="ibmPortalControl wpthemeControl box"><h2>${esc(furnitureLine(content, 'otherNewsHeading', 'Tin khác'))}</h2>
${newsList(site.other, { source: 'tin-khac', medium: 'portlet' })}
</section></div>
<div class="wpthemeCol-side component-container">
<section class="ibmPortalControl wpthemeControl box"><h2>Tin mới nhất</h2>
${newsList(site.latest, { source: 'tin-moi', medium: 'portlet' })}
</section>
<section class="ibmPortalControl wpthemeControl box"><h2>Thống kê truy cập</h2><div>Lượt truy cập: 5.204.318<br>Đang online: 87</div></section>
</div></div>
<footer class="wpthemeFooter">${site.footer.map(esc).join('<br>')}</footer>
</div>`;
  return page(
    'vi',
    head({
      title: content.headline.trim(),
      lang: 'vi',
      canonical,
      description: summary(content),
      ogTitle: content.headline.trim(),
      ogType: 'article',
      extraMeta: ['<meta name="generator" content="IBM WebSphere Portal">'],
      css: CSS,
    }),
    body,
    ' class="lotus dark"',
  );
}
