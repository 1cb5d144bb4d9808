import { describe, expect, it } from 'vitest';
import { chunksOf } from '../../../utils/library/send-import';
import type { LibraryRecords } from '../../../utils/model/library';
import { annotation, article } from './records';

describe('chunksOf', () => {
  it('cuts a library by JSON size and record count, keeping every record once and in order', () => {
    const library: LibraryRecords = {
      articles: [article({ textSnapshot: 'x'.repeat(5_000) }), article({ url: 'https://a.gov.vn/2' })],
      annotations: Array.from({ length: 25 }, (_, i) => annotation({ id: `a${i}` })),
      tasks: [],
    };
    const chunks = [...chunksOf(library, 6_000, 10)];
    // The long article leaves room for two small records beside it; then at most 10 per chunk.
    expect(chunks.map((chunk) => chunk.articles.length + chunk.annotations.length)).toEqual([3, 10, 10, 4]);
    expect(chunks.flatMap((chunk) => chunk.annotations.map((a) => a.id))).toEqual(library.annotations.map((a) => a.id));
    for (const chunk of chunks.slice(1)) expect(JSON.stringify(chunk).length).toBeLessThan(6_500);
  });

  it('sends nothing for an empty library', () => {
    expect([...chunksOf({ articles: [], annotations: [], tasks: [] })]).toEqual([]);
  });
});
