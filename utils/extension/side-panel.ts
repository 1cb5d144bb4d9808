// Opens the side panel (Chrome `sidePanel`, Firefox `sidebar_action`) where the reader writes
// notes: an extension page, out of reach of the portal's scripts. The annotation to focus is
// handed over through session storage, which the side panel reads on open and on change.
import { browser } from 'wxt/browser';

export const FOCUS_KEY = 'sidePanelFocus';

export async function openSidePanel(tabId: number | undefined, focusAnnotationId: string | null): Promise<boolean> {
  await browser.storage.session.set({
    [FOCUS_KEY]: { annotationId: focusAnnotationId, tabId: tabId ?? null, at: Date.now() },
  });
  const chromeSidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number }): Promise<void> } })
    .sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    if (chromeSidePanel && tabId !== undefined) await chromeSidePanel.open({ tabId });
    else if (firefoxSidebar) await firefoxSidebar.open();
    else return false;
    return true;
  } catch {
    // Opening needs a user gesture; the reader can still open it from the toolbar.
    return false;
  }
}
