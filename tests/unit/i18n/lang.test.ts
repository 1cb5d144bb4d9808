import { describe, expect, it } from 'vitest';
import { pickLang, t, localise } from '../../../utils/i18n/lang';
import { MESSAGES } from '../../../utils/i18n/messages';

describe('UI language', () => {
  it('follows the browser: Vietnamese for vi*, English otherwise', () => {
    expect(pickLang(['vi-VN', 'en'])).toBe('vi');
    expect(pickLang(['vi'])).toBe('vi');
    expect(pickLang(['en-US', 'vi'])).toBe('en');
    expect(pickLang([])).toBe('en');
  });

  it('has both languages for every message, and the toolbar names the issue asks for', () => {
    for (const [key, m] of Object.entries(MESSAGES)) {
      expect(m.vi, key).not.toBe('');
      expect(m.en, key).not.toBe('');
    }
    expect([t('highlight', 'vi'), t('addNote', 'vi'), t('trackTask', 'vi'), t('copyCitation', 'vi')]).toEqual([
      'Tô sáng',
      'Ghi chú',
      'Theo dõi nhiệm vụ',
      'Sao chép trích dẫn',
    ]);
    expect([t('highlight', 'en'), t('addNote', 'en'), t('trackTask', 'en'), t('copyCitation', 'en')]).toEqual([
      'Highlight',
      'Add note',
      'Track as task',
      'Copy citation',
    ]);
    expect(localise({ vi: 'Hết dung lượng', en: 'Storage is full' }, 'vi')).toBe('Hết dung lượng');
  });
});
