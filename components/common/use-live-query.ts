// Dexie liveQuery as a Preact hook for the extension pages: the component re-renders whenever a
// write anywhere (the background included; Dexie broadcasts between the extension's contexts)
// changes what the querier read. Not for the service worker, which must not hold subscriptions.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

type LiveState<T> = { status: 'pending' } | { status: 'value'; value: T } | { status: 'error'; error: unknown };

/**
 * The querier's latest result, `undefined` until the first one arrives (or `initial` when given).
 * The query restarts when a value in `deps` changes. A failed query is thrown during render, for
 * the nearest error boundary, as dexie-react-hooks does.
 */
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: readonly unknown[]): T | undefined;
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: readonly unknown[], initial: T): T;
export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: readonly unknown[], initial?: T): T | undefined {
  const [state, setState] = useState<LiveState<T>>({ status: 'pending' });
  // A layout effect runs as soon as the component is in the DOM; a plain effect waits for the next
  // frame (up to 35 ms in Preact, longer in a tab still being set up), and a page's first rows wait
  // on two or three such queries in turn (the settings, then the rows).
  useLayoutEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ status: 'value', value }),
      error: (error: unknown) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
    // The querier is a new closure on every render; `deps` say when it really changed.
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps stand for the querier's
  }, deps);
  if (state.status === 'error') throw state.error;
  return state.status === 'value' ? state.value : initial;
}
