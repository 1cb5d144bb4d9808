// A passage the reader tracks outside any directive the engine found: the passage's words are
// the task, who and by when come from its sentence.
import { describe, expect, it } from 'vitest';
import { proposePassageTask } from '../../../utils/engine/passage-task';

describe('proposePassageTask', () => {
  it('takes the addressees after a cue and the deadline date of the sentence', () => {
    const sentence = 'Đề nghị các hộ dân và cơ sở kinh doanh chủ động dự trữ nước trước ngày 20/12/2025.';
    expect(proposePassageTask('chủ động dự trữ nước', sentence, 2025)).toEqual({
      what: 'chủ động dự trữ nước',
      assignees: ['các hộ dân và cơ sở kinh doanh'],
      deadline: '2025-12-20',
      issuer: null,
    });
  });

  it('takes the subject before a task verb, and a month as the deadline', () => {
    const sentence = 'Công ty Cấp nước sẽ hoàn thành việc thay đường ống trong tháng 12/2025.';
    expect(proposePassageTask('thay đường ống', sentence, 2025)).toMatchObject({
      assignees: ['Công ty Cấp nước'],
      deadline: '2025-12',
    });
  });

  it('reads a directive in the sentence with its issuer', () => {
    const sentence = 'Chủ tịch UBND tỉnh yêu cầu Sở Tài chính hoàn thành báo cáo quyết toán vốn trước ngày 30/4/2024.';
    expect(proposePassageTask('báo cáo quyết toán vốn', sentence, 2024)).toMatchObject({
      assignees: ['Sở Tài chính'],
      deadline: '2024-04-30',
      issuer: 'Chủ tịch UBND tỉnh',
    });
  });

  it('proposes nobody and no deadline when the sentence names neither, keeping the words as selected', () => {
    expect(proposePassageTask('  giá vé\n tham quan ', 'Bảng giá vé tham quan năm nay có thêm gói mới.', 2025)).toEqual(
      {
        what: 'giá vé tham quan',
        assignees: [],
        deadline: null,
        issuer: null,
      },
    );
  });

  it('reads NFD text like NFC', () => {
    const sentence = 'Đề nghị các hộ dân chủ động dự trữ nước trước ngày 20/12/2025.'.normalize('NFD');
    expect(proposePassageTask('dự trữ nước'.normalize('NFD'), sentence, 2025)).toMatchObject({
      what: 'dự trữ nước',
      assignees: ['các hộ dân'],
      deadline: '2025-12-20',
    });
  });
});
