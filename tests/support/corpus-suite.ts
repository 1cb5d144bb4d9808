// Suites that need the shared gold corpus. Without it they are skipped with one line saying so;
// under CI=true its absence is a failure, so a CI machine can never pass by skipping them.
// The body is not even collected when the corpus is absent (it may read the corpus while it
// declares its tests); one skipped test stands for the whole suite in the counts.
import { describe, it } from 'vitest';
import {
  type CorpusName,
  corpusAbsentMessage,
  hasCorpus,
  hasWebCorpus,
  webCorpusAbsentMessage,
} from '../../scripts/lib/shared-corpus';

const reported = new Set<string>();

export function describeWithCorpus(name: CorpusName, title: string, body: () => void): void {
  if (hasCorpus(name)) {
    describe(title, body);
    return;
  }
  const message = corpusAbsentMessage(name, title);
  if (process.env.CI === 'true') {
    describe(title, () => {
      it('needs the shared corpus under CI', () => {
        throw new Error(message);
      });
    });
    return;
  }
  describeAbsent(title, message);
}

/**
 * Suites on the web excerpts (GOVMARK_WEB_CORPUS). They exist only on the machine where they
 * were gathered, so their absence is skipped with one line everywhere, CI included.
 */
export function describeWithWebCorpus(title: string, body: () => void): void {
  if (hasWebCorpus()) {
    describe(title, body);
    return;
  }
  const message = webCorpusAbsentMessage(title);
  describeAbsent(title, message);
}

/**
 * The stand-in for a suite whose data is absent: one line on the console (once per message) and
 * one skipped test in the counts that says what is missing. The suite's body is not collected.
 */
export function describeAbsent(title: string, message: string): void {
  if (!reported.has(message)) {
    reported.add(message);
    console.warn(message);
  }
  describe(title, () => {
    it.skipIf(true)(message, () => {
      throw new Error(message);
    });
  });
}
