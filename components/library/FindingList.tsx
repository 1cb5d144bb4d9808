// The current page's findings in reading order, grouped by kind; choosing one scrolls the
// page to it and flashes it (the content script does the scrolling).
import { useState } from 'preact/hooks';
import type { PageFindingSummary } from '../../utils/messaging/page-state';
import { FINDING_KINDS, type FindingKind } from '../../utils/model/kinds';
import { FINDING_KIND_LABELS } from '../../utils/model/labels';
import { localise } from '../../utils/i18n/lang';
import { useLang } from '../common/lang-context';

export function FindingList({
  findings,
  onShow,
}: {
  findings: readonly PageFindingSummary[];
  onShow(start: number, end: number): void;
}) {
  const lang = useLang();
  const [open, setOpen] = useState<FindingKind | null>(null);
  return (
    <div class="finding-list">
      {FINDING_KINDS.map((kind) => {
        const items = findings.filter((f) => f.kind === kind);
        if (items.length === 0) return null;
        return (
          <details
            key={kind}
            open={open === kind}
            onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && setOpen(kind)}
          >
            <summary>
              {localise(FINDING_KIND_LABELS[kind], lang)} ({items.length})
            </summary>
            <ul>
              {items.map((f) => (
                <li key={`${f.start}-${f.end}`}>
                  <button type="button" class="link-button clamp-2" onClick={() => onShow(f.start, f.end)}>
                    {f.text}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
