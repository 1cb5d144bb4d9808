// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PersistentStorage } from '../../../components/common/PersistentStorage';

describe('PersistentStorage', () => {
  it('asks the browser from the page when the reader presses the button, and shows the answer', async () => {
    let granted = false;
    const storage = {
      persisted: vi.fn(async () => granted),
      persist: vi.fn(async () => {
        granted = true;
        return true;
      }),
    };
    render(<PersistentStorage storage={storage} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/may clear/));
    expect(storage.persist).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Ask to keep the data' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/keeps GovMark’s data/));
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when the browser refuses, and when it has no such API (a service worker)', async () => {
    const refusing = { persisted: async () => false, persist: async () => false };
    const { unmount } = render(<PersistentStorage storage={refusing} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ask to keep the data' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not agree/));
    unmount();
    render(<PersistentStorage storage={{} as never} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/does not say/));
  });
});
