// Storage errors as the reader meets them: one code and a message in both languages. Dexie wraps
// the browser's errors (an aborted transaction carries the quota error as `inner`, a bulk write
// lists per-record `failures`), so the cause is searched through the whole chain.

export type StorageFailureCode = 'quota' | 'invalid' | 'not-found' | 'stale' | 'unknown';

export interface StorageFailure {
  code: StorageFailureCode;
  message: { vi: string; en: string };
}

/** Thrown by the queries when a record they must change does not exist. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`No ${table} record with key ${key}`);
  }
}

/** Thrown when an edit was made from a copy older than the stored record (model/revision.ts). */
export class StaleRevisionError extends Error {
  override readonly name = 'StaleRevisionError';
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`The ${table} record ${key} changed since the edit began`);
  }
}

const FAILURE_MESSAGES: Record<StorageFailureCode, { vi: string; en: string }> = {
  quota: {
    vi: 'Bộ nhớ của trình duyệt đã đầy, chưa lưu được thay đổi. Dữ liệu đã lưu trước đó vẫn còn nguyên. Hãy xuất hoặc xoá bớt dữ liệu cũ rồi thử lại.',
    en: 'The browser’s storage is full, so the change was not saved. Everything saved before is intact. Export or delete some old data and try again.',
  },
  invalid: {
    vi: 'Dữ liệu không hợp lệ nên không lưu được.',
    en: 'The data is not valid, so it was not saved.',
  },
  'not-found': {
    vi: 'Không tìm thấy mục này; có thể nó đã bị xoá.',
    en: 'This item was not found; it may have been deleted.',
  },
  stale: {
    vi: 'Mục này vừa được sửa ở nơi khác (một thẻ hoặc cửa sổ khác) sau khi bạn bắt đầu sửa, nên thay đổi của bạn chưa được lưu. Nội dung bạn gõ vẫn còn đây: hãy xem bản mới rồi lưu lại.',
    en: 'This item was changed elsewhere (another tab or window) after you began editing, so your change was not saved. What you typed is still here: look at the newer version and save again.',
  },
  unknown: {
    vi: 'Không lưu hoặc đọc được dữ liệu do lỗi của trình duyệt.',
    en: 'The browser could not save or read the data.',
  },
};

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const INVALID_NAMES = new Set(['ConstraintError', 'DataError', 'DataCloneError', 'SchemaError']);
/** The legacy numeric code of a quota DOMException (Safari reports it without the name). */
const QUOTA_DOM_CODE = 22;

export function storageFailure(code: StorageFailureCode): StorageFailure {
  return { code, message: FAILURE_MESSAGES[code] };
}

/** Maps anything a storage call threw to the failure the reader is told about. */
export function toStorageFailure(error: unknown): StorageFailure {
  const chain = causeChain(error);
  if (chain.some(isQuotaError)) return storageFailure('quota');
  if (chain.some((cause) => cause instanceof RecordNotFoundError)) return storageFailure('not-found');
  if (chain.some((cause) => cause instanceof StaleRevisionError)) return storageFailure('stale');
  if (chain.some((cause) => INVALID_NAMES.has(nameOf(cause)))) return storageFailure('invalid');
  return storageFailure('unknown');
}

function isQuotaError(cause: unknown): boolean {
  if (QUOTA_NAMES.has(nameOf(cause))) return true;
  return typeof cause === 'object' && cause !== null && (cause as { code?: unknown }).code === QUOTA_DOM_CODE;
}

function nameOf(cause: unknown): string {
  if (typeof cause !== 'object' || cause === null) return '';
  const name = (cause as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** The error and everything it wraps: `inner` (Dexie), `cause` (ES2022), `failures` (Dexie BulkError). */
function causeChain(error: unknown): unknown[] {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const cause = pending.pop();
    if (cause === undefined || cause === null || seen.has(cause)) continue;
    seen.add(cause);
    if (typeof cause !== 'object') continue;
    const wrapper = cause as { inner?: unknown; cause?: unknown; failures?: unknown };
    pending.push(wrapper.inner, wrapper.cause);
    if (Array.isArray(wrapper.failures)) pending.push(...wrapper.failures);
  }
  return [...seen];
}
