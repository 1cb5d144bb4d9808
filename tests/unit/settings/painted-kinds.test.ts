import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { getSettings, setSettings } from '../../../utils/storage/settings-queries';
import {
  DEFAULT_HIDDEN_KINDS,
  paintedKinds,
  readHiddenKinds,
  withKindPainted,
} from '../../../utils/settings/painted-kinds';
import { openTestDb } from '../storage/test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('painted kinds', () => {
  it('paints everything but plain dates on first run', async () => {
    ({ db } = openTestDb());
    expect(DEFAULT_HIDDEN_KINDS).toEqual(['date']);
    expect(await readHiddenKinds(db)).toEqual(['date']);
    expect((await getSettings(db)).hiddenKinds).toEqual(['date']);
    expect(paintedKinds(await readHiddenKinds(db))).toEqual(['figure', 'document', 'deadline', 'directive']);
  });

  it('keeps the reader’s choice, including "paint everything"', async () => {
    ({ db } = openTestDb());
    await setSettings(db, { hiddenKinds: [] });
    expect(await readHiddenKinds(db)).toEqual([]);
    await setSettings(db, { hiddenKinds: ['figure', 'date'] });
    expect(await readHiddenKinds(db)).toEqual(['figure', 'date']);
  });

  it('switches one kind on or off and keeps the list in the legend’s order', () => {
    expect(withKindPainted(['date'], 'date', true)).toEqual([]);
    expect(withKindPainted(['date'], 'figure', false)).toEqual(['figure', 'date']);
    expect(withKindPainted(['figure'], 'figure', false)).toEqual(['figure']);
    expect(withKindPainted([], 'directive', true)).toEqual([]);
  });
});
