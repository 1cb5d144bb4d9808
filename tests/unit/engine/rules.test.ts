// Every named rule finds its own examples (made-up sentences written beside the rule in
// utils/engine/rules.ts), and says so in the finding it makes.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import { RULES, type RuleName } from '../../../utils/engine/rules.ts';

// A headline and a report paragraph make the examples a page the classifier reads as an article.
const page = (body: string) =>
  `UBND huyện họp bàn các nhiệm vụ trọng tâm\nChiều 12/3, UBND huyện họp phiên thường kỳ để bàn các nhiệm vụ trọng tâm của quý II; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\n${body}`;

describe('rules find their examples', () => {
  const cases = Object.entries(RULES).flatMap(([name, rule]) =>
    rule.examples.map((example) => [name as RuleName, example.text, example.finds] as const),
  );

  it.each(cases)('%s: %s', (name, text, finds) => {
    const analysis = analyzeText(page(text));
    const findings = [...analysis.directives, ...analysis.figures, ...analysis.documents, ...analysis.dates];
    const found = findings.find((f) => f.text === finds && f.rules?.some((r) => r.rule === name));
    expect(found, findings.map((f) => f.text).join(' | ')).toBeDefined();
    expect(found?.rules?.map((r) => r.rule)).toContain(name);
    for (const trace of found?.rules ?? []) {
      expect(trace.vi.length).toBeGreaterThan(0);
      expect(trace.en.length).toBeGreaterThan(0);
    }
  });
});
