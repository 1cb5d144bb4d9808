// UI strings with named slots ("Imported: {added} new"), filled after translation so that each
// language orders the words its own way.
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
