// @vitest-environment jsdom
// The calendar of deadlines against a real (fake-indexeddb) database: tasks on the day they fall
// due, overdue ones listed first, this week marked, each task opening its passage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { DeadlineCalendar } from '../../../components/library/DeadlineCalendar';
import { LangContext } from '../../../components/common/lang-context';
import type { GovMarkDB } from '../../../utils/storage/db';
import { openTestDb } from '../storage/test-db';
import { task } from '../library/records';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

let db: GovMarkDB;
const TODAY = '2024-10-30'; // a Wednesday
/** The machine is shared: wait for state, not for a second. */
const LONG = { timeout: 10_000 };

beforeEach(async () => {
  db = openTestDb().db;
  await db.tasks.bulkPut([
    task({ id: 'late', text: 'Báo cáo thiệt hại', deadline: '2024-10-15' }),
    task({ id: 'late-done', text: 'Đã xong', deadline: '2024-10-16', status: 'done' }),
    task({ id: 'tomorrow', text: 'Xử lý tàu cá mất kết nối', deadline: '2024-10-31' }),
    task({ id: 'quarter', text: 'Hoàn thành trong quý IV', deadline: '2024-Q4' }),
    task({ id: 'none', text: 'Không có hạn', deadline: null }),
  ]);
});

afterEach(async () => {
  await db.delete();
});

function renderCalendar(lang: 'vi' | 'en', onOpen = vi.fn()) {
  const view = render(
    <LangContext.Provider value={lang}>
      <DeadlineCalendar db={db} today={TODAY} onOpen={onOpen} />
    </LangContext.Provider>,
  );
  return { ...view, onOpen };
}

describe('DeadlineCalendar', () => {
  it('lists overdue open work, marks this week and puts each task on its due day', async () => {
    const { container, onOpen } = renderCalendar('en');
    await waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull(), LONG);
    const overdue = screen.getByRole('region', { name: /Overdue/ });
    expect(
      within(overdue)
        .getAllByRole('button')
        .map((b) => b.getAttribute('data-task-id')),
    ).toEqual(['late']);

    const thisWeek = container.querySelector('[data-this-week]')!;
    expect(thisWeek.getAttribute('data-week')).toBe('2024-10-28');
    expect(thisWeek.textContent).toContain('This week');
    expect(container.querySelectorAll('[data-this-week]')).toHaveLength(1);
    const tomorrow = container.querySelector('[data-day="2024-10-31"] [data-task-id="tomorrow"]')!;
    expect(tomorrow.getAttribute('data-deadline-state')).toBe('due-soon');
    expect(container.querySelector('[data-day="2024-10-30"]')!.getAttribute('aria-current')).toBe('date');
    // Q4 ends on 31 December, beyond the six weeks shown: the next weeks hold it.
    expect(container.querySelector('[data-task-id="quarter"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Later weeks →' }));
    await waitFor(() =>
      expect(container.querySelector('[data-day="2024-12-31"] [data-task-id="quarter"]')).not.toBeNull(),
    );

    fireEvent.click(container.querySelector('[data-task-id="quarter"]')!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'quarter' }));
  });

  it('speaks Vietnamese, and shows a task that is written or finished at once', async () => {
    const { container } = renderCalendar('vi');
    await waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull(), LONG);
    expect(screen.getByRole('heading', { name: 'Lịch thời hạn' })).toBeTruthy();
    expect(container.querySelector('[data-this-week] h3')!.textContent).toBe('Tuần 28/10 – 03/11/2024 · Tuần này');
    await db.tasks.update('tomorrow', { status: 'done' });
    await waitFor(
      () =>
        expect(container.querySelector('[data-task-id="tomorrow"]')!.getAttribute('data-deadline-state')).toBe('none'),
      LONG,
    );
    await db.tasks.update('late', { status: 'done' });
    await waitFor(() => expect(screen.getByText('Không có nhiệm vụ quá hạn.')).toBeTruthy(), LONG);
  });
});
