// Pairs of made-up directives: a later article on the same task, a different task for the same
// body, the same matter for a different body.
import { describe, expect, it } from 'vitest';
import { documentIdentity } from '../../../utils/register/document-key';
import {
  actionSimilarity,
  matchFollowUp,
  matchPrepared,
  matchStored,
  prepareAction,
  SAME_MATTER_THRESHOLD,
} from '../../../utils/register/follow-up';

const task = {
  text: 'Yêu cầu Sở Giao thông vận tải khẩn trương hoàn thành giải phóng mặt bằng dự án đường ven biển đoạn qua huyện Ninh Hải trước ngày 30/6/2024',
  assignees: ['Sở Giao thông vận tải'],
  documents: [],
};

describe('follow-ups of a tracked task', () => {
  it('finds a later instruction to the same body on the same matter, worded differently', () => {
    const later = {
      text: 'Giao Sở Giao thông vận tải tập trung tháo gỡ vướng mắc, bàn giao mặt bằng dự án đường ven biển cho nhà thầu trong tháng 7',
      assignees: ['Sở Giao thông vận tải tỉnh'],
      documents: [],
    };
    expect(matchFollowUp(task, later)).toEqual({ reason: 'same-matter', score: expect.any(Number) });
  });

  it('does not take a different task for the same body as a follow-up', () => {
    const other = {
      text: 'Yêu cầu Sở Giao thông vận tải khẩn trương hoàn thành kiểm tra tải trọng xe trên các tuyến quốc lộ trước ngày 30/6/2024',
      assignees: ['Sở Giao thông vận tải'],
      documents: [],
    };
    expect(actionSimilarity(task, other)).toBeLessThan(SAME_MATTER_THRESHOLD);
    expect(matchFollowUp(task, other)).toBeNull();
  });

  it('does not take the same matter for a different body as a follow-up', () => {
    const otherBody = {
      text: 'UBND huyện Ninh Hải khẩn trương hoàn thành giải phóng mặt bằng dự án đường ven biển',
      assignees: ['UBND huyện Ninh Hải'],
      documents: [],
    };
    expect(actionSimilarity(task, otherBody)).toBeGreaterThanOrEqual(SAME_MATTER_THRESHOLD);
    expect(matchFollowUp(task, otherBody)).toBeNull();
  });

  it('does not take the same kind of work on another project as a follow-up', () => {
    const otherProject = {
      text: 'Sở Giao thông vận tải đẩy nhanh giải phóng mặt bằng cao tốc Bắc – Nam',
      assignees: ['Sở Giao thông vận tải'],
      documents: [],
    };
    expect(matchFollowUp(task, otherProject)).toBeNull();
  });

  it('knows a department by its abbreviation', () => {
    const abbreviated = {
      text: 'Sở GTVT hoàn thành giải phóng mặt bằng đường ven biển trong tháng 8',
      assignees: ['Sở GTVT'],
      documents: [],
    };
    expect(matchFollowUp(task, abbreviated)?.reason).toBe('same-matter');
  });

  it('does not match on shared directive wording alone', () => {
    const generic = {
      text: 'Yêu cầu Sở Giao thông vận tải khẩn trương tổ chức thực hiện nghiêm túc, hoàn thành trước ngày 30/6/2024',
      assignees: ['Sở Giao thông vận tải'],
      documents: [],
    };
    expect(matchFollowUp(task, generic)).toBeNull();
  });

  it('links any directive that cites the task’s document', () => {
    const cited = documentIdentity({ symbol: '15/CT-UBND', date: '2024-03-02' }, 'Ninh Thuận');
    const withDocument = { ...task, documents: [cited] };
    const later = {
      text: 'Các địa phương tiếp tục thực hiện Chỉ thị số 15/ CT–UBND về phòng cháy rừng',
      assignees: ['Các địa phương'],
      documents: [documentIdentity({ symbol: '15/ CT–UBND', date: null }, 'Ninh Thuận')],
    };
    expect(matchFollowUp(withDocument, later)).toEqual({ reason: 'same-document', score: 1 });
  });
});

describe('the action of a directive', () => {
  it('is read from the addressee on, so who spoke and where does not dilute the matter', () => {
    const spoken = {
      text: 'Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Nguyễn Văn An giao Sở Giao thông vận tải bàn giao mặt bằng dự án đường ven biển cho nhà thầu trong tháng 7',
      assignees: ['Sở Giao thông vận tải'],
      documents: [],
    };
    expect(matchFollowUp(task, spoken)?.reason).toBe('same-matter');
  });
});

describe('matching a stored task row', () => {
  // Made-up instructions: the same matter reworded, another matter, another body, a shared document.
  const cited = documentIdentity({ symbol: '15/CT-UBND', date: '2024-03-02' }, 'Ninh Thuận');
  const actions = [
    task,
    { ...task, documents: [cited] },
    {
      text: 'Giao Sở Giao thông vận tải tháo gỡ vướng mắc, bàn giao mặt bằng dự án đường ven biển cho nhà thầu',
      assignees: ['Sở GTVT'],
      documents: [],
    },
    {
      text: 'Yêu cầu Sở Giao thông vận tải kiểm tra tải trọng xe trên các tuyến quốc lộ',
      assignees: ['Sở Giao thông vận tải'],
      documents: [],
    },
    {
      text: 'UBND huyện Ninh Hải hoàn thành giải phóng mặt bằng dự án đường ven biển',
      assignees: ['UBND huyện Ninh Hải'],
      documents: [cited],
    },
    { text: 'Các sở, ngành khẩn trương triển khai thực hiện', assignees: ['các sở, ngành'], documents: [] },
  ];

  it('gives the same answer as matching the prepared task, for every pair', () => {
    let matches = 0;
    for (const left of actions) {
      const prepared = prepareAction(left);
      const stored = { bodies: [...prepared.bodies], matter: [...prepared.matter], documents: left.documents };
      for (const right of actions) {
        const expected = matchPrepared(prepared, prepareAction(right));
        const got = matchStored(stored, prepareAction(right));
        expect(got?.reason).toBe(expected?.reason);
        if (expected) expect(got!.score).toBeCloseTo(expected.score, 10);
        if (expected) matches += 1;
      }
    }
    // Not a vacuous comparison: some pairs match, some do not.
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(actions.length * actions.length);
  });
});
