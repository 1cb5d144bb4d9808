import { describe, expect, it } from 'vitest';
import { highlightRows, taskRows } from '../../../utils/library/export-rows';
import { citationFile } from '../../../utils/library/citation-export';
import { annotation, article, task } from './records';

const library = {
  articles: [article()],
  annotations: [annotation({ id: 'a1' }), annotation({ id: 'a2', articleUrl: 'https://other.gov.vn/x' })],
  tasks: [task({ id: 't1', annotationId: 'a1' })],
};

describe('highlightRows and taskRows', () => {
  it('join each highlight with its article and task, each task with its article and annotation', () => {
    const highlights = highlightRows(library.annotations, library);
    expect(highlights.map((row) => [row.annotation.id, row.article?.url ?? null, row.task?.id ?? null])).toEqual([
      ['a1', article().url, 't1'],
      ['a2', null, null],
    ]);
    const tasks = taskRows(library.tasks, library);
    expect(tasks[0].annotation?.id).toBe('a1');
    expect(tasks[0].article?.title).toBe(article().title);
  });
});

describe('citationFile', () => {
  it('writes each format with its file type and keeps Vietnamese titles', () => {
    const articles = [article()];
    const csl = citationFile(articles, 'csl-json', 'en');
    expect(csl.extension).toBe('json');
    expect(JSON.parse(csl.text)[0].title).toBe('UBND tỉnh họp phiên thường kỳ tháng 7');
    expect(citationFile(articles, 'bibtex', 'en').text).toMatch(/^@/m);
    expect(citationFile(articles, 'ris', 'en').text).toMatch(/^TY {2}- /m);
    const apa = citationFile(articles, 'apa', 'vi');
    expect(apa.extension).toBe('txt');
    expect(apa.text).toContain('Truy cập ngày');
  });
});
