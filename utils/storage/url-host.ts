/** The host name of a URL, or "" when it does not parse (tasks are filtered by site). */
export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : '';
}
