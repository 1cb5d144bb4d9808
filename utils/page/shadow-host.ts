// In-page UI lives in a CLOSED shadow root on a custom element whose name is drawn at random on
// every load, so page scripts can neither reach its buttons (to click them for the reader) nor
// read what it shows, nor stop it by defining GovMark's element name first (a page that
// registered a fixed name's custom element would get to attach its own shadow root). Page CSS
// does not leak in and ours does not leak out. Nothing here is marked with attributes: GovMark
// leaves no state on the page's DOM; the extension's own contexts ask the content script instead.
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  remove(): void;
}

const ownHosts = new WeakSet<Element>();

/** True for a node inside (or being) one of GovMark's hosts. */
export function isInsideOwnHost(node: Node): boolean {
  for (
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (ownHosts.has(el)) return true;
  }
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A valid custom element name nobody can guess before the page loads: two runs of random letters. */
export function randomElementName(randomBytes: (count: number) => Uint8Array = secureRandomBytes): string {
  const letters = [...randomBytes(12)].map((byte) => LETTERS[byte % LETTERS.length]);
  return `${letters.slice(0, 6).join('')}-${letters.slice(6).join('')}`;
}

function secureRandomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** `mode` is 'closed' in the product; jsdom tests of the wiring open it to reach the buttons. */
export function createShadowHost(doc: Document, css: string, mode: ShadowRootMode = 'closed'): ShadowHost {
  const host = doc.createElement(randomElementName());
  // The host itself takes no room and cannot be styled away by page rules.
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'absolute'],
    ['top', '0'],
    ['left', '0'],
    ['z-index', '2147483646'],
    ['display', 'block'],
  ]) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  root.append(style, mount);
  ownHosts.add(host);
  doc.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}
