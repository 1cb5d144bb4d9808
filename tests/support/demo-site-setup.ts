// Vitest global setup: generate the demo site (git-ignored) before any suite reads or serves it,
// so a fresh clone needs no `npm run fixtures` step. Says once what it left out.
import { writeDemoSite } from '../../scripts/demo-site/generate';

export default function setup(): void {
  for (const note of writeDemoSite().notes) console.warn(note);
}
