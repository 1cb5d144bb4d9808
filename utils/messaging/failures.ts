// The failures of messaging itself, in the reader's two languages.
import type { MessageFailure } from './background-messages';

export function invalidMessage(field: string, problem: string): MessageFailure {
  return {
    code: 'invalid-message',
    message: {
      vi: `Yêu cầu không hợp lệ ở trường "${field}": ${problem}`,
      en: `Invalid request in field "${field}": ${problem}`,
    },
  };
}

export function untrustedSender(): MessageFailure {
  return {
    code: 'untrusted-sender',
    message: {
      vi: 'Yêu cầu bị từ chối vì không đến từ trang của GovMark.',
      en: 'Request refused: it did not come from GovMark’s own pages.',
    },
  };
}

export function unreachable(detail: string): MessageFailure {
  return {
    code: 'unreachable',
    message: {
      vi: `Không liên lạc được với phần nền của GovMark (${detail}). Hãy tải lại trang rồi thử lại.`,
      en: `Could not reach GovMark’s background (${detail}). Reload the page and try again.`,
    },
  };
}

export function foreignPage(): MessageFailure {
  return {
    code: 'untrusted-sender',
    message: {
      vi: 'Yêu cầu bị từ chối: một trang chỉ được đọc và ghi chú thích của chính nó, không phải của trang thuộc trang web khác (địa chỉ chuẩn trỏ sang trang web khác).',
      en: 'Request refused: a page may read and write only its own annotations, not those of a page on another site (its canonical address points to another site).',
    },
  };
}
