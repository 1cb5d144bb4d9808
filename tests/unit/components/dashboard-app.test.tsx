// @vitest-environment jsdom
// The dashboard against a real (fake-indexeddb) database and the real message handler: reads
// through liveQuery, writes through messages, so a write shows in the list without a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DashboardApp } from '../../../components/library/DashboardApp';
import { FIRST_PAGE_BLOCKS } from '../../../components/library/use-library-rows';
import { createMessageHandler } from '../../../utils/messaging/background-handlers';
import type { GovMarkDB } from '../../../utils/storage/db';
import { LibrarySearch } from '../../../utils/search/library-search';
import { openTestDb } from '../storage/test-db';
import { annotation, article, task } from '../library/records';

// Under jsdom, loading the real 'wxt/browser' pulls in esbuild, which refuses jsdom's
// TextEncoder; the fake browser is what the WXT plugin would provide anyway.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const EXTENSION_ORIGIN = 'chrome-extension://govmark-test';
let db: GovMarkDB;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openTestDb().db;
  const handle = createMessageHandler(db, {
    extensionId: 'govmark-test',
    extensionOrigin: EXTENSION_ORIGIN,
    search: new LibrarySearch(db),
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    handle(message, { id: 'govmark-test', url: `${EXTENSION_ORIGIN}/dashboard.html` }),
  );
  await db.articles.put(article());
  await db.annotations.bulkPut([
    annotation({ id: 'a-plan', quote: 'Sở Kế hoạch và Đầu tư', start: 10, tags: ['đầu tư'] }),
    annotation({ id: 'a-money', quote: 'giải ngân 1.300 tỷ đồng', start: 50 }),
  ]);
  await db.tasks.put(task({ id: 't1', annotationId: 'a-money', text: 'Đẩy nhanh giải ngân vốn' }));
});

afterEach(async () => {
  await db.delete();
});

function rowTexts(): string[] {
  return screen.getAllByRole('listitem').map((row) => row.textContent ?? '');
}

describe('DashboardApp', () => {
  it('lists the library and searches it ignoring diacritics', async () => {
    const { container } = render(<DashboardApp db={db} />);
    await waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull());
    // The article, the plain highlight and the tracked task (its passage is not listed again).
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
    expect(screen.getByText(/· 1 annotation · 1 task$/)).toBeTruthy();
    expect(screen.getByText(/^2 results/)).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'so ke hoach' } });
    await waitFor(() => expect(rowTexts()).toHaveLength(2));
    expect(rowTexts()[1]).toContain('Sở Kế hoạch và Đầu tư');
    // A search for the tracked passage finds it once.
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'giai ngan' } });
    await waitFor(() => expect(screen.getByText(/^1 result/)).toBeTruthy());
    expect(rowTexts()).toHaveLength(2);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'so ke hoach' } });
    await waitFor(() => expect(rowTexts()[1]).toContain('Sở Kế hoạch và Đầu tư'));
    fireEvent.click(screen.getByRole('button', { name: 'Select all shown' }));
    expect(screen.getByRole('button', { name: /Delete selected \(1\)/ })).toBeTruthy();
  });

  it('changes task statuses in bulk, deletes with undo', async () => {
    const { container } = render(<DashboardApp db={db} />);
    await waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull());
    await waitFor(() => expect(rowTexts()).toHaveLength(3));

    fireEvent.click(screen.getByRole('checkbox', { name: /^Select: Đẩy nhanh/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Set status of selected tasks' }), {
      target: { value: 'in-progress' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Apply/ }));
    await waitFor(async () => expect((await db.tasks.get('t1'))?.status).toBe('in-progress'));

    // Deleting the task's row deletes the tracked passage with it; undo puts both back.
    fireEvent.click(screen.getByRole('button', { name: /Delete selected \(1\)/ }));
    await waitFor(() => expect(rowTexts()).toHaveLength(2));
    expect(await db.tasks.count()).toBe(0);
    expect(await db.annotations.get('a-money')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
    expect(await db.annotations.get('a-money')).toBeDefined();
    expect((await db.tasks.get('t1'))?.status).toBe('in-progress');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  });

  it('groups by province and back, each view from its first page', async () => {
    await db.articles.put(
      article({ url: 'https://angiang.gov.vn/hop.html', site: 'angiang.gov.vn', province: 'An Giang', lastVisit: 1 }),
    );
    const { container } = render(<DashboardApp db={db} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(4));
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'province' } });
    // A header per province, in Vietnamese order, each with its articles.
    await waitFor(() => expect(container.querySelectorAll('[data-row-type="province"]')).toHaveLength(2));
    expect(rowTexts()[0]).toContain('An Giang');
    expect(rowTexts()).toHaveLength(6);
    fireEvent.change(screen.getByRole('combobox', { name: 'Group by' }), { target: { value: 'article' } });
    await waitFor(() => expect(container.querySelectorAll('[data-row-type="article"]')).toHaveLength(2));
    expect(container.querySelectorAll('[data-row-type="province"]')).toHaveLength(0);
    expect(rowTexts()).toHaveLength(4);
  });

  it('reads the library a page at a time, and a write on a later page shows there', async () => {
    // 30 articles: more than two pages of 12.
    const urls = Array.from({ length: 30 }, (_, i) => `https://hatinh.gov.vn/tin-tuc/bai-${i}.html`);
    await db.articles.bulkPut(urls.map((url, i) => article({ url, title: `Bài ${i}`, lastVisit: 10_000 - i })));
    const { container } = render(<DashboardApp db={db} />);
    const articleRows = () => container.querySelectorAll('[data-row-type="article"]').length;
    await waitFor(() => expect(container.querySelector('[data-ready]')).not.toBeNull());
    // A short first page; the list asks for more while it shows its end, not the whole library.
    expect(articleRows()).toBeGreaterThanOrEqual(FIRST_PAGE_BLOCKS);
    await waitFor(() => expect(articleRows()).toBeGreaterThan(FIRST_PAGE_BLOCKS));
    expect(container.querySelector('[data-complete]')).toBeNull();
    // jsdom neither lays out nor scrolls: the list is made to read as scrolled to its end.
    const list = container.querySelector('.vlist') as HTMLElement;
    Object.defineProperty(list, 'scrollTop', { configurable: true, get: () => list.scrollHeight + 1e6 });
    await waitFor(() => {
      fireEvent.scroll(list);
      expect(container.querySelector('[data-complete]')).not.toBeNull();
    });
    // Every row is in the list (the windowed list puts only those in view in the DOM).
    const listed = () => container.querySelector('[role="listitem"]')?.getAttribute('aria-setsize');
    expect(listed()).toBe(String(31 + 2));
    expect(screen.getByText(/^2 results/)).toBeTruthy();
    // An annotation written on the last page's article is listed without a reload.
    await db.annotations.put(annotation({ id: 'late', articleUrl: urls[29], quote: 'Công an tỉnh báo cáo' }));
    await waitFor(() => expect(screen.getByText(/^3 results/)).toBeTruthy());
    expect(listed()).toBe(String(31 + 3));
  });
});
