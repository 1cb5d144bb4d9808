// Copies text from a click handler. The async Clipboard API needs a secure context, and many
// provincial portals are still served over plain http, so fall back to a copy command on a
// temporary field inside our own shadow root.
export async function copyText(text: string, shadowRoot: ShadowRoot): Promise<boolean> {
  try {
    if (globalThis.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the copy command
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
  shadowRoot.append(field);
  field.select();
  const ok = document.execCommand('copy');
  field.remove();
  return ok;
}
