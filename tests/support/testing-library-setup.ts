// The DOM suites wait for state (testing-library's waitFor / findBy), never for a fixed time; on a
// machine shared by several builds a live query's answer can take over a second, past the
// library's 1 s default. Only the jsdom suites load testing-library.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5_000 });
}

export {};
