// The toolbar badge shows how many tracked tasks are overdue, across every site.
import { browser } from 'wxt/browser';
import type { GovMarkDB } from '../storage/db';
import { countOverdue } from '../storage/task-queries';
import { todayIso } from '../model/deadline';

export async function refreshOverdueBadge(db: GovMarkDB, now: number = Date.now()): Promise<number> {
  const overdue = await countOverdue(db, todayIso(now));
  await browser.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
  return overdue;
}
