// Runs inside a demo article page (bundled by scripts/bench/paint.ts): analyses the live page
// and paints its findings through the CSS Custom Highlight API, timing each half separately.
import { analyzeDocument } from '../../utils/engine/html-article';
import { createPainter } from '../../utils/page/painter';
import { indexFindings, rangesByKind } from '../../utils/page/finding-index';
import { FINDING_KINDS } from '../../utils/model/kinds';

export interface PaintRun {
  analyseMs: number;
  paintMs: number;
  ranges: number;
}

function once(): PaintRun {
  const t0 = performance.now();
  const { analysis, dom } = analyzeDocument(document, location.href);
  const t1 = performance.now();
  if (!dom) return { analyseMs: t1 - t0, paintMs: 0, ranges: 0 };
  const painter = createPainter(document);
  const findings = indexFindings(analysis, (s, e) => dom.toRange(s, e));
  const byKind = rangesByKind(findings);
  for (const kind of FINDING_KINDS) painter.paint(kind, byKind.get(kind) ?? []);
  const t2 = performance.now();
  painter.clearAll();
  return { analyseMs: t1 - t0, paintMs: t2 - t1, ranges: findings.length };
}

(window as unknown as { govmarkPaintBench: (runs: number) => PaintRun[] }).govmarkPaintBench = (runs) =>
  Array.from({ length: runs }, once);
