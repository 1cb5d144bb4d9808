// The reader's way in for a backup file (components/library/import-backup.ts), issue 12.5: a file
// that a newer GovMark wrote, or one whose ids carry malformed percent-encoding, is refused with a
// message in the reader's language before anything reaches the background; it never throws.
import { describe, expect, it, vi } from 'vitest';
import { importBackupFile } from '../../../components/library/import-backup';
import { buildBackup } from '../../../utils/export/backup';
import type { ImportChannel } from '../../../utils/library/send-import';
import { library } from '../export/fixtures';

const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);

/** A channel to the background that records what reached it. */
function recordingChannel(): ImportChannel & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    begin: vi.fn(async () => {
      calls.push('begin');
      return { ok: true as const, data: { importId: 'i' } };
    }),
    chunk: vi.fn(async () => {
      calls.push('chunk');
      return { ok: true as const, data: null };
    }),
    commit: vi.fn(async () => {
      calls.push('commit');
      return { ok: true as const, data: { added: 0, updated: 0, unchanged: 0 } as never };
    }),
    abort: vi.fn(async () => {
      calls.push('abort');
      return { ok: true as const, data: null };
    }),
  };
}

function fileOf(damage: (backup: any) => void): Blob {
  const backup = JSON.parse(JSON.stringify(buildBackup(library, NOW)));
  damage(backup);
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

describe('importing a backup file the reader chose', () => {
  it('refuses an id with malformed percent-encoding with a message in either language, sending nothing', async () => {
    const damaged = (b: any) => (b.items[1].id = 'urn:govmark:annotation:ghi%E0%A4%A');
    for (const [lang, words] of [
      ['en', /malformed percent-encoding/],
      ['vi', /items\.1\.id/],
    ] as const) {
      const channel = recordingChannel();
      const outcome = await importBackupFile(fileOf(damaged), lang, undefined, channel);
      expect(outcome.ok).toBe(false);
      expect(outcome.message).toMatch(words);
      expect(outcome.message).not.toMatch(/URIError/);
      expect(channel.calls).toEqual([]);
    }
  });

  it('refuses a field from a newer GovMark by name, sending nothing', async () => {
    const channel = recordingChannel();
    const outcome = await importBackupFile(
      fileOf((b) => (b.items[0].target.selector[0].refinedBy = {})),
      'vi',
      undefined,
      channel,
    );
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/“refinedBy”.*phiên bản mới hơn/) });
    expect(channel.calls).toEqual([]);
  });

  it('sends a sound file to the background', async () => {
    const channel = recordingChannel();
    const outcome = await importBackupFile(
      fileOf(() => undefined),
      'en',
      undefined,
      channel,
    );
    expect(outcome.ok).toBe(true);
    expect(channel.calls[0]).toBe('begin');
    expect(channel.calls.at(-1)).toBe('commit');
  });
});
