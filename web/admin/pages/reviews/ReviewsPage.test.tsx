import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import type { Review } from './queries.ts';
import { ReviewsPage } from './ReviewsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const review = (id: string, rating: number, name: string, customer: { id: string; display_name: string }, reply: string | null = null): Review => ({
  id,
  rating,
  body: `${name} says hello`,
  period_key: '2026-Q4',
  reply,
  replied_at: reply ? '2026-12-02T09:00:00.000Z' : null,
  created_at: '2026-12-01T10:00:00.000Z',
  customer,
  contact: { id: `cp-${id}`, name, email: `${name.toLowerCase()}@example.test` },
  replied_by: reply ? { id: 'st-1', name: 'Olivia Owner' } : null,
});

const globex = { id: 'cust-1', display_name: 'Globex' };
const initech = { id: 'cust-2', display_name: 'Initech' };

function stubApi(options: { failReply?: boolean } = {}) {
  const held = [review('r1', 5, 'Casey', globex), review('r2', 2, 'Milton', initech, 'Sorry about the stapler.')];
  const asked: URL[] = [];
  const replies: { id: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/reviews/summary') return json({ count: 2, average: 3.5, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 } });
      const reply = /^\/api\/v1\/reviews\/([^/]+)\/reply$/.exec(url.pathname);
      if (reply && request.method === 'POST') {
        const body = (await request.json()) as { reply: string };
        replies.push({ id: reply[1]!, body });
        if (options.failReply) return json({ error: { code: 'NOT_FOUND', message: 'Review not found' } }, 404);
        const found = held.find((entry) => entry.id === reply[1]);
        if (!found) return json({ error: { code: 'NOT_FOUND', message: 'Review not found' } }, 404);
        Object.assign(found, { reply: body.reply, replied_at: '2026-12-03T09:00:00.000Z', replied_by: { id: 'st-1', name: 'Olivia Owner' } });
        return json(found);
      }
      if (url.pathname === '/api/v1/reviews') {
        asked.push(url);
        const rating = url.searchParams.get('rating');
        const replied = url.searchParams.get('replied');
        const customer = url.searchParams.get('customer_id');
        const rows = held.filter((entry) => (!rating || entry.rating === Number(rating)) && (!replied || (entry.reply !== null) === (replied === 'true')) && (!customer || entry.customer.id === customer));
        return json({ data: rows, next_cursor: null });
      }
      if (url.pathname === '/api/v1/customers') return json({ data: [globex, initech].map((c) => ({ ...c, currency: 'EUR' })), next_cursor: null });
      return json({ error: { code: 'NOT_FOUND', message: `no ${url.pathname}` } }, 404);
    }),
  );
  return { asked, replies };
}

function renderPage(path = '/reviews') {
  renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <ReviewsPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

const card = (name: string) => screen.getByRole('article', { name });

describe('the reviews page', () => {
  it('lists reviews with their stars as text, customer link, contact and reply', async () => {
    stubApi();
    renderPage();
    const casey = await screen.findByRole('article', { name: 'Casey' });
    expect(within(casey).getByText('5 of 5')).toBeTruthy();
    expect(within(casey).getByText('Casey says hello')).toBeTruthy();
    expect(within(casey).getByRole('link', { name: 'Globex' }).getAttribute('href')).toBe('/customers/cust-1');
    expect(within(casey).getByText(/casey@example\.test/)).toBeTruthy();
    const milton = card('Milton');
    expect(within(milton).getByText('2 of 5')).toBeTruthy();
    expect(within(milton).getByText('Sorry about the stapler.')).toBeTruthy();
    expect(within(milton).getByText(/by Olivia Owner/)).toBeTruthy();
    expect(screen.getByText('3.5 average from 2 reviews')).toBeTruthy();
  });

  it('asks the API with each filter, and says when nothing matches', async () => {
    const { asked } = stubApi();
    renderPage();
    await screen.findByRole('article', { name: 'Casey' });
    await userEvent.selectOptions(screen.getByLabelText('Rating'), '2');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Casey' })).toBeNull());
    expect(Object.fromEntries(asked.at(-1)!.searchParams)).toEqual({ rating: '2', limit: '25' });

    await userEvent.selectOptions(screen.getByLabelText('Reply status'), 'false');
    expect(await screen.findByText(en.reviews.noMatch)).toBeTruthy();
    expect(Object.fromEntries(asked.at(-1)!.searchParams)).toEqual({ rating: '2', replied: 'false', limit: '25' });

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await screen.findByRole('article', { name: 'Casey' });
    expect(Object.fromEntries(asked.at(-1)!.searchParams)).toEqual({ limit: '25' });

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Customer' }), await screen.findByRole('option', { name: 'Initech · EUR' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Casey' })).toBeNull());
    expect(Object.fromEntries(asked.at(-1)!.searchParams)).toEqual({ customer_id: 'cust-2', limit: '25' });
    expect(card('Milton')).toBeTruthy();
  });

  it('starts from the filters in the address', async () => {
    const { asked } = stubApi();
    renderPage('/reviews?replied=false&rating=9');
    await screen.findByRole('article', { name: 'Casey' });
    expect(screen.queryByRole('article', { name: 'Milton' })).toBeNull();
    // A rating the API would refuse is left out.
    expect(Object.fromEntries(asked.at(-1)!.searchParams)).toEqual({ replied: 'false', limit: '25' });
    expect(screen.getByLabelText<HTMLSelectElement>('Reply status').value).toBe('false');
  });

  it('marks the review a notification links to', async () => {
    stubApi();
    renderPage('/reviews?review=r2');
    const milton = await screen.findByRole('article', { name: 'Milton' });
    expect(milton.getAttribute('aria-current')).toBe('true');
    expect(card('Casey').getAttribute('aria-current')).toBeNull();
  });

  it('replies inline, checks the text first, and shows the reply once saved', async () => {
    const { replies } = stubApi();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Reply to Casey' }));
    const casey = card('Casey');
    await userEvent.click(within(casey).getByRole('button', { name: 'Send reply' }));
    expect(await within(casey).findByText(en.common.required)).toBeTruthy();
    expect(replies).toHaveLength(0);

    await userEvent.type(within(casey).getByLabelText(/^Your reply/), 'Thank you, Casey!');
    await userEvent.click(within(casey).getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('Reply to Casey saved.')).toBeTruthy();
    expect(replies).toEqual([{ id: 'r1', body: { reply: 'Thank you, Casey!' } }]);
    await waitFor(() => expect(within(card('Casey')).getByText('Thank you, Casey!')).toBeTruthy());
    expect(within(card('Casey')).queryByRole('textbox')).toBeNull();
  });

  it('edits an earlier reply, starting from its text', async () => {
    const { replies } = stubApi();
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit reply to Milton' }));
    const field = within(card('Milton')).getByLabelText<HTMLTextAreaElement>(/^Your reply/);
    expect(field.value).toBe('Sorry about the stapler.');
    await userEvent.type(field, ' It is on its way.');
    await userEvent.click(within(card('Milton')).getByRole('button', { name: 'Save reply' }));
    await screen.findByText('Reply to Milton saved.');
    expect(replies).toEqual([{ id: 'r2', body: { reply: 'Sorry about the stapler. It is on its way.' } }]);
  });

  it('keeps the form and says why when the reply is refused', async () => {
    stubApi({ failReply: true });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Reply to Casey' }));
    await userEvent.type(within(card('Casey')).getByLabelText(/^Your reply/), 'Thanks');
    await userEvent.click(within(card('Casey')).getByRole('button', { name: 'Send reply' }));
    expect(await within(card('Casey')).findByRole('alert')).toBeTruthy();
    expect(within(card('Casey')).getByLabelText<HTMLTextAreaElement>(/^Your reply/).value).toBe('Thanks');
  });

  it('says so when the reviews cannot be loaded, and tries again', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        if (url.pathname === '/api/v1/reviews/summary') return json({ count: 0, average: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
        return fail ? json({ error: { code: 'INTERNAL', message: 'boom' } }, 500) : json({ data: [], next_cursor: null });
      }),
    );
    renderPage();
    expect(await screen.findByText(en.reviews.loadFailed)).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(en.reviews.empty)).toBeTruthy();
  });
});
