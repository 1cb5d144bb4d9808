// The article part of a demo page, independent of layout: headline, body blocks, and the saved
// page's own furniture lines that the layout places around the body.
import { esc, photo } from './html';
import type { BlockRole, FurnitureSlot, SourceArticle } from './source-text';

export interface ArticleContent {
  headline: string;
  blocks: Array<{ role: BlockRole; text: string }>;
  furniture: Partial<Record<FurnitureSlot, string[]>>;
  publishedIso?: string;
}

export function contentFromArticle(article: SourceArticle): ArticleContent {
  return {
    headline: article.headline.text,
    blocks: article.blocks.map(({ role, text }) => ({ role, text })),
    furniture: article.furniture,
    publishedIso: article.publishedIso,
  };
}

export function furnitureLine(content: ArticleContent, slot: FurnitureSlot, fallback = ''): string {
  return content.furniture[slot]?.[0] ?? fallback;
}

export interface BlockStyle {
  photoTone: string;
  /** Newspapers put captions in <figure>; SharePoint editors write a centred italic paragraph under a picture. */
  captionStyle: 'figure' | 'centered-table';
}

/**
 * One element per block, each a direct child of the body container, whose text content is the
 * block text exactly (no whitespace added inside elements), so that tests and the gold can be
 * related to the page without guessing.
 */
export function renderBlocks(blocks: ArticleContent['blocks'], style: BlockStyle): string {
  return blocks
    .map(({ role, text }) => {
      switch (role) {
        case 'sapo':
          return `<p class="sapo"><strong>${esc(text)}</strong></p>`;
        case 'paragraph':
          return `<p style="text-align: justify;">${esc(text)}</p>`;
        case 'subheading':
          return `<p style="text-align: justify;"><strong>${esc(text)}</strong></p>`;
        case 'spacer':
          return `<p>${esc(text)}</p>`;
        case 'caption':
          return style.captionStyle === 'figure'
            ? `<figure class="image">${photo(640, 360, style.photoTone)}<figcaption>${esc(text)}</figcaption></figure>`
            : `<table class="image-caption" align="center"><tbody><tr><td>${photo(600, 338, style.photoTone)}</td></tr><tr><td><em>${esc(text)}</em></td></tr></tbody></table>`;
      }
    })
    .join('\n');
}

/** A short summary for og:description: the first prose block, cut at a word. */
export function summary(content: ArticleContent, max = 220): string {
  const first =
    content.blocks.find((b) => b.role === 'sapo' || b.role === 'paragraph')?.text.trim() ?? content.headline.trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
