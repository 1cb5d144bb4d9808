// @vitest-environment jsdom
// The Reminders settings save through the real message handler and show what is stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReminderSettings } from '../../../components/settings/ReminderSettings';
import { LangContext } from '../../../components/common/lang-context';
import { createMessageHandler } from '../../../utils/messaging/background-handlers';
import type { GovMarkDB } from '../../../utils/storage/db';
import { getSettings } from '../../../utils/storage/settings-queries';
import { openTestDb } from '../storage/test-db';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const ORIGIN = 'chrome-extension://govmark-test';
let db: GovMarkDB;
let writes: string[];
/** The machine is shared: wait for state, not for a second. */
const LONG = { timeout: 10_000 };

beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDb().db;
  writes = [];
  const handle = createMessageHandler(db, {
    extensionId: 'govmark-test',
    extensionOrigin: ORIGIN,
    onWrite: (type) => writes.push(type),
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    handle(message, { id: 'govmark-test', url: `${ORIGIN}/dashboard.html` }),
  );
});

afterEach(async () => {
  await db.delete();
});

describe('ReminderSettings', () => {
  it('starts with day deadlines on, 1 day before, and saves the reader’s changes', async () => {
    render(
      <LangContext.Provider value="en">
        <ReminderSettings db={db} />
      </LangContext.Provider>,
    );
    const day = (await screen.findByRole('checkbox', { name: 'Remind me of tasks due on a day' })) as HTMLInputElement;
    const period = screen.getByRole('checkbox', { name: /month, quarter or year/ }) as HTMLInputElement;
    const lead = screen.getByRole('combobox', { name: 'Remind me' }) as HTMLSelectElement;
    expect([day.checked, period.checked, lead.value]).toEqual([true, false, '1']);
    expect([...lead.options].map((option) => option.text)).toEqual(['1 day before', '3 days before', '7 days before']);

    fireEvent.click(period);
    await waitFor(async () => expect((await getSettings(db)).reminders.periodDeadlines).toBe(true), LONG);
    await waitFor(() => expect(period.checked).toBe(true), LONG);
    fireEvent.change(lead, { target: { value: '7' } });
    await waitFor(
      async () =>
        expect((await getSettings(db)).reminders).toEqual({ dayDeadlines: true, periodDeadlines: true, leadDays: 7 }),
      LONG,
    );
    await waitFor(() => expect(lead.value).toBe('7'), LONG);
    // A settings write is what makes the background plan the reminders again.
    expect(writes).toEqual(['settings/set', 'settings/set']);
  });

  it('speaks Vietnamese', async () => {
    render(
      <LangContext.Provider value="vi">
        <ReminderSettings db={db} />
      </LangContext.Provider>,
    );
    expect(await screen.findByRole('region', { name: 'Nhắc hạn' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '3 ngày' })).toBeTruthy();
  });
});
