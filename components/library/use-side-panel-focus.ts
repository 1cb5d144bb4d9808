// The annotation the side panel should focus, handed over by the page through session storage
// (utils/extension/side-panel.ts) when the panel opens and whenever the reader asks again.
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { FOCUS_KEY } from '../../utils/extension/side-panel';

export interface SidePanelFocus {
  annotationId: string | null;
  at: number;
}

function asFocus(value: unknown): SidePanelFocus | null {
  if (typeof value !== 'object' || value === null) return null;
  const { annotationId, at } = value as { annotationId?: unknown; at?: unknown };
  return { annotationId: typeof annotationId === 'string' ? annotationId : null, at: typeof at === 'number' ? at : 0 };
}

export function useSidePanelFocus(): SidePanelFocus | null {
  const [focus, setFocus] = useState<SidePanelFocus | null>(null);
  useEffect(() => {
    void browser.storage.session.get(FOCUS_KEY).then((items) => setFocus(asFocus(items[FOCUS_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && FOCUS_KEY in changes) setFocus(asFocus(changes[FOCUS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return focus;
}
