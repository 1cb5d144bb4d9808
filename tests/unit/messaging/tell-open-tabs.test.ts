import { describe, expect, it, vi } from 'vitest';
import { MAX_NAMED_ARTICLES, tellOpenTabs, type OpenTabs } from '../../../utils/messaging/tell-open-tabs';

function fakeTabs(ids: number[], failing: number[] = []): OpenTabs & { sent: [number, string[] | null][] } {
  const sent: [number, string[] | null][] = [];
  return {
    sent,
    tabIds: async () => ids,
    reanchor: vi.fn(async (id: number, urls: string[] | null) => {
      if (failing.includes(id)) throw new Error('Receiving end does not exist.');
      sent.push([id, urls]);
      return true;
    }),
  };
}

describe('tellOpenTabs', () => {
  it('tells every tab which articles changed, past tabs without GovMark', async () => {
    const tabs = fakeTabs([1, 2, 3], [2]);
    await tellOpenTabs(['https://a.gov.vn/x', 'https://a.gov.vn/x', 'https://b.gov.vn/y'], tabs);
    expect(tabs.sent).toEqual([
      [1, ['https://a.gov.vn/x', 'https://b.gov.vn/y']],
      [3, ['https://a.gov.vn/x', 'https://b.gov.vn/y']],
    ]);
  });

  it('asks every tab to read again after a write too large to list (an import)', async () => {
    const tabs = fakeTabs([5]);
    const urls = Array.from({ length: MAX_NAMED_ARTICLES + 1 }, (_, i) => `https://a.gov.vn/${i}`);
    await tellOpenTabs(urls, tabs);
    expect(tabs.sent).toEqual([[5, null]]);
  });

  it('sends nothing when no article changed', async () => {
    const tabs = fakeTabs([5]);
    await tellOpenTabs([], tabs);
    expect(tabs.sent).toEqual([]);
  });
});
