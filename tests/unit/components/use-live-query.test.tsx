// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/preact';
import { Component, type ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../utils/storage/annotation-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { useLiveQuery } from '../../../components/common/use-live-query';
import { openTestDb, sampleAnnotation } from '../storage/test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

function AnnotationCount({ db, kind }: { db: GovMarkDB; kind: 'highlight' | 'figure' }) {
  const count = useLiveQuery(() => db.annotations.where('kind').equals(kind).count(), [db, kind]);
  return <p data-testid="count">{count === undefined ? 'loading' : `${kind}: ${count}`}</p>;
}

class Boundary extends Component<{ children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };
  override componentDidCatch(error: unknown) {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }
  override render() {
    return this.state.error === null ? this.props.children : <p data-testid="error">{this.state.error}</p>;
  }
}

describe('useLiveQuery', () => {
  it('renders the result and follows later writes', async () => {
    ({ db } = openTestDb());
    await addAnnotation(db, sampleAnnotation(), 1);
    render(<AnnotationCount db={db} kind="highlight" />);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('highlight: 1'));
    await addAnnotation(db, sampleAnnotation(), 2);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('highlight: 2'));
  });

  it('restarts the query when a dependency changes', async () => {
    ({ db } = openTestDb());
    await addAnnotation(db, sampleAnnotation({ kind: 'figure' }), 1);
    const { rerender } = render(<AnnotationCount db={db} kind="highlight" />);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('highlight: 0'));
    rerender(<AnnotationCount db={db} kind="figure" />);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('figure: 1'));
  });

  it('returns the initial value first and throws a failed query to the error boundary', async () => {
    function Failing() {
      const value = useLiveQuery(() => Promise.reject(new Error('read failed')), [], 'initial');
      return <p data-testid="value">{value}</p>;
    }
    render(
      <Boundary>
        <Failing />
      </Boundary>,
    );
    expect(screen.getByTestId('value').textContent).toBe('initial');
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe('read failed'));
  });
});
