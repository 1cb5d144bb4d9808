// Lossless backup of the library as JSON: annotations as a W3C Web Annotation collection (so
// other annotation tools can read the passages and notes), GovMark's own fields beside them.
// Reading a file validates all of it first; a damaged or foreign file yields a message in both
// languages and no data at all, never part of a library.
import * as v from 'valibot';
import type { AnnotationRecord } from '../model/records';
import {
  ANNOTATION_CONTEXT,
  BACKUP_GENERATOR,
  BACKUP_VERSION,
  BackupSchema,
  GOVMARK_CONTEXT,
  type AnnotationItem,
  type BackupFile,
} from './backup-schema';
import type { LibraryRecords } from '../model/library';

export interface ImportError {
  vi: string;
  en: string;
  /** Where in the file the problem is, e.g. "items.3.target.selector.0.start". */
  path?: string;
}

export type ParsedBackup = { ok: true; data: LibraryRecords } | { ok: false; error: ImportError };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_URN = 'urn:uuid:';
/** Ids that are not UUIDs still need a URI; this keeps them recoverable exactly. */
const OTHER_ID_URN = 'urn:govmark:annotation:';

function annotationUri(id: string): string {
  return UUID.test(id) ? `${UUID_URN}${id}` : `${OTHER_ID_URN}${encodeURIComponent(id)}`;
}

/** The record id an item's URI holds, or null when its percent-encoding is malformed ("%E0%A4%A"). */
function annotationId(uri: string): string | null {
  if (uri.startsWith(UUID_URN)) return uri.slice(UUID_URN.length);
  try {
    return decodeURIComponent(uri.slice(OTHER_ID_URN.length));
  } catch {
    return null;
  }
}

/** The W3C motivation closest to what the reader did; GovMark's own `kind` travels beside it. */
function motivation(annotation: AnnotationRecord): AnnotationItem['motivation'] {
  if (annotation.kind === 'note' || annotation.note !== '') return 'commenting';
  if (annotation.finding) return 'classifying';
  return annotation.tags.length > 0 ? 'tagging' : 'highlighting';
}

function toItem(annotation: AnnotationRecord): AnnotationItem {
  const body: NonNullable<AnnotationItem['body']> = [
    ...(annotation.note !== ''
      ? [
          {
            type: 'TextualBody' as const,
            value: annotation.note,
            purpose: 'commenting' as const,
            format: 'text/plain' as const,
          },
        ]
      : []),
    ...annotation.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
  ];
  return {
    id: annotationUri(annotation.id),
    type: 'Annotation',
    motivation: motivation(annotation),
    ...(body.length > 0 ? { body } : {}),
    target: { source: annotation.articleUrl, selector: annotation.selectors },
    created: new Date(annotation.created).toISOString(),
    modified: new Date(annotation.updated).toISOString(),
    govmark: {
      kind: annotation.kind,
      color: annotation.color,
      quote: annotation.quote,
      finding: annotation.finding,
      anchoringVersion: annotation.anchoringVersion,
      revision: annotation.revision,
      ...(annotation.scope ? { scope: annotation.scope } : {}),
    },
  };
}

function fromItem(item: AnnotationItem, id: string): AnnotationRecord {
  const bodies = item.body ?? [];
  return {
    id,
    articleUrl: item.target.source,
    selectors: item.target.selector,
    anchoringVersion: item.govmark.anchoringVersion,
    quote: item.govmark.quote,
    kind: item.govmark.kind,
    color: item.govmark.color,
    tags: bodies.filter((body) => body.purpose === 'tagging').map((body) => body.value),
    note: bodies.find((body) => body.purpose === 'commenting')?.value ?? '',
    finding: item.govmark.finding,
    ...(item.govmark.scope ? { scope: item.govmark.scope } : {}),
    created: Date.parse(item.created),
    updated: Date.parse(item.modified),
    revision: item.govmark.revision,
  };
}

export function buildBackup(library: LibraryRecords, now: number = Date.now()): BackupFile {
  return {
    '@context': [ANNOTATION_CONTEXT, GOVMARK_CONTEXT],
    type: 'AnnotationCollection',
    generator: BACKUP_GENERATOR,
    version: BACKUP_VERSION,
    created: new Date(now).toISOString(),
    items: library.annotations.map(toItem),
    govmark: {
      articles: library.articles,
      tasks: library.tasks,
      ...(library.register ? { register: library.register } : {}),
    },
  };
}

export const NOT_JSON: ImportError = {
  vi: 'Tệp không phải JSON hợp lệ; có thể tệp đã bị hỏng hoặc bị cắt cụt. Thư viện không thay đổi.',
  en: 'The file is not valid JSON; it may be damaged or cut short. Your library was not changed.',
};

const FOREIGN: ImportError = {
  vi: 'Đây không phải tệp sao lưu của GovMark. Thư viện không thay đổi.',
  en: 'This is not a GovMark backup file. Your library was not changed.',
};

function newerVersion(version: number): ImportError {
  return {
    vi: `Tệp sao lưu được tạo bởi phiên bản GovMark mới hơn (định dạng ${version}). Hãy cập nhật GovMark rồi nhập lại.`,
    en: `The backup was made by a newer GovMark (format ${version}). Update GovMark and import it again.`,
  };
}

function damaged(path: string, detail: string): ImportError {
  return {
    vi: `Tệp sao lưu bị hỏng: giá trị tại “${path}” không hợp lệ. Thư viện không thay đổi.`,
    en: `The backup is damaged: the value at “${path}” is not valid (${detail}). Your library was not changed.`,
    path,
  };
}

function newerField(path: string, field: string): ImportError {
  return {
    vi: `Tệp sao lưu có trường “${field}” (tại “${path}”) mà phiên bản GovMark này không biết; có thể tệp được tạo bởi phiên bản mới hơn. Hãy cập nhật GovMark rồi nhập lại. Thư viện không thay đổi.`,
    en: `The backup has a field “${field}” (at “${path}”) that this version of GovMark does not know; it may come from a newer version. Update GovMark and import it again. Your library was not changed.`,
    path,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first repeated key, as a damage report: one record twice would be imported twice. */
function duplicate(keys: string[], listPath: string): ImportError | null {
  const seen = new Set<string>();
  for (const [index, key] of keys.entries()) {
    if (seen.has(key)) return damaged(`${listPath}.${index}`, `"${key}" appears twice`);
    seen.add(key);
  }
  return null;
}

/**
 * Reads a backup: the file's text or its already parsed JSON. Either the whole library comes
 * back or an error; nothing in between.
 */
export function parseBackup(input: unknown): ParsedBackup {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch {
      return { ok: false, error: NOT_JSON };
    }
  }
  if (!isRecord(json) || json.type !== 'AnnotationCollection' || json.generator !== BACKUP_GENERATOR) {
    return { ok: false, error: FOREIGN };
  }
  if (typeof json.version === 'number' && json.version > BACKUP_VERSION) {
    return { ok: false, error: newerVersion(json.version) };
  }
  const result = v.safeParse(BackupSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '';
    // A key the schema does not list would be dropped without a word: refuse and say which.
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return { ok: false, error: newerField(path, path.split('.').pop() ?? path) };
    }
    return { ok: false, error: damaged(path, issue.message) };
  }
  const { items, govmark } = result.output;
  const problem =
    duplicate(
      items.map((item) => item.id),
      'items',
    ) ??
    duplicate(
      govmark.articles.map((article) => article.url),
      'govmark.articles',
    ) ??
    duplicate(
      govmark.tasks.map((task) => task.id),
      'govmark.tasks',
    ) ??
    duplicate(govmark.register?.documents.map((document) => document.key) ?? [], 'govmark.register.documents') ??
    duplicate(govmark.register?.followUps.map((followUp) => followUp.id) ?? [], 'govmark.register.followUps');
  if (problem) return { ok: false, error: problem };
  const annotations: AnnotationRecord[] = [];
  for (const [index, item] of items.entries()) {
    const id = annotationId(item.id);
    if (id === null) return { ok: false, error: damaged(`items.${index}.id`, 'malformed percent-encoding') };
    annotations.push(fromItem(item, id));
  }
  return {
    ok: true,
    data: {
      articles: govmark.articles,
      annotations,
      tasks: govmark.tasks,
      ...(govmark.register ? { register: govmark.register } : {}),
    },
  };
}
