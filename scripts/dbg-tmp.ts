import { readFileSync } from 'node:fs';
import { analyzeText } from '../utils/engine/analyze.ts';
const t = readFileSync(process.argv[2], 'utf8');
const a = analyzeText(t, { asArticle: true, articleOnly: true });
console.log(
  a.article,
  a.directives.map((d) => [d.start, d.text.slice(0, 80), d.issuer, d.assignees, d.rules?.map((r) => r.rule)]),
);
