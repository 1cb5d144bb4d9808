// Scores the entity finders (figures, documents, dates) against the seed gold:
//   npx tsx scripts/score-entities.ts [--verbose] [DIR ...]
// (default: the seeds and tests/fixtures/articles; each DIR holds NAME.txt + NAME.gold.json).
// A prediction matches a gold entity of its kind when the spans overlap and the values agree
// (figure value, document symbol, date iso). The finders do not zone the page, so predictions
// on page furniture (stamps, "Lượt xem", everything after "Tin mới nhất"/"Tin khác") are left
// out here; the analyser filters them by zone.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../utils/engine/normalise.ts';
import { findFigures } from '../utils/engine/figures.ts';
import { findDocuments } from '../utils/engine/documents.ts';
import { findDates } from '../utils/engine/dates.ts';
import type { Span } from '../utils/engine/types.ts';

const verbose = process.argv.includes('--verbose');
const requested = process.argv.slice(2).filter((arg) => arg !== '--verbose');
const DIRS =
  requested.length > 0
    ? requested
    : ['/work/shared/fixtures/seeds', join(import.meta.dirname, '../tests/fixtures/articles')];

const FURNITURE_LINE =
  /^(?:Đăng ngày|Cập nhật|Lượt (?:xem|truy cập)|Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật|\d{1,2}\/\d{1,2}\/\d{4}(?: -)? \d{1,2}:\d{2}|100%$|\d+ người đ)/u;
const TRAILER = /^(?:Tin mới nhất|Tin khác|Tin liên quan|Tin cùng chuyên mục|Chia sẻ bài viết)\s*$/mu;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
type Kind = 'figures' | 'documents' | 'dates';
const totals: Record<Kind, Tally> = {
  figures: { tp: 0, fp: 0, fn: 0 },
  documents: { tp: 0, fp: 0, fn: 0 },
  dates: { tp: 0, fp: 0, fn: 0 },
};

function inBody(text: string, span: Span): boolean {
  const trailer = TRAILER.exec(text);
  if (trailer !== null && span.start >= trailer.index) return false;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.start);
  return !FURNITURE_LINE.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim());
}

function articleYear(text: string, published: string | null): number | null {
  if (published !== null) return Number(published.slice(0, 4));
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu))
    counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function score<T extends Span>(
  kind: Kind,
  id: string,
  text: string,
  predicted: T[],
  gold: T[],
  agree: (p: T, g: T) => boolean,
): void {
  for (const p of predicted)
    if (text.slice(p.start, p.end) !== p.text) throw new Error(`${id} ${kind}: span text differs at ${p.start}`);
  const body = predicted.filter((p) => inBody(text, p));
  const used = new Set<number>();
  for (const p of body) {
    const index = gold.findIndex((g, i) => !used.has(i) && overlaps(p, g) && agree(p, g));
    if (index >= 0) {
      used.add(index);
      totals[kind].tp += 1;
    } else {
      totals[kind].fp += 1;
      if (verbose) console.log(`${id} ${kind} FP`, JSON.stringify(p));
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i)) return;
    totals[kind].fn += 1;
    if (verbose) console.log(`${id} ${kind} FN`, JSON.stringify(g));
  });
}

let elapsed = 0;
let articles = 0;
for (const dir of DIRS)
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = file.slice(0, -4);
    if (!existsSync(join(dir, `${id}.gold.json`))) continue;
    articles += 1;
    const raw = readFileSync(join(dir, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8'));
    const { text } = normaliseText(raw);
    const opts = { year: articleYear(text, gold.article.published) };
    const began = performance.now();
    const figures = findFigures(text, opts);
    const documents = findDocuments(text, opts);
    const dates = findDates(text, opts);
    elapsed += performance.now() - began;
    score('figures', id, text, figures, gold.figures, (p, g) => Math.abs(p.value - g.value) < 1e-9);
    score('documents', id, text, documents, gold.documents, (p, g) => p.number === g.number);
    score('dates', id, text, dates, gold.dates, (p, g) => p.iso === g.iso);
  }

for (const [kind, { tp, fp, fn }] of Object.entries(totals)) {
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(
    `${kind.padEnd(10)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
}
console.log(`finders: ${elapsed.toFixed(1)} ms for ${articles} articles (first run includes JIT warm-up)`);
