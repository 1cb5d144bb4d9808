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

  it('asks as it opens on the first-run page, once, and shows the answer without a click', async () => {
    let granted = false;
    const storage = {
      persisted: vi.fn(async () => granted),
      persist: vi.fn(async () => {
        granted = true;
        return true;
      }),
    };
    render(<PersistentStorage storage={storage} askOnOpen />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/keeps GovMark’s data/));
    expect(storage.persist).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('on opening, shows a refusal with the button to ask again, and does not ask when already granted', async () => {
    const refusing = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false) };
    const { unmount } = render(<PersistentStorage storage={refusing} askOnOpen />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/did not agree/));
    expect(refusing.persist).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Ask to keep the data' })).toBeTruthy();
    unmount();
    const kept = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    render(<PersistentStorage storage={kept} askOnOpen />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/keeps GovMark’s data/));
    expect(kept.persist).not.toHaveBeenCalled();
  });
});
