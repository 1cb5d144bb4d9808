import { describe, expect, it } from 'vitest';
import { blocksToRows } from '../../../utils/library/library-rows';
import { selectedRecords, tasksToDeleteSeparately } from '../../../utils/library/selection';
import { annotation, article, task } from './records';

describe('selectedRecords', () => {
  const rows = blocksToRows(
    [
      {
        url: article().url,
        article: article(),
        province: article().province,
        annotations: [annotation({ id: 'a1' }), annotation({ id: 'a2', start: 40 })],
        tasks: [task({ id: 't1', annotationId: 'a1' })],
      },
    ],
    'article',
  );

  it('names the selected annotations, tasks and articles that are still listed', () => {
    const selected = selectedRecords(
      rows,
      new Set(['annotation:a2', 'task:t1', `article:${article().url}`, 'annotation:gone']),
    );
    // t1's row stands for its tracked passage a1 as well.
    expect(selected).toEqual({
      annotationIds: ['a2', 'a1'],
      taskIds: ['t1'],
      articleUrls: [article().url],
      rowCount: 2,
    });
  });

  it('is empty without a selection', () => {
    expect(selectedRecords(rows, new Set())).toEqual({ annotationIds: [], taskIds: [], articleUrls: [], rowCount: 0 });
  });
});

describe('tasksToDeleteSeparately', () => {
  it('skips tasks already deleted with their annotation', () => {
    expect(tasksToDeleteSeparately(['t1', 't2', 't3'], ['t2'])).toEqual(['t1', 't3']);
  });
});
