// Follow-ups found when the second made-up article is visited after tasks were tracked from the
// first: the same assignee on the same matter, a task's document cited again, and what the
// reader answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { decideFollowUp, followUpId, followUpsOfTask } from '../../../utils/storage/follow-up-queries';
import { setTaskStatuses } from '../../../utils/storage/task-queries';
import { indexDroppedChanges } from '../../../utils/storage/task-match-queries';
import { directiveWith, REGISTER_ARTICLES, trackDirective, visit } from '../register/register-articles';
import { openTestDb } from './test-db';

const SECOND = REGISTER_ARTICLES.second.url;

let db: GovMarkDB;
beforeEach(() => {
  db = openTestDb().db;
});
afterEach(() => db.close());

async function trackFromFirst(words: string) {
  const { article, directives } = await visit(db, 'first', 1_000);
  return trackDirective(db, article.url, directiveWith(directives, words), 1_500);
}

describe('follow-ups of tracked tasks', () => {
  it('suggests a later instruction to the same department on the same matter', async () => {
    const task = await trackFromFirst('giải phóng mặt bằng');
    await visit(db, 'second', 2_000);
    const [followUp] = await followUpsOfTask(db, task.id);
    expect(followUp).toMatchObject({
      id: followUpId(task.id, SECOND),
      articleUrl: SECOND,
      reason: 'same-matter',
      state: 'suggested',
      created: 2_000,
      decided: null,
      published: '2024-07-05',
    });
    expect(followUp.text).toContain('bàn giao mặt bằng dự án đường ven biển');
    expect(followUp.selectors).toContainEqual(
      expect.objectContaining({ type: 'TextQuoteSelector', exact: followUp.text }),
    );
  });

  it('suggests an article that cites the task’s document, with the citing sentence', async () => {
    const task = await trackFromFirst('tổng hợp kiến nghị');
    expect((await db.taskMatch.get(task.id))?.symbolKeys).toEqual(['VN|105/NQ/CP']);
    await visit(db, 'second', 2_000);
    const [followUp] = await followUpsOfTask(db, task.id);
    expect(followUp).toMatchObject({ reason: 'same-document', score: 1 });
    expect(followUp.text).toMatch(/^Sở Kế hoạch và Đầu tư báo cáo, sau 6 tháng thực hiện Nghị quyết số 105\/NQ-CP/);
  });

  it('does not suggest an article whose instructions are on other matters or for other bodies', async () => {
    const task = await trackFromFirst('giải phóng mặt bằng');
    await visit(db, 'second', 2_000, (text) =>
      text.replace(
        /Phát biểu kết luận.*\n/,
        'Phát biểu kết luận, Phó Chủ tịch UBND tỉnh giao Sở Giao thông vận tải kiểm tra tải trọng xe trên các tuyến quốc lộ.\n',
      ),
    );
    expect(await followUpsOfTask(db, task.id)).toEqual([]);
  });

  it('does not suggest the article the task came from, nor a dropped task', async () => {
    const task = await trackFromFirst('giải phóng mặt bằng');
    await visit(db, 'first', 1_800);
    expect(await followUpsOfTask(db, task.id)).toEqual([]);
    // As the background does after a status message: a dropped task leaves the follow-up check.
    await indexDroppedChanges(db, await setTaskStatuses(db, [task.id], 'dropped', 1_900));
    await visit(db, 'second', 2_000);
    expect(await followUpsOfTask(db, task.id)).toEqual([]);
    expect(await db.taskMatch.get(task.id)).toBeUndefined();
    expect(await db.matterDigests.get('so giao thong van tai')).toBeUndefined();
  });

  it('follows a dropped task up again once the reader takes it up again', async () => {
    const task = await trackFromFirst('giải phóng mặt bằng');
    await indexDroppedChanges(db, await setTaskStatuses(db, [task.id], 'dropped', 1_900));
    await indexDroppedChanges(db, await setTaskStatuses(db, [task.id], 'open', 1_950));
    await visit(db, 'second', 2_000);
    expect(await followUpsOfTask(db, task.id)).toMatchObject([{ reason: 'same-matter', articleUrl: SECOND }]);
  });

  it('keeps the reader’s answer: a dismissed suggestion is not made again on the next visit', async () => {
    const task = await trackFromFirst('giải phóng mặt bằng');
    await visit(db, 'second', 2_000);
    const id = followUpId(task.id, SECOND);
    expect(await decideFollowUp(db, id, 'dismissed', 2_500)).toMatchObject({ state: 'dismissed', decided: 2_500 });
    await visit(db, 'second', 3_000);
    expect(await followUpsOfTask(db, task.id)).toMatchObject([{ state: 'dismissed', decided: 2_500 }]);
    expect((await decideFollowUp(db, id, 'confirmed', 3_500)).state).toBe('confirmed');
    await expect(decideFollowUp(db, 'no-such|follow-up', 'confirmed', 1)).rejects.toThrow(/followUps/);
  });
});
