// The reader's preferences: one row per key, defaults for keys never set.
import type { GovMarkDB } from './db';
import type { SettingRecord, Settings } from '../model/records';
import { DEFAULT_HIDDEN_KINDS } from '../settings/painted-kinds';
import { DEFAULT_REMINDER_SETTINGS } from '../model/reminders';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  hiddenKinds: [...DEFAULT_HIDDEN_KINDS],
  alwaysOnSites: [],
  language: 'auto',
  csvDialect: null,
  reminders: DEFAULT_REMINDER_SETTINGS,
};

export async function getSettings(db: GovMarkDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) Object.assign(settings, { [row.key]: row.value });
  }
  return settings;
}

/** Saves the given keys (the others are left as they are) and returns all settings. */
export async function setSettings(db: GovMarkDB, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const rows = Object.entries(changes)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => ({ key, value }) as SettingRecord);
    await db.settings.bulkPut(rows);
    return getSettings(db);
  });
}
