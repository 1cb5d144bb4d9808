import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { DEFAULT_SETTINGS, getSettings, setSettings } from '../../../utils/storage/settings-queries';
import { openTestDb } from './test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('settings', () => {
  it('returns the defaults before anything is set', async () => {
    ({ db } = openTestDb());
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves the keys given and keeps the others', async () => {
    ({ db } = openTestDb());
    await setSettings(db, { hiddenKinds: ['figure'] });
    const settings = await setSettings(db, { alwaysOnSites: ['baoquangngai.vn'], language: 'vi' });
    expect(settings).toEqual({
      hiddenKinds: ['figure'],
      alwaysOnSites: ['baoquangngai.vn'],
      language: 'vi',
      csvDialect: null,
      reminders: DEFAULT_SETTINGS.reminders,
    });
    expect(await getSettings(db)).toEqual(settings);
  });
});
