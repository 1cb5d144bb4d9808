// How sure the engine is of each finding (issue 9, "rules that can be read"): the prior of the
// strongest rule that made it (utils/engine/rules.ts), moved by what the finding itself carries.
// A directive that names who instructs, whom, and by when is surer than a bare task read by its
// form alone; a document with its full symbol is surer than a short re-mention by number; a
// year alone is the most doubtful date. The number is for the reader's card and for what the
// page chooses to paint; `confidenceLevel` gives the word shown beside it.

import { RULES, type RuleName } from './rules.ts';
import type { DateMention, Directive, DocumentRef, Figure, RuleTrace } from './types.ts';

export type ConfidenceLevel = 'high' | 'medium' | 'low';

const HIGH = 0.8;
const MEDIUM = 0.6;
const FLOOR = 0.05;
const CEILING = 0.99;

function prior(rules: readonly RuleTrace[] | undefined): number {
  const priors = (rules ?? []).map((trace) => RULES[trace.rule as RuleName]?.prior ?? MEDIUM);
  return priors.length > 0 ? Math.max(...priors) : MEDIUM;
}

const clamp = (value: number): number => Math.round(Math.min(CEILING, Math.max(FLOOR, value)) * 100) / 100;

export function directiveConfidence(directive: Directive): number {
  let value = prior(directive.rules);
  if (directive.issuer === null) value -= 0.2;
  if (directive.assignees.length > 0) value += 0.05;
  else value -= 0.1;
  if (directive.deadline !== null) value += 0.05;
  return clamp(value);
}

export function documentConfidence(document: DocumentRef): number {
  // "Kế hoạch 318" re-mentions a document by number alone; "số 105/NQ-CP" names it fully.
  const fullSymbol = /[/-]/u.test(document.symbol);
  return clamp(prior(document.rules) - (fullSymbol ? 0 : 0.15) + (document.date !== null ? 0.03 : 0));
}

export function figureConfidence(figure: Figure): number {
  // A percent or an amount of money is a figure by its unit; a count rests on reading its noun.
  const byUnit = figure.kind === 'percent' || figure.kind === 'money';
  return clamp(prior(figure.rules) + (byUnit ? 0.05 : -0.05));
}

export function dateConfidence(date: DateMention): number {
  // A year alone may be a result's or an event's year rather than a plan's.
  const yearOnly = /^\d{4}$/u.test(date.iso);
  return clamp(prior(date.rules) - (yearOnly ? 0.2 : 0) + (/^\d{4}-\d{2}-\d{2}/u.test(date.iso) ? 0.05 : 0));
}

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= HIGH) return 'high';
  return confidence >= MEDIUM ? 'medium' : 'low';
}
