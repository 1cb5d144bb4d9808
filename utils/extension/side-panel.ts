// Opens the side panel (Chrome `sidePanel`, Firefox `sidebar_action`) where the reader writes
// notes: an extension page, out of reach of the portal's scripts. The annotation to focus is
// handed over through session storage, which the side panel reads on open and on change.
import { browser } from 'wxt/browser';

export const FOCUS_KEY = 'sidePanelFocus';

export async function openSidePanel(tabId: number | undefined, focusAnnotationId: string | null): Promise<boolean> {
  // Stored beside the opening, not before it: the browser opens panels only while the reader's
  // click is still the current gesture, which an awaited write first can outlast.
  const focus = browser.storage.session.set({
    [FOCUS_KEY]: { annotationId: focusAnnotationId, tabId: tabId ?? null, at: Date.now() },
  });
  const chromeSidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } })
    .sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    let opening: Promise<void>;
    if (chromeSidePanel && tabId !== undefined) opening = chromeSidePanel.open({ tabId });
    else if (firefoxSidebar) opening = firefoxSidebar.open();
    else {
      await focus;
      return false;
    }
    await Promise.all([focus, opening]);
    return true;
  } catch {
    // Opening needs a user gesture; the reader can still open it from the toolbar.
    return false;
  }
}
