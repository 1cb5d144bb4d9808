// "First rows, then the rest": a page shows a cheap first query at once and starts the full read
// only after the browser has painted those rows, so the reader never waits on the whole library.
import { useEffect, useState } from 'preact/hooks';

/** False until `firstRowsReady` has been true for one task turn, then true for good. */
export function useAfterFirstPaint(firstRowsReady: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!firstRowsReady || painted) return;
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, [firstRowsReady, painted]);
  return painted;
}
