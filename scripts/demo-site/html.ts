// Small HTML-building helpers shared by the demo portal layouts. Pages are plain strings: the
// fixture builder writes them to disk as they are, so what a test reads is what a browser gets.

/** Escapes text for element content and attribute values. Other characters (NBSP included) stay as they are, so a text node's characters equal the source text. */
export function esc(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

export interface HeadOptions {
  title: string;
  lang: string;
  canonical: string;
  description?: string;
  ogTitle?: string;
  ogType?: string;
  publishedTime?: string;
  keywords?: string;
  extraMeta?: string[];
  css: string;
}

export function head(opts: HeadOptions): string {
  const meta = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(opts.title)}</title>`,
    opts.description ? `<meta name="description" content="${esc(opts.description)}">` : '',
    opts.keywords ? `<meta name="keywords" content="${esc(opts.keywords)}">` : '',
    opts.ogTitle ? `<meta property="og:title" content="${esc(opts.ogTitle)}">` : '',
    opts.ogTitle && opts.description ? `<meta property="og:description" content="${esc(opts.description)}">` : '',
    opts.ogType ? `<meta property="og:type" content="${opts.ogType}">` : '',
    opts.ogTitle ? `<meta property="og:url" content="${esc(opts.canonical)}">` : '',
    opts.publishedTime ? `<meta property="article:published_time" content="${opts.publishedTime}">` : '',
    ...(opts.extraMeta ?? []),
    `<link rel="canonical" href="${esc(opts.canonical)}">`,
    `<style>${opts.css}</style>`,
  ].filter(Boolean);
  return `<head>\n${meta.join('\n')}\n</head>`;
}

export function page(lang: string, headHtml: string, body: string, bodyAttrs = ''): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n${headHtml}\n<body${bodyAttrs}>\n${body}\n</body>\n</html>\n`;
}

/** A photo placeholder: an inline SVG landscape, so pages need no image files and load offline. */
export function photo(width: number, height: number, tone: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${tone}"/>` +
    `<circle cx="${Math.round(width * 0.78)}" cy="${Math.round(height * 0.28)}" r="${Math.round(height * 0.1)}" fill="#f4e7b0"/>` +
    `<path d="M0 ${height} L${Math.round(width * 0.3)} ${Math.round(height * 0.45)} L${Math.round(width * 0.55)} ${height} Z" fill="#5d7a5a"/>` +
    `<path d="M${Math.round(width * 0.35)} ${height} L${Math.round(width * 0.65)} ${Math.round(height * 0.55)} L${width} ${height} Z" fill="#486447"/>` +
    '</svg>';
  return `<img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${width}" height="${height}" alt="">`;
}

/** A link list item: title (with its date) as portals print them in side boxes. */
export interface NewsLink {
  title: string;
  date: string;
  href: string;
}

/** Adds campaign parameters to a link the way portals' share and "related" widgets do. */
export function withTracking(href: string, source: string, medium: string): string {
  const sep = href.includes('?') ? '&' : '?';
  return `${href}${sep}utm_source=${source}&utm_medium=${medium}&utm_campaign=tin-bai`;
}

export function shareButtons(url: string, label: string): string {
  const u = encodeURIComponent(url);
  return (
    `<div class="share"><span class="share-label">${esc(label)}</span> ` +
    `<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=${u}&amp;utm_source=facebook&amp;utm_medium=share">Facebook</a> ` +
    `<a class="share-zalo" href="https://sp.zalo.me/share_inline?url=${u}&amp;utm_source=zalo&amp;utm_medium=share">Zalo</a> ` +
    `<a class="share-tw" href="https://twitter.com/intent/tweet?url=${u}&amp;utm_source=twitter">Twitter</a> ` +
    '<a class="share-print" href="javascript:window.print()">In bài</a> ' +
    `<a class="share-mail" href="mailto:?subject=Tin%20b%C3%A0i&amp;body=${u}">Gửi email</a></div>`
  );
}

/** A side-box list of links, each followed by its date in parentheses as portals print it. */
export function newsList(items: NewsLink[], tracking?: { source: string; medium: string }): string {
  const rows = items.map((item) => {
    const href = tracking ? withTracking(item.href, tracking.source, tracking.medium) : item.href;
    return `<li><a href="${esc(href)}">${esc(item.title)}</a> <span class="date">(${esc(item.date)})</span></li>`;
  });
  return `<ul class="news-list">\n${rows.join('\n')}\n</ul>`;
}

export interface Teaser extends NewsLink {
  excerpt: string;
}

/** A teaser without a headline of its own, as tag pages print some: excerpt, date and "Xem tiếp". */
export interface UntitledTeaser extends Omit<Teaser, 'title'> {
  title?: undefined;
}

/** Teaser blocks as home pages and category listings show them: many short items, each with a date and "Xem tiếp". */
export function teaserList(teasers: Array<Teaser | UntitledTeaser>, tone: string, more = 'Xem tiếp »'): string {
  return teasers
    .map(
      (t) =>
        `<div class="news-item">${photo(160, 100, tone)}<div class="news-text">` +
        (t.title === undefined ? '' : `<h3><a href="${esc(t.href)}">${esc(t.title)}</a></h3>`) +
        `<span class="date">${esc(t.date)}</span><p class="excerpt">${esc(t.excerpt)}</p><a class="more" href="${esc(t.href)}">${esc(more)}</a></div></div>`,
    )
    .join('\n');
}
