// "Repaints within a second" (issue 11, storage speaks to pages): the time from a write made
// elsewhere (a delete and its undo in the dashboard, a recolour in the side panel, a backup
// imported, a highlight made in another tab of the same article) to the open article tab
// holding it, measured in the real browser (scripts/lib/repaint-latency.ts). The spec is the
// target, so it is asserted here, on the median of five writes of each kind (the machine is
// shared; one slow write is noise, a slow median is not).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureRepaints, median, REPAINT_TARGET_MS, REPAINT_WRITES } from '../../scripts/lib/repaint-latency';
import { startHarness, type Harness } from './harness';
import { TUYENQUANG } from './task-helpers';

const ROUNDS = 5;
// The project's own demo article (tests/fixtures/articles): other passages for the second tab.
const OTHERS = [
  'kiểm tra an toàn các công trình giao thông',
  'cắm biển cảnh báo tại các ngầm tràn',
  'vận động các tổ chức, cá nhân ủng hộ',
  'phân bổ nguồn ủng hộ công khai',
  'bố trí 120 tỷ đồng cho công tác phòng',
];

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

describe('an open article repaints within a second of a write elsewhere', () => {
  it('after a delete, an undo, a recolour, an import and another tab’s highlight (median of five each)', async () => {
    const times = await measureRepaints(
      harness,
      {
        url: harness.server.url(TUYENQUANG.host, TUYENQUANG.path),
        passage: 'đề xuất mức hỗ trợ cho các hộ dân',
        others: OTHERS,
      },
      ROUNDS,
    );
    console.info(JSON.stringify(times));
    for (const write of REPAINT_WRITES) {
      expect(times[write], write).toHaveLength(ROUNDS);
      expect(median(times[write]), `${write}: ${times[write].join(', ')} ms`).toBeLessThan(REPAINT_TARGET_MS);
    }
  }, 240_000);
});
