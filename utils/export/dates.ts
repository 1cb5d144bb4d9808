// Calendar dates for exports. Visits are instants (epoch ms) but citations and spreadsheets
// want the reader's calendar day, so the time zone is a parameter (the runtime's by default,
// fixed in tests and golden files).

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    // Building a formatter costs far more than using one: 100,000 CSV rows reuse it.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(key, formatter);
  }
  return formatter;
}

/** Rows of one article share its visit time: remember recent answers (bounded). */
const recentDays = new Map<string, string>();
const RECENT_DAYS_LIMIT = 1000;

/** The calendar day of an instant as "YYYY-MM-DD". */
export function isoDay(ms: number, timeZone?: string): string {
  const key = `${timeZone ?? ''}|${ms}`;
  const known = recentDays.get(key);
  if (known !== undefined) return known;
  const parts = dayFormatter(timeZone).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  if (recentDays.size >= RECENT_DAYS_LIMIT) recentDays.clear();
  recentDays.set(key, day);
  return day;
}

/** Year, month and day numbers of an ISO date ("2023-01-15", "2023-01", "2023"), or null. */
export function isoDateParts(iso: string | null): number[] | null {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!match) return null;
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}
