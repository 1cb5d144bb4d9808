import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../utils/library/template';

describe('fillTemplate', () => {
  it('fills named slots and leaves unknown ones visible', () => {
    expect(fillTemplate('Đã nhập: {added} mới, {updated} cập nhật {missing}', { added: 3, updated: '0' })).toBe(
      'Đã nhập: 3 mới, 0 cập nhật {missing}',
    );
  });
});
