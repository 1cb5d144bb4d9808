// @vitest-environment jsdom
// The selection toolbar: one click on a colour dot highlights in that colour (issue 13.4), the
// Highlight button uses the colour last chosen, and clicks a page script dispatches do nothing.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SelectionToolbar } from '../../../components/page/SelectionToolbar';

function renderToolbar(isTrusted?: (event: Event) => boolean) {
  const actions = { onHighlight: vi.fn(), onNote: vi.fn(), onTrack: vi.fn(), onCite: vi.fn() };
  render(<SelectionToolbar lang="en" x={0} y={0} isTrusted={isTrusted} {...actions} />);
  return actions;
}

describe('SelectionToolbar', () => {
  it('highlights in a colour with one click on its dot', () => {
    const actions = renderToolbar(() => true);
    fireEvent.click(screen.getByRole('button', { name: 'Green' }));
    expect(actions.onHighlight).toHaveBeenCalledExactlyOnceWith('green');
  });

  it('highlights with the Highlight button in yellow, or in the colour last clicked', () => {
    const actions = renderToolbar(() => true);
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    expect(actions.onHighlight).toHaveBeenLastCalledWith('yellow');
    fireEvent.click(screen.getByRole('button', { name: 'Pink' }));
    fireEvent.click(screen.getByRole('button', { name: 'Highlight' }));
    expect(actions.onHighlight).toHaveBeenLastCalledWith('pink');
  });

  it('does nothing for clicks that are not the reader’s', () => {
    const actions = renderToolbar();
    for (const name of ['Highlight', 'Green', 'Add note', 'Track as task', 'Copy citation']) {
      fireEvent.click(screen.getByRole('button', { name }));
    }
    expect(actions.onHighlight).not.toHaveBeenCalled();
    expect(actions.onNote).not.toHaveBeenCalled();
    expect(actions.onTrack).not.toHaveBeenCalled();
    expect(actions.onCite).not.toHaveBeenCalled();
  });
});
