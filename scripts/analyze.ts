// `npm run --silent analyze -- [--url URL] [--explain] [--as-article] FILE...`: one JSON line of findings per input
// (issue 3's contract, field names of the labeling guide). `.html`/`.htm` files are parsed
// with jsdom and read through Readability (offsets index the article text); other files are
// plain text (offsets index their NFC form); `-` reads standard input as text. A file that
// cannot be read, is empty or is binary gets a one-line error on stderr and the exit code 1,
// and the other files are still analysed. `--explain` prints, instead of JSON, each finding
// with the rules that made it (name, guide section, why in Vietnamese and English).
// `--as-article` reads plain text as article content whatever the page classifier says (an
// excerpt of a report is not a whole page).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { analyzeText } from '../utils/engine/analyze.ts';
import { confidenceLevel } from '../utils/engine/confidence.ts';
import { analyzeDocument } from '../utils/engine/html-article.ts';
import type { Analysis } from '../utils/engine/types.ts';

interface Arguments {
  url: string | null;
  explain: boolean;
  asArticle: boolean;
  files: string[];
}

function parseArguments(argv: readonly string[]): Arguments {
  const files: string[] = [];
  let url: string | null = null;
  let explain = false;
  let asArticle = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--explain') explain = true;
    else if (arg === '--as-article') asArticle = true;
    else if (arg === '--url') url = argv[++i] ?? null;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else files.push(arg);
  }
  return { url, explain, asArticle, files };
}

class InputError extends Error {}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function decode(bytes: Buffer): string {
  if (bytes.length === 0) throw new InputError('empty file');
  // NUL bytes and undecodable sequences mark binary input (images, office files, archives).
  if (bytes.includes(0)) throw new InputError('binary file');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 0 && replaced > text.length / 100) throw new InputError('binary or non-UTF-8 file');
  if (!text.trim()) throw new InputError('empty file');
  return text.replace(/^\uFEFF/, '');
}

function isHtml(file: string): boolean {
  return /\.html?$/i.test(file);
}

function savedPageUrl(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//i.test(href) ? href : null;
}

function analyzeFile(file: string, url: string | null, asArticle: boolean): Analysis {
  const text = decode(readInput(file));
  if (isHtml(file)) {
    const fileUrl = file === '-' ? 'about:blank' : pathToFileURL(path.resolve(file)).href;
    const { window } = new JSDOM(text, { url: url ?? fileUrl });
    try {
      // A saved page often names its own address (canonical link, og:url).
      const pageUrl = url ?? savedPageUrl(window.document) ?? fileUrl;
      return analyzeDocument(window.document, pageUrl).analysis;
    } finally {
      window.close();
    }
  }
  return analyzeText(text, asArticle ? { url, asArticle, articleOnly: true } : { url });
}

function line(file: string, analysis: Analysis): string {
  const { isArticle, confidence, province, published, title } = analysis.article;
  return JSON.stringify({
    file,
    article: { isArticle, confidence, province, published, title },
    figures: analysis.figures,
    documents: analysis.documents,
    dates: analysis.dates,
    directives: analysis.directives,
    tasks: analysis.tasks,
  });
}

/** Findings one per line, each followed by the rules that made it. */
function explanation(file: string, analysis: Analysis): string {
  const { isArticle, reason, province, published } = analysis.article;
  const out = [
    `${file}: ${isArticle ? 'article' : 'not an article'} (${reason}); province ${province}; published ${published}`,
  ];
  const kinds = [
    ['figure', analysis.figures],
    ['document', analysis.documents],
    ['date', analysis.dates],
    ['directive', analysis.directives],
  ] as const;
  for (const [kind, findings] of kinds)
    for (const finding of findings) {
      const shown = finding.text.length > 90 ? `${finding.text.slice(0, 87)}…` : finding.text;
      const confidence =
        finding.confidence === undefined
          ? ''
          : ` · confidence ${finding.confidence.toFixed(2)} (${confidenceLevel(finding.confidence)})`;
      out.push(`  ${kind} ${finding.start}-${finding.end} «${shown}»${confidence}`);
      for (const rule of finding.rules ?? []) out.push(`    ← ${rule.rule} [${rule.section}]: ${rule.vi} / ${rule.en}`);
    }
  return out.join('\n');
}

function main(argv: readonly string[]): number {
  const { url, explain, asArticle, files } = parseArguments(argv);
  if (files.length === 0) {
    process.stderr.write(
      'usage: npm run --silent analyze -- [--url URL] [--explain] [--as-article] FILE... (FILE "-" reads standard input)\n',
    );
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const analysis = analyzeFile(file, url, asArticle);
      process.stdout.write(`${explain ? explanation(file, analysis) : line(file, analysis)}\n`);
    } catch (error) {
      failed = true;
      const reason = error instanceof InputError ? error.message : `analysis failed: ${(error as Error).message}`;
      process.stderr.write(`analyze: ${file}: ${reason.replace(/\s+/g, ' ')}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
