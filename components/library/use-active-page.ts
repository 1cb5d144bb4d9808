// The current tab's page state for the side panel, read again when the reader switches tabs or
// the tab loads a new page, and on demand (after annotations change).
import { browser } from 'wxt/browser';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readActiveTabState, type ActiveTabState } from './active-tab';

export function useActivePage(): {
  state: ActiveTabState | null;
  refresh: () => void;
  setState: (state: ActiveTabState) => void;
} {
  const [state, setState] = useState<ActiveTabState | null>(null);
  // Reads can finish out of order (asking a tab without GovMark waits for its failure), so only
  // the latest one is kept: a read begun before a tab switch must not overwrite the tab after it.
  const latest = useRef(0);
  const refresh = useCallback(() => {
    const asked = ++latest.current;
    void readActiveTabState().then((read) => {
      if (asked === latest.current) setState(read);
    });
  }, []);
  useEffect(() => {
    refresh();
    const onActivated = () => refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = (_tabId: number, change: { status?: string }) => {
      if (change.status !== 'complete') return;
      refresh();
      // The content script analyses at document_idle, a moment after the load completes.
      clearTimeout(timer);
      timer = setTimeout(refresh, 1500);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);
  return { state, refresh, setState };
}
