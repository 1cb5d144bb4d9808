// In-page UI lives in an open shadow root (reachable by tests and assistive technology) on a
// custom element outside the article, so page CSS does not leak in and our CSS does not leak out.
// It only ever holds buttons and the engine's reading of a finding, never the reader's notes.
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  remove(): void;
}

export const SHADOW_HOST_TAG = 'govmark-ui';

export function createShadowHost(doc: Document, css: string, name: string): ShadowHost {
  const host = doc.createElement(SHADOW_HOST_TAG);
  host.setAttribute('data-part', name);
  // The host itself takes no room and cannot be styled away by page rules on common tags.
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483646;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  doc.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}
