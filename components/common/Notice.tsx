// A short message at the bottom of a page, with an optional action (e.g. "Undo").
import type { ComponentChildren } from 'preact';

export interface NoticeProps {
  children: ComponentChildren;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  closeLabel: string;
}

export function Notice({ children, actionLabel, onAction, onClose, closeLabel }: NoticeProps) {
  return (
    <div class="notice" role="status">
      <span>{children}</span>
      {actionLabel && onAction && (
        <button type="button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" aria-label={closeLabel} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
