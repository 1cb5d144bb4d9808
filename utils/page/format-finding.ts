// How the finding card spells out what the engine understood ("1.300 tỷ đồng = 1,3 nghìn tỷ đồng").
import type { Lang } from '../i18n/lang';

/** Vietnamese writes 1.300,5 (dot thousands, comma decimals); English 1,300.5. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 4 }).format(value);
}

const VND_SCALES: { size: number; vi: string; en: string }[] = [
  { size: 1e12, vi: 'nghìn tỷ đồng', en: 'trillion đồng' },
  { size: 1e9, vi: 'tỷ đồng', en: 'billion đồng' },
  { size: 1e6, vi: 'triệu đồng', en: 'million đồng' },
  { size: 1e3, vi: 'nghìn đồng', en: 'thousand đồng' },
];

/** An amount in đồng in the largest unit that keeps it ≥ 1 ("1,3 nghìn tỷ đồng"). */
export function formatVnd(vnd: number, lang: Lang): string {
  const scale = VND_SCALES.find((s) => Math.abs(vnd) >= s.size);
  if (!scale) return `${formatNumber(vnd, lang)} đồng`;
  return `${formatNumber(vnd / scale.size, lang)} ${scale[lang]}`;
}

/** ISO dates of any precision, in the reader's form (one formatter for every page: i18n/dates.ts). */
export { formatDate as formatIsoDate } from '../i18n/dates';
