import { describe, expect, it } from 'vitest';
import { parseTabMessage } from '../../../utils/extension/tab-messages';
import { parseUiMessage, isUiMessageType } from '../../../utils/extension/ui-messages';
import { isPortalHost, PORTAL_MATCHES } from '../../../utils/model/portal-domains';

describe('messages to the page and the browser UI', () => {
  it('accepts the known tab messages and refuses anything else', () => {
    expect(parseTabMessage({ type: 'page/state' })).toEqual({ type: 'page/state' });
    expect(parseTabMessage({ type: 'page/set-kinds', disabled: ['figure', 'date'] })).not.toBeNull();
    expect(parseTabMessage({ type: 'page/set-kinds', disabled: ['<script>'] })).toBeNull();
    expect(parseTabMessage({ type: 'page/scroll-to', annotationId: 42 })).toBeNull();
    expect(parseTabMessage('page/state')).toBeNull();
    expect(parseTabMessage({ type: 'annotation/delete', ids: ['x'] })).toBeNull();
  });

  it('recognises side-panel requests', () => {
    expect(isUiMessageType({ type: 'ui/open-side-panel' })).toBe(true);
    expect(isUiMessageType({ type: 'page/visit' })).toBe(false);
    expect(parseUiMessage({ type: 'ui/open-side-panel', focusAnnotationId: 'a1' })).toEqual({
      type: 'ui/open-side-panel',
      focusAnnotationId: 'a1',
    });
    expect(parseUiMessage({ type: 'ui/open-side-panel' })).toBeNull();
  });
});

describe('where GovMark runs by itself', () => {
  it('covers every *.gov.vn host and the provincial newspapers, nothing else', () => {
    expect(isPortalHost('ninhthuan.gov.vn')).toBe(true);
    expect(isPortalHost('soyte.angiang.gov.vn')).toBe(true);
    expect(isPortalHost('baoquangninh.com.vn')).toBe(true);
    expect(isPortalHost('www.baonghean.vn')).toBe(true);
    expect(isPortalHost('gov.vn.example.com')).toBe(false);
    expect(isPortalHost('vnexpress.net')).toBe(false);
    expect(isPortalHost('notbaonghean.vn')).toBe(false);
    expect(PORTAL_MATCHES).toContain('*://*.gov.vn/*');
    expect(PORTAL_MATCHES.some((m) => m.includes('<all_urls>'))).toBe(false);
  });
});
