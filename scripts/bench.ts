// `npm run bench [-- SECTION...]`: runs the bench sections and prints one JSON object keyed
// by section. Each section lives in scripts/bench/<name>.ts and exports an async function
// returning its results; a section that fails reports its error and the others still run.

type Section = () => Promise<object>;

const SECTIONS: Record<string, () => Promise<Section>> = {
  engine: async () => (await import('./bench/engine.ts')).benchEngine,
  anchoring: async () => (await import('./bench/anchoring.ts')).benchAnchoring,
  paint: async () => (await import('./bench/paint.ts')).benchPaint,
  library: async () => (await import('./bench/library.ts')).benchLibrary,
  export: async () => (await import('./bench/export.ts')).benchExport,
};

async function main(requested: readonly string[]): Promise<number> {
  const unknown = requested.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}\n`,
    );
    return 2;
  }
  const names = requested.length > 0 ? requested : Object.keys(SECTIONS);
  const results: Record<string, object> = {};
  let failed = false;
  for (const name of names) {
    try {
      results[name] = await (await SECTIONS[name]())();
    } catch (error) {
      failed = true;
      results[name] = { error: (error as Error).message };
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
