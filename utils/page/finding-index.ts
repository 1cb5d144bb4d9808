// The page's findings with their live DOM ranges, grouped by painted kind, and the lookup from
// a point under the pointer back to the finding (highlights raise no events of their own).
import type { Analysis, Figure, DocumentRef, DateMention, Directive } from '../engine/types';
import type { FindingKind } from '../model/kinds';
import type { FindingDetail } from '../model/records';

export type PageFinding =
  | { kind: 'figure'; range: Range; finding: Figure }
  | { kind: 'document'; range: Range; finding: DocumentRef }
  | { kind: 'date' | 'deadline'; range: Range; finding: DateMention }
  | { kind: 'directive'; range: Range; finding: Directive };

export function indexFindings(analysis: Analysis, toRange: (start: number, end: number) => Range): PageFinding[] {
  const out: PageFinding[] = [];
  for (const f of analysis.figures) out.push({ kind: 'figure', range: toRange(f.start, f.end), finding: f });
  for (const d of analysis.documents) out.push({ kind: 'document', range: toRange(d.start, d.end), finding: d });
  for (const d of analysis.dates) {
    out.push({ kind: d.deadline ? 'deadline' : 'date', range: toRange(d.start, d.end), finding: d });
  }
  for (const d of analysis.directives) out.push({ kind: 'directive', range: toRange(d.start, d.end), finding: d });
  return out;
}

export function rangesByKind(findings: readonly PageFinding[]): Map<FindingKind, Range[]> {
  const byKind = new Map<FindingKind, Range[]>();
  for (const f of findings) {
    const list = byKind.get(f.kind) ?? [];
    list.push(f.range);
    byKind.set(f.kind, list);
  }
  return byKind;
}

/**
 * The page's directives in reading order, every other one in the second shade: consecutive
 * directives then never share a shade, so where one ends and the next starts shows.
 */
export function alternatingDirectives(findings: readonly PageFinding[]): { even: Range[]; odd: Range[] } {
  const directives = findings
    .filter((f) => f.kind === 'directive')
    .sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return {
    even: directives.filter((_, i) => i % 2 === 0).map((f) => f.range),
    odd: directives.filter((_, i) => i % 2 === 1).map((f) => f.range),
  };
}

/** The most specific finding at a DOM point: the shortest range that contains it. */
export function findingAt(
  findings: readonly PageFinding[],
  node: Node,
  offset: number,
  enabled: (k: FindingKind) => boolean,
): PageFinding | null {
  let best: PageFinding | null = null;
  let bestLength = Infinity;
  for (const f of findings) {
    if (!enabled(f.kind)) continue;
    let inside = false;
    try {
      inside = f.range.isPointInRange(node, offset);
    } catch {
      inside = false;
    }
    if (!inside) continue;
    const length = f.finding.end - f.finding.start;
    if (length < bestLength) {
      best = f;
      bestLength = length;
    }
  }
  return best;
}

/** Findings whose text overlaps a selection, most specific first (for "Track as task" on a selection). */
export function findingsOverlapping(findings: readonly PageFinding[], range: Range): PageFinding[] {
  return findings
    .filter((f) => {
      // Overlap unless the selection ends before the finding starts or starts after it ends.
      const endsBefore = f.range.comparePoint(range.endContainer, range.endOffset) < 0;
      const startsAfter = f.range.comparePoint(range.startContainer, range.startOffset) > 0;
      return !endsBefore && !startsAfter;
    })
    .sort((a, b) => a.finding.end - a.finding.start - (b.finding.end - b.finding.start));
}

/** What an annotation keeps of a finding (a date and a deadline are both kept as a date). */
export function detailOf(f: PageFinding): FindingDetail {
  switch (f.kind) {
    case 'figure':
      return { kind: 'figure', figure: f.finding };
    case 'document':
      return { kind: 'document', document: f.finding };
    case 'date':
    case 'deadline':
      return { kind: 'date', date: f.finding };
    case 'directive':
      return { kind: 'directive', directive: f.finding };
  }
}
