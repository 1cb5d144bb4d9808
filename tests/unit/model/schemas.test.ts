import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import {
  annotationRecordSchema,
  articleRecordSchema,
  deadlineSchema,
  pageUrlSchema,
  taskRecordSchema,
} from '../../../utils/model/schemas';
import { recordVisit } from '../../../utils/storage/article-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, openTestDb, sampleVisit } from '../storage/test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('record schemas', () => {
  it('accept the records the queries write, unchanged (restore and import round-trip)', async () => {
    ({ db } = openTestDb());
    const article = await recordVisit(db, sampleVisit(), 1);
    const { annotation, task } = await trackTask(
      db,
      {
        source: { annotation: directiveAnnotation() },
        text: 'Hoàn thành',
        issuer: null,
        assignees: ['Sở Tài chính'],
        deadline: '2021-Q2',
      },
      2,
    );
    expect(v.parse(articleRecordSchema, article)).toEqual(article);
    expect(v.parse(annotationRecordSchema, annotation)).toEqual(annotation);
    expect(v.parse(taskRecordSchema, task)).toEqual(task);
  });

  it('accept http(s) page URLs only', () => {
    expect(v.is(pageUrlSchema, 'https://ninhthuan.gov.vn/a.html')).toBe(true);
    expect(v.is(pageUrlSchema, 'http://localhost:8080/x')).toBe(true);
    expect(v.is(pageUrlSchema, 'file:///etc/passwd')).toBe(false);
    expect(v.is(pageUrlSchema, 'not a url')).toBe(false);
  });

  it('accept the four deadline forms and null', () => {
    for (const deadline of ['2023-01-15', '2023-08', '2021-Q2', '2023', null])
      expect(v.is(deadlineSchema, deadline)).toBe(true);
    for (const deadline of ['2023-13', 'Q2/2021', '']) expect(v.is(deadlineSchema, deadline)).toBe(false);
  });
});
