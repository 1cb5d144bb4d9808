import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../../utils/settings/language';

describe('resolveLang', () => {
  it('follows the browser for "auto" and when nothing is stored', () => {
    expect(resolveLang('auto', ['vi-VN', 'en'])).toBe('vi');
    expect(resolveLang(undefined, ['en-GB'])).toBe('en');
  });

  it('keeps the reader’s choice whatever the browser says', () => {
    expect(resolveLang('vi', ['en-US'])).toBe('vi');
    expect(resolveLang('en', ['vi-VN'])).toBe('en');
  });
});
