import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PaymentListPage } from './PaymentListPage.tsx';
import type { PaymentSummary } from './queries.ts';

const payment = (n: number): PaymentSummary => ({
  id: `p${n}`,
  number: `PAY-${String(n).padStart(3, '0')}`,
  customer: { id: 'cu1', display_name: 'Globex' },
  currency: 'USD',
  amount_minor: n * 1000,
  method: 'bank_transfer',
  status: 'completed',
  paid_on: '2026-11-02',
  reference: null,
  allocations: [{ document_id: `i${n}`, kind: 'invoice', number: `INV-${n}`, amount_minor: n * 1000 }],
  refunded_minor: 0,
  left_minor: n * 1000,
  refunds: [],
  created_at: '2026-11-02T10:00:00.000Z',
});

/** The portal API's payments list: pages by cursor, each answer held until the test lets it go. */
function stubPayments(pages: Record<string, { data: PaymentSummary[]; next_cursor: string | null }>) {
  const requests: URL[] = [];
  const held: (() => void)[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      const page = pages[url.searchParams.get('cursor') ?? 'first'];
      return new Promise<Response>((resolve) => {
        held.push(() => resolve(new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } })));
      });
    }),
  );
  const release = async () => {
    await waitFor(() => expect(held.length).toBeGreaterThan(0));
    for (const answer of held.splice(0)) answer();
  };
  return { requests, release };
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderPage(address = '/payments') {
  return renderWithProviders(
    <PortalPage address={address}>
      <PaymentListPage />
    </PortalPage>,
    { i18n },
  );
}

describe('the payments list', () => {
  it('asks for the search and sort of the address, 25 at a time, and shows each payment with what it paid', async () => {
    const server = stubPayments({ first: { data: [payment(1)], next_cursor: null } });
    renderPage('/payments?search=PAY&sort=amount');
    await server.release();
    const row = (await screen.findByRole('link', { name: 'PAY-001' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('INV-1')).toBeTruthy();
    const query = server.requests[0]?.searchParams;
    expect([query?.get('search'), query?.get('sort'), query?.get('limit'), query?.get('cursor')]).toEqual(['PAY', 'amount', '25', null]);
    expect(screen.getByRole('status').textContent).toBe('1 shown');
  });

  it('loads the next page once however often "Load more" is pressed, and shows no payment twice', async () => {
    const user = userEvent.setup();
    // The second page repeats the last payment of the first, as a page boundary can after a new payment.
    const server = stubPayments({
      first: { data: [payment(1), payment(2)], next_cursor: 'c2' },
      c2: { data: [payment(2), payment(3)], next_cursor: null },
    });
    renderPage();
    await server.release();
    const more = await screen.findByRole('button', { name: 'Load more' });
    await user.click(more);
    await user.click(more);
    await user.dblClick(more);
    expect(server.requests.map((url) => url.searchParams.get('cursor'))).toEqual([null, 'c2']);
    await server.release();
    await screen.findByRole('link', { name: 'PAY-003' });
    expect(screen.getAllByRole('link', { name: /^PAY-/ }).map((link) => link.textContent)).toEqual(['PAY-001', 'PAY-002', 'PAY-003']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('3 shown');
  });

  it('says when no payment matches the search', async () => {
    const server = stubPayments({ first: { data: [], next_cursor: null } });
    renderPage('/payments?search=nothing');
    await server.release();
    expect(await screen.findByText(en.docs.noMatch.replace('{{search}}', 'nothing'))).toBeTruthy();
  });
});
