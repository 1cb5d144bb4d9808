// @vitest-environment jsdom
// A page mounts in the language remembered from the last settings read, before its own read of
// the settings; when the settings say otherwise it follows them, and remembers that.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { mountPage } from '../../../components/common/mount-page';
import { useLang } from '../../../components/common/lang-context';
import { rememberedLanguage, rememberLanguage } from '../../../components/common/remembered-language';
import { setSettings } from '../../../utils/storage/settings-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { openTestDb } from '../storage/test-db';

// Under jsdom the real 'wxt/browser' pulls in esbuild, which refuses jsdom's TextEncoder.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

function LangProbe() {
  return <p data-lang={useLang()}>{useLang()}</p>;
}

let db: GovMarkDB;
let root: HTMLElement;

beforeEach(() => {
  db = openTestDb().db;
  root = document.createElement('div');
  document.body.append(root);
  localStorage.clear();
});

afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

const shown = () => root.querySelector('p')?.dataset.lang;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('mountPage', () => {
  it('renders at once in the remembered language, then follows the settings', async () => {
    await setSettings(db, { language: 'en' });
    rememberLanguage('vi');
    mountPage(LangProbe, db, root);
    expect(shown()).toBe('vi');
    await until(() => shown() === 'en');
    // Effects run after the frame is painted.
    await until(() => document.documentElement.lang === 'en' && rememberedLanguage() === 'en');
  });

  it('waits for the settings when nothing is remembered', async () => {
    await setSettings(db, { language: 'vi' });
    mountPage(LangProbe, db, root);
    expect(shown()).toBeUndefined();
    await until(() => shown() === 'vi');
    await until(() => rememberedLanguage() === 'vi');
  });
});
