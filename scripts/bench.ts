// `npm run bench [-- SECTION...]`: runs the bench sections and prints JSON lines, one object per
// line, each naming its section. Each section lives in scripts/bench/<name>.ts and exports an
// async function; a section may write lines as it measures (the library bench writes one per
// library size, so a run cut short keeps what it measured) and returns its summary, printed as
// the section's last line. A section that fails prints its error and the others still run.

type Emit = (line: object) => void;
type Section = (emit: Emit) => Promise<object>;

const SECTIONS: Record<string, () => Promise<Section>> = {
  engine: async () => (await import('./bench/engine.ts')).benchEngine,
  anchoring: async () => (await import('./bench/anchoring.ts')).benchAnchoring,
  paint: async () => (await import('./bench/paint.ts')).benchPaint,
  repaint: async () => (await import('./bench/repaint.ts')).benchRepaint,
  library: async () => {
    const { benchLibrary } = await import('./bench/library.ts');
    return (emit) => benchLibrary({ emit });
  },
  // Two or more builds side by side in one browser (GOVMARK_COMPARE_DIRS); not part of a plain run.
  'library-compare': async () => (await import('./bench/library-compare.ts')).benchLibraryCompare,
  export: async () => (await import('./bench/export.ts')).benchExport,
  register: async () => {
    const { benchRegister } = await import('./bench/register.ts');
    return () => benchRegister();
  },
};

/** Sections run only when named: they need builds to compare. */
const ON_REQUEST = new Set(['library-compare']);

function printLine(section: string, line: object): void {
  process.stdout.write(`${JSON.stringify({ section, ...line })}\n`);
}

async function main(requested: readonly string[]): Promise<number> {
  const unknown = requested.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`,
    );
    return 2;
  }
  const names = requested.length > 0 ? requested : Object.keys(SECTIONS).filter((name) => !ON_REQUEST.has(name));
  let failed = false;
  for (const name of names) {
    try {
      const summary = await (await SECTIONS[name]())((line) => printLine(name, line));
      printLine(name, summary);
    } catch (error) {
      failed = true;
      printLine(name, { error: (error as Error).message });
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
