import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { DocumentListPage } from '../documents/DocumentListPage.tsx';
import type { KindSegment } from '../../lib/documentKinds.ts';
import type { InvoicePlan } from './queries.ts';

/** The portal API: the customer's subscribed plans, and empty lists of documents; every address asked kept. */
function stubApi(plans: InvoicePlan[]) {
  const requests: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      const body = url.pathname.endsWith('/invoices/plans') ? { data: plans } : { data: [], next_cursor: null };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  /** The queries of the document lists asked for (the plans left out). */
  const lists = () => requests.filter((url) => !url.pathname.endsWith('/plans')).map((url) => url.searchParams);
  return { requests, lists };
}

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.search}</output>;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderPage(address: string, segment: KindSegment = 'invoices') {
  return renderWithProviders(
    <PortalPage address={address}>
      <DocumentListPage segment={segment} />
      <Address />
    </PortalPage>,
    { i18n },
  );
}

const plans: InvoicePlan[] = [
  { id: 'plan-basic', name: 'Basic' },
  { id: 'plan-pro', name: 'Pro' },
];

describe('the invoices list’s plan filter', () => {
  it('asks for the plan of the address with the other filters, and shows it chosen', async () => {
    const api = stubApi(plans);
    renderPage('/invoices?plan=plan-pro&filter=unpaid&search=INV');
    const select = await screen.findByLabelText<HTMLSelectElement>('Plan');
    expect(select.value).toBe('plan-pro');
    expect([...select.options].map((option) => option.text)).toEqual(['All plans', 'Basic', 'Pro']);
    await waitFor(() => expect(api.lists().length).toBeGreaterThan(0));
    const query = api.lists()[0];
    expect([query?.get('plan_id'), query?.get('filter'), query?.get('search')]).toEqual(['plan-pro', 'unpaid', 'INV']);
  });

  it('keeps the chosen plan in the address and asks the server for it; "All plans" takes it out again', async () => {
    const user = userEvent.setup();
    const api = stubApi(plans);
    renderPage('/invoices?filter=paid');
    const select = await screen.findByLabelText('Plan');
    expect(api.lists()[0]?.get('plan_id')).toBeNull();
    await user.selectOptions(select, 'plan-basic');
    expect(screen.getByTestId('address').textContent).toBe('?filter=paid&plan=plan-basic');
    await waitFor(() => expect(api.lists().at(-1)?.get('plan_id')).toBe('plan-basic'));
    expect(api.lists().at(-1)?.get('filter')).toBe('paid');
    expect(await screen.findByText('Try “All plans”.')).toBeTruthy();
    await user.selectOptions(select, '');
    expect(screen.getByTestId('address').textContent).toBe('?filter=paid');
  });

  it('is not shown to a customer without subscriptions', async () => {
    const api = stubApi([]);
    renderPage('/invoices');
    await waitFor(() => expect(api.requests.some((url) => url.pathname.endsWith('/invoices/plans'))).toBe(true));
    await waitFor(() => expect(api.lists().length).toBeGreaterThan(0));
    expect(screen.queryByLabelText('Plan')).toBeNull();
  });

  it('names a plan of an old link the customer has no subscription on, rather than showing "All plans"', async () => {
    stubApi(plans);
    renderPage('/invoices?plan=plan-gone');
    const select = await screen.findByLabelText<HTMLSelectElement>('Plan');
    expect(select.selectedOptions[0]?.text).toBe('Another plan');
  });

  it('belongs to invoices only: other lists neither show it nor send a plan', async () => {
    const api = stubApi(plans);
    renderPage('/estimates?plan=plan-pro', 'estimates');
    await waitFor(() => expect(api.lists().length).toBeGreaterThan(0));
    expect(api.lists()[0]?.get('plan_id')).toBeNull();
    expect(api.requests.some((url) => url.pathname.endsWith('/invoices/plans'))).toBe(false);
    expect(screen.queryByLabelText('Plan')).toBeNull();
  });
});
