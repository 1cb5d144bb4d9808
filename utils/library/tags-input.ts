// Tags as the reader types them in one text field, separated by commas (Vietnamese agency names
// contain spaces, so a space cannot separate tags).
export function parseTagsInput(text: string): string[] {
  const tags = text
    .split(/[,;]/)
    .map((tag) => tag.replace(/\s+/gu, ' ').trim().normalize('NFC'))
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

export function formatTagsInput(tags: readonly string[]): string {
  return tags.join(', ');
}
