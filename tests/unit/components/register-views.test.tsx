// @vitest-environment jsdom
// The register's components: the card's "cited in" section, a task's timeline with the reader's
// answers, and the Documents view's search and detail.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../components/common/lang-context';
import { CitedInContext } from '../../../components/register/cited-in-context';
import { CitedInSection } from '../../../components/register/CitedInSection';
import { DocumentsView } from '../../../components/register/DocumentsView';
import { TaskTimeline } from '../../../components/register/TaskTimeline';
import type { PageFinding } from '../../../utils/page/finding-index';
import type { GovMarkDB } from '../../../utils/storage/db';
import { setTaskStatuses } from '../../../utils/storage/task-queries';
import { directiveWith, REGISTER_ARTICLES, trackDirective, visit, visitOf } from '../register/register-articles';
import { openTestDb } from '../storage/test-db';
import { formatIsoDate } from '../../../utils/page/format-finding';
import { citedIn } from '../../../utils/storage/register-queries';

let db: GovMarkDB | undefined;
afterEach(() => db?.close());

function documentFinding(): PageFinding {
  const ref = visitOf('second').documents![0];
  return { kind: 'document', finding: ref, range: document.createRange() } as PageFinding;
}

describe('the card’s cited-in section', () => {
  it('says in how many of the reader’s articles the document is cited and links each passage', async () => {
    ({ db } = openTestDb());
    await visit(db, 'first', 1_000);
    await visit(db, 'second', 2_000);
    const store = db;
    const lookup = vi.fn(
      async (cited: { symbol: string; date: string | null }) => (await citedIn(store, cited, 'Ninh Thuận')).articles,
    );
    render(
      <LangContext.Provider value="vi">
        <CitedInContext.Provider value={{ lookup, articleUrl: () => REGISTER_ARTICLES.second.url }}>
          <CitedInSection finding={documentFinding()} lang="vi" />
        </CitedInContext.Provider>
      </LangContext.Provider>,
    );
    expect(await screen.findByText('Được trích trong 2 bài của bạn')).toBeTruthy();
    expect(lookup).toHaveBeenCalledWith({ symbol: '105/NQ-CP', date: null }, REGISTER_ARTICLES.second.url);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href')?.split('#')[0])).toEqual([
      REGISTER_ARTICLES.second.url,
      REGISTER_ARTICLES.first.url,
    ]);
    expect(links[1].getAttribute('href')).toContain('#:~:text=');
    expect(links[1].getAttribute('target')).toBe('_blank');
    expect(screen.getByText(/bài này/).textContent).toContain(formatIsoDate('2024-07-05', 'vi'));
  });

  it('shows nothing for another kind of finding, or when no lookup is provided', () => {
    const { container } = render(<CitedInSection finding={documentFinding()} lang="en" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('a task’s timeline', () => {
  it('lists the article that set it, the follow-ups with their answers and the status changes, in date order', async () => {
    ({ db } = openTestDb());
    const { article, directives } = await visit(db, 'first', Date.parse('2024-03-12T05:00:00Z'));
    const task = await trackDirective(
      db,
      article.url,
      directiveWith(directives, 'giải phóng mặt bằng'),
      Date.parse('2024-03-12T06:00:00Z'),
    );
    await visit(db, 'second', Date.parse('2024-07-05T10:00:00Z'));
    await setTaskStatuses(db, [task.id], 'in-progress', Date.parse('2024-07-06T08:00:00Z'));
    const onDecide = vi.fn();
    render(
      <LangContext.Provider value="en">
        <TaskTimeline db={db} task={task} onDecide={onDecide} onOpenTask={() => undefined} />
      </LangContext.Provider>,
    );
    await waitFor(() => expect(document.querySelectorAll('[data-entry]')).toHaveLength(3));
    expect([...document.querySelectorAll('[data-entry]')].map((entry) => entry.getAttribute('data-entry'))).toEqual([
      'set',
      'follow-up',
      'status',
    ]);
    expect(screen.getByText(/Status: In progress/)).toBeTruthy();
    expect(screen.getByText(/Possible follow-up · Same body, same matter/).textContent).toContain(
      formatIsoDate('2024-07-05', 'en'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm follow-up' }));
    expect(onDecide).toHaveBeenCalledWith(
      expect.objectContaining({ articleUrl: REGISTER_ARTICLES.second.url }),
      'confirmed',
    );
  });
});

describe('the Documents view', () => {
  it('lists the register, finds a symbol, and opens a document’s citing passages with the national search', async () => {
    ({ db } = openTestDb());
    await visit(db, 'first', 1_000);
    await visit(db, 'second', 2_000);
    render(
      <LangContext.Provider value="en">
        <DocumentsView db={db} />
      </LangContext.Provider>,
    );
    await waitFor(() => expect(document.querySelector('.documents[data-count="2"]')).toBeTruthy());
    const counts = [...document.querySelectorAll('[data-article-count]')].map((el) => el.textContent);
    expect(counts).toEqual(['2 articles', '1 articles']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search by symbol or words' }), {
      target: { value: '45/KH' },
    });
    await waitFor(() => expect(document.querySelector('.documents[data-count="1"]')).toBeTruthy());
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    await waitFor(() => expect(document.querySelector('.documents[data-count="2"]')).toBeTruthy());
    fireEvent.click(screen.getByText('105/NQ-CP'));
    await waitFor(() => expect(document.querySelectorAll('.doc-detail [data-citation-id]')).toHaveLength(3));
    const search = screen.getByRole('link', { name: 'Search the national legal-document database' });
    expect(new URL(search.getAttribute('href')!).searchParams.get('Keyword')).toBe('105/NQ-CP');
  });
});
