import { afterEach, describe, expect, it } from 'vitest';
import { wipeLibrary } from '../../../utils/storage/wipe-library';
import { annotation, article, task } from '../library/records';
import { openTestDb } from './test-db';
import { visit } from '../register/register-articles';

const { db } = openTestDb();

afterEach(async () => {
  await db.delete();
});

describe('wipeLibrary', () => {
  it('deletes articles, annotations and tasks, keeps settings, and names what went', async () => {
    await db.articles.put(article());
    await db.annotations.put(annotation({ id: 'a1' }));
    await db.tasks.put(task({ id: 't1', annotationId: 'a1' }));
    await db.settings.put({ key: 'language', value: 'vi' });
    const wiped = await wipeLibrary(db);
    expect(wiped).toEqual({ articles: [article().url], annotations: ['a1'], tasks: ['t1'] });
    expect(await db.articles.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
    expect((await db.settings.get('language'))?.value).toBe('vi');
  });
});

describe('wipeLibrary and the register', () => {
  it('deletes the register with the articles it was read from', async () => {
    const { db: fresh } = openTestDb();
    await visit(fresh, 'first', 1_000);
    await visit(fresh, 'second', 2_000);
    expect(await fresh.documents.count()).toBeGreaterThan(0);
    await wipeLibrary(fresh);
    for (const table of [fresh.documents, fresh.citations, fresh.taskMatch, fresh.articleFollowUps, fresh.registered]) {
      expect(await table.count()).toBe(0);
    }
    fresh.close();
  });
});
