// Counted nouns ("1 task", "3 tasks", "3 nhiệm vụ"): English needs the plural rule, Vietnamese
// nouns do not change. One table, so a count never reads "3 all shown articles".
import type { Lang } from './lang';

type PluralForms = { one?: string; other: string };

export const COUNTED = {
  annotations: { vi: { other: '{n} chú thích' }, en: { one: '{n} annotation', other: '{n} annotations' } },
  tasks: { vi: { other: '{n} nhiệm vụ' }, en: { one: '{n} task', other: '{n} tasks' } },
  articles: { vi: { other: '{n} bài viết' }, en: { one: '{n} article', other: '{n} articles' } },
  results: { vi: { other: '{n} kết quả' }, en: { one: '{n} result', other: '{n} results' } },
  selected: { vi: { other: 'Đã chọn {n}' }, en: { other: '{n} selected' } },
} as const satisfies Record<string, Record<Lang, PluralForms>>;

export type CountedNoun = keyof typeof COUNTED;

const rules = new Map<Lang, Intl.PluralRules>();

/** `n` with its noun in the reader's language; `shownCount` replaces the figure (e.g. "12+"). */
export function countOf(noun: CountedNoun, n: number, lang: Lang, shownCount: string = String(n)): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const forms: PluralForms = COUNTED[noun][lang];
  const form = rule.select(n) === 'one' && forms.one ? forms.one : forms.other;
  return form.replace('{n}', shownCount);
}
