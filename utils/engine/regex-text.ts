// Literal text inside a regular expression: the one escape the engine, the province lookup and
// the register's filter all build their word lists with.

/** `text` with every character that a RegExp reads as syntax escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
