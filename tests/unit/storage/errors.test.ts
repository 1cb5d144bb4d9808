import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../utils/storage/annotation-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { RecordNotFoundError, toStorageFailure } from '../../../utils/storage/errors';
import { trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, openTestDb, sampleAnnotation } from './test-db';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('toStorageFailure', () => {
  it('recognises a quota error however it is wrapped', () => {
    expect(toStorageFailure(quotaError()).code).toBe('quota');
    expect(toStorageFailure(new Dexie.AbortError('Transaction aborted', quotaError())).code).toBe('quota');
    expect(toStorageFailure(new Dexie.BulkError('bulkAdd failed', [new Error('x'), quotaError()])).code).toBe('quota');
    expect(toStorageFailure(new Error('outer', { cause: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } })).code).toBe('quota');
    expect(toStorageFailure({ name: 'Error', code: 22 }).code).toBe('quota');
  });

  it('maps missing records, invalid data and anything else', () => {
    expect(toStorageFailure(new RecordNotFoundError('tasks', 'x')).code).toBe('not-found');
    expect(toStorageFailure(new Dexie.ConstraintError('Key already exists')).code).toBe('invalid');
    expect(toStorageFailure(new DOMException('bad key', 'DataError')).code).toBe('invalid');
    expect(toStorageFailure('boom').code).toBe('unknown');
    expect(toStorageFailure(undefined).code).toBe('unknown');
  });

  it('tells the reader in both languages that saved data is intact', () => {
    const { message } = toStorageFailure(quotaError());
    expect(message.vi).toContain('Dữ liệu đã lưu trước đó vẫn còn nguyên');
    expect(message.en).toContain('Everything saved before is intact');
  });
});

describe('a write that hits the quota', () => {
  let db: GovMarkDB;
  afterEach(() => db?.close());

  /** Makes every write to `table` fail as a full disk would, below Dexie (DBCore middleware). */
  function failWritesTo(table: string): void {
    db.use({
      stack: 'dbcore',
      name: 'fake-quota',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const downTable = down.table(name);
          return {
            ...downTable,
            mutate: (request: DBCoreMutateRequest) =>
              name === table ? Promise.reject(quotaError()) : downTable.mutate(request),
          };
        },
      }),
    });
  }

  it('leaves what was saved intact and rolls back the whole transaction', async () => {
    ({ db } = openTestDb());
    const saved = await addAnnotation(db, sampleAnnotation(), 1_000);
    db.close();
    failWritesTo('tasks');
    await db.open();

    const failure = await trackTask(
      db,
      {
        source: { annotation: directiveAnnotation() },
        text: 'Hoàn thành',
        issuer: null,
        assignees: [],
        deadline: null,
      },
      2_000,
    ).then(
      () => null,
      (error: unknown) => toStorageFailure(error),
    );
    expect(failure?.code).toBe('quota');
    // The directive's annotation was written first in the same transaction: it must be gone too.
    expect(await db.annotations.toArray()).toEqual([saved]);
    expect(await db.tasks.count()).toBe(0);
  });
});
