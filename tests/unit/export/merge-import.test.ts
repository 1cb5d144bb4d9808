import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '../../../utils/export/backup';
import type { LibraryRecords } from '../../../utils/model/library';
import { mergeImport } from '../../../utils/export/merge-import';
import { figureAnnotation, library, portalArticle, task } from './fixtures';

const EMPTY: LibraryRecords = { articles: [], annotations: [], tasks: [] };

/** What the library holds after applying a plan: adds appended, updates replacing by key. */
function apply(existing: LibraryRecords, plan: ReturnType<typeof mergeImport>): LibraryRecords {
  const replace = <T>(records: T[], updates: T[], key: (record: T) => string) =>
    records.map((record) => updates.find((update) => key(update) === key(record)) ?? record);
  return {
    articles: [...replace(existing.articles, plan.update.articles, (a) => a.url), ...plan.add.articles],
    annotations: [...replace(existing.annotations, plan.update.annotations, (a) => a.id), ...plan.add.annotations],
    tasks: [...replace(existing.tasks, plan.update.tasks, (t) => t.id), ...plan.add.tasks],
  };
}

function imported(): LibraryRecords {
  const result = parseBackup(JSON.stringify(buildBackup(library, 0)));
  if (!result.ok) throw new Error(result.error.en);
  return result.data;
}

describe('mergeImport', () => {
  it('adds everything into an empty library (export → wipe → import)', () => {
    const plan = mergeImport(EMPTY, imported());
    expect(plan.add).toStrictEqual(library);
    expect(plan.update).toStrictEqual(EMPTY);
    expect(apply(EMPTY, plan)).toStrictEqual(library);
  });

  it('changes nothing when the same file is imported a second time', () => {
    const once = apply(EMPTY, mergeImport(EMPTY, imported()));
    const plan = mergeImport(once, imported());
    expect(plan.add).toStrictEqual(EMPTY);
    expect(plan.update).toStrictEqual(EMPTY);
    expect(plan.unchanged).toBe(library.articles.length + library.annotations.length + library.tasks.length);
    expect(apply(once, plan)).toStrictEqual(library);
  });

  it('lets the newer edit win, in either direction', () => {
    const edited = { ...figureAnnotation, note: 'sửa sau', updated: figureAnnotation.updated + 1000 };
    const fromNewerFile = mergeImport(library, { ...EMPTY, annotations: [edited] });
    // The winner moves past the library's revision, so an editor holding the old copy is refused.
    expect(fromNewerFile.update.annotations).toStrictEqual([{ ...edited, revision: figureAnnotation.revision + 1 }]);
    const mine = { ...library, annotations: [edited] };
    const fromOlderFile = mergeImport(mine, { ...EMPTY, annotations: [figureAnnotation] });
    expect(fromOlderFile.update.annotations).toEqual([]);
    expect(fromOlderFile.unchanged).toBe(1);
  });

  it('keeps the library copy of a task when the edit times tie', () => {
    const sameTime = { ...task, notes: 'khác' };
    expect(mergeImport(library, { ...EMPTY, tasks: [sameTime] }).update.tasks).toEqual([]);
  });

  it('merges an article read later with the earliest first visit', () => {
    const later = {
      ...portalArticle,
      title: 'Tiêu đề mới',
      firstVisit: portalArticle.firstVisit + 5,
      lastVisit: portalArticle.lastVisit + 5,
    };
    expect(mergeImport(library, { ...EMPTY, articles: [later] }).update.articles).toStrictEqual([
      { ...later, firstVisit: portalArticle.firstVisit },
    ]);
    const seenEarlier = { ...portalArticle, firstVisit: portalArticle.firstVisit - 5, title: 'cũ' };
    expect(mergeImport(library, { ...EMPTY, articles: [seenEarlier] }).update.articles).toStrictEqual([
      { ...portalArticle, firstVisit: portalArticle.firstVisit - 5 },
    ]);
  });
});
