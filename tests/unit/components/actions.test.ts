// Every write of the extension pages goes through one module (components/common/actions.ts), as
// every write of a content script goes through its page backend (utils/page/message-backend.ts):
// no other source file sends a message that changes stored data. The background tells open tabs
// and pages about each write from its one dispatch, so a write sent from elsewhere would be the
// only thing that could bypass it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_RULES, type MessageType } from '../../../utils/messaging/background-messages';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITERS = new Set(['components/common/actions.ts', 'utils/page/message-backend.ts']);
const WRITES = (Object.keys(MESSAGE_RULES) as MessageType[]).filter((type) => MESSAGE_RULES[type].writes);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The message types a source sends with sendRequest('type', …). */
function sentTypes(source: string): string[] {
  return [...source.matchAll(/sendRequest\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
}

describe('the actions module', () => {
  it('is the one sender of writing messages among the extension pages', () => {
    const writersFound = new Map<string, string[]>();
    for (const file of ['components', 'entrypoints', 'utils'].flatMap(sourceFiles)) {
      const writes = sentTypes(readFileSync(path.join(ROOT, file), 'utf8')).filter((type) =>
        WRITES.includes(type as MessageType),
      );
      if (writes.length > 0) writersFound.set(file, writes);
    }
    expect([...writersFound.keys()].filter((file) => !WRITERS.has(file))).toEqual([]);
    // The module sends every write an extension page may make.
    const fromPages = WRITES.filter((type) => MESSAGE_RULES[type].from === 'extension-page');
    expect(fromPages.filter((type) => !writersFound.get('components/common/actions.ts')?.includes(type))).toEqual([]);
  });

  it('finds the sends it looks for', () => {
    expect(sentTypes("sendRequest('settings/set', { language })")).toEqual(['settings/set']);
    expect(sentTypes('sendRequest(\n  "library/wipe", {})')).toEqual(['library/wipe']);
  });
});
