// @vitest-environment jsdom
// Issue 11, fault 2, on the Hypothesis client's own anchoring baselines (read from outside the
// repository, see tests/support/hypothesis-baselines.ts): their annotations file goes through
// GovMark's Hypothesis importer unchanged, each annotation is anchored in the scope the importer
// gave it, and each must land on exactly its quote, on the page as saved and after edits (or,
// where an edit took its words away, be an orphan: never a highlight on other words).
import { expect, it } from 'vitest';
import { type AnchorResult, anchorAll, articleScope, pageScope, type TextScope } from '../../../utils/anchoring/index';
import { parseHypothesisExport } from '../../../utils/export/hypothesis-import';
import type { AnnotationRecord } from '../../../utils/model/records';
import { HYPOTHESIS_ID_PREFIX } from '../../../utils/export/hypothesis-import';
import {
  baselinePages,
  describeWithBaselines,
  type EditedPage,
  type Expected,
  letterChangedPages,
} from '../../support/hypothesis-baselines';

/** The scopes of one page, each built once (PageScopes.forAnnotation: the article only for annotations described in it). */
function scopesOf(doc: Document): (record: AnnotationRecord) => TextScope {
  let page: TextScope | undefined;
  let article: TextScope | undefined;
  return (record) =>
    record.scope === 'page'
      ? (page ??= pageScope(doc.body))
      : (article ??= articleScope(doc.querySelector('#mw-content-text')!));
}

describeWithBaselines('the Hypothesis html-baselines (Wikipedia page, five annotations)', (baselines) => {
  function imported(): AnnotationRecord[] {
    const parsed = parseHypothesisExport(baselines().search);
    if (!parsed.ok) throw new Error(parsed.error.en);
    return parsed.data.annotations;
  }

  it('imports all five annotations from the file as saved', () => {
    const records = imported();
    expect(records).toHaveLength(baselines().search.total);
    expect(records.every((record) => record.scope === 'page')).toBe(true);
  });

  let built: EditedPage[] | undefined;
  const pages = () => {
    built ??= baselinePages(baselines().html, baselines().search.rows);
    return built;
  };

  it.each(['in one batch', 'one by one'])(
    'places each on exactly its quote, or an orphan, on every page, %s',
    (mode) => {
      const records = imported();
      const seen: string[] = [];
      for (const page of pages()) {
        const scopeFor = scopesOf(page.doc);
        // Grouped by scope, as the annotation layer anchors them.
        const results = new Map<string, AnchorResult>();
        const byScope = new Map<TextScope, AnnotationRecord[]>();
        for (const record of records) byScope.set(scopeFor(record), [...(byScope.get(scopeFor(record)) ?? []), record]);
        for (const [scope, group] of byScope) {
          const placed =
            mode === 'in one batch'
              ? anchorAll(
                  scope,
                  group.map((record) => record.selectors),
                )
              : group.map((record) => anchorAll(scope, [record.selectors])[0]);
          group.forEach((record, index) => results.set(record.id, placed[index]));
        }
        for (const record of records) {
          const result = results.get(record.id)!;
          const expected = page.expected.get(record.id.slice(HYPOTHESIS_ID_PREFIX.length)) as Expected;
          const placedText = result.range ? result.range.toString() : null;
          seen.push(`${page.name} · ${record.note}: ${result.placement}`);
          const where = `${page.name}, annotation “${record.note}”`;
          if (expected.kind === 'orphan') {
            expect(result.placement, where).toBe('orphan');
            continue;
          }
          expect(placedText, where).toBe(expected.text);
          if (expected.kind === 'fuzzy') expect(result.placement, where).toBe('fuzzy');
          else expect(['position', 'exact'], where).toContain(result.placement);
          if (expected.kind === 'verbatim' && expected.within) {
            expect(expected.within.contains(result.range!.startContainer), where).toBe(true);
          }
        }
      }
      // Every page was tried with every annotation.
      expect(seen).toHaveLength(pages().length * records.length);
    },
  );

  // On the edited words, or an orphan where quote and context together fall below the fuzzy
  // minimum (the footer's date: 16 characters, and its stored suffix has one space where the page
  // has a line break and tabs), never on another copy of the words.
  it('places a quote with a letter changed near either end on the edited words or keeps it an orphan, alone and in a batch', () => {
    const records = imported();
    const outcomes: string[] = [];
    for (const page of letterChangedPages(baselines().html, baselines().search.rows)) {
      const scope = pageScope(page.doc.body);
      const batch = anchorAll(
        scope,
        records.map((record) => record.selectors),
      );
      const [[id, expected]] = [...page.expected];
      const index = records.findIndex((record) => record.id === `${HYPOTHESIS_ID_PREFIX}${id}`);
      const alone = anchorAll(scope, [records[index].selectors])[0];
      for (const [mode, result] of [
        ['alone', alone],
        ['in a batch', batch[index]],
      ] as const) {
        const where = `${page.name}, ${mode}`;
        outcomes.push(`${where}: ${result.placement}`);
        if (result.placement === 'orphan') continue;
        expect(result.placement, where).toBe('fuzzy');
        expect(result.range.toString(), where).toBe(expected.kind === 'fuzzy' ? expected.text : null);
      }
    }
    expect(outcomes).toHaveLength(records.length * 2 * 2);
    // Only the short footer quote may be lost; every longer one is found with its edit.
    expect(outcomes.filter((outcome) => outcome.endsWith('orphan')).every((o) => o.includes('“Footer”'))).toBe(true);
    console.info(outcomes.join('\n'));
  });

  // The scope matters: in the article GovMark would recognise (the content column), the heading
  // and the footer are outside. Annotations made in the whole page must be placed in the page.
  it('would lose the heading and footer notes in the article scope, which is why imports use the page', () => {
    const records = imported();
    const doc = pages()[0].doc;
    expect(pages()[0].name).toBe('unchanged');
    const results = anchorAll(
      articleScope(doc.querySelector('#mw-content-text')!),
      records.map((record) => record.selectors),
    );
    const orphans = records.filter((_, index) => results[index].placement === 'orphan').map((record) => record.note);
    expect(orphans.sort()).toEqual(['Footer', 'Heading']);
  });
});
