import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { DocumentDetailPage } from './DocumentDetailPage.tsx';
import { storedDocument } from './test-documents.ts';
import type { BillingDocument } from './queries.ts';
import { storedPlan, storedSubscription } from '../subscriptions/test-subscriptions.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A server holding one document; `write` answers the document's POSTs (send, void…). */
function serve(initial: BillingDocument, write: (request: Request, current: BillingDocument) => { status: number; body: unknown; next?: BillingDocument }) {
  let current = initial;
  const writes: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET' && pathname === `/api/v1/estimates/${current.id}`) return json(current);
      if (request.method === 'GET' && pathname === `/api/v1/invoices/${current.id}`) return json(current);
      if (request.method === 'GET' && (pathname.endsWith('/comments') || pathname.endsWith('/views'))) return json({ data: [] });
      if (request.method === 'GET' && pathname === '/api/v1/disputes') return json({ data: [], next_cursor: null });
      if (request.method === 'GET' && pathname.endsWith('/payment-schedule')) return json({ document_id: current.id, currency: current.currency, total_minor: current.total_minor, balance_minor: current.balance_minor, instalments: [], due_now_minor: current.balance_minor, overdue: false, matches_total: true });
      writes.push(request.clone());
      const answer = write(request, current);
      if (answer.next) current = answer.next;
      return json(answer.body, answer.status);
    }),
  );
  return {
    writes,
    /** Someone else changes the document meanwhile. */
    change: (patch: Partial<BillingDocument>) => {
      current = { ...current, ...patch, version: current.version + 1 };
    },
  };
}

function renderPage(path: string, kind: 'invoice' | 'estimate') {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/invoices/:id" element={<DocumentDetailPage kind={kind} />} />
          <Route path="/estimates/:id" element={<DocumentDetailPage kind={kind} />} />
          <Route path="/subscriptions/:id" element={<p>The new subscription</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

const stale = (current: BillingDocument) => ({ status: 409, body: { error: { code: 'STALE_VERSION', message: 'changed', details: { version: current.version } } } });

describe('the document page', () => {
  it('sends with the version it shows as If-Match', async () => {
    const draft = storedDocument({ status: 'draft', version: 3 });
    const server = serve(draft, (_request, current) => {
      const sent = { ...current, status: 'sent' as const, version: current.version + 1 };
      return { status: 200, body: sent, next: sent };
    });
    renderPage(`/invoices/${draft.id}`, 'invoice');
    await userEvent.click(await screen.findByRole('button', { name: 'Send' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Send ${draft.number}?` })).getByRole('button', { name: 'Send' }));
    await screen.findByText(`${draft.number} sent`);
    expect(server.writes.map((request) => [request.method, new URL(request.url).pathname, request.headers.get('if-match')])).toEqual([['POST', `/api/v1/invoices/${draft.id}/send`, '"3"']]);
  });

  it('offers an invoice as a UBL or Factur-X e-invoice beside its PDF, and an estimate only as PDF', async () => {
    const invoice = storedDocument({ status: 'sent' });
    serve(invoice, () => ({ status: 500, body: {} }));
    const { unmount } = renderPage(`/invoices/${invoice.id}`, 'invoice');
    await userEvent.click(await screen.findByText('Download e-invoice'));
    expect(screen.getByRole('link', { name: 'UBL XML (Peppol BIS 3)' }).getAttribute('href')).toBe(`/api/v1/invoices/${invoice.id}/e-invoice?format=ubl`);
    expect(screen.getByRole('link', { name: 'Factur-X PDF' }).getAttribute('href')).toBe(`/api/v1/invoices/${invoice.id}/e-invoice?format=facturx`);
    unmount();
    const estimate = storedDocument({ kind: 'estimate', status: 'sent' });
    serve(estimate, () => ({ status: 500, body: {} }));
    renderPage(`/estimates/${estimate.id}`, 'estimate');
    await screen.findByRole('link', { name: /Download PDF/ });
    expect(screen.queryByText('Download e-invoice')).toBeNull();
  });

  it('emails a reminder of an open invoice and says to how many contacts it went', async () => {
    const open = storedDocument({ status: 'sent', balance_minor: 5_000, total_minor: 5_000, version: 2 });
    const server = serve(open, (_request, current) => ({ status: 200, body: { document_id: current.id, number: current.number, overdue: false, recipients: [{ contact_person_id: 'c1', email: 'a@example.test', pay_link: true }] } }));
    renderPage(`/invoices/${open.id}`, 'invoice');
    await userEvent.click(await screen.findByRole('button', { name: 'Send reminder' }));
    await screen.findByText(`Reminder for ${open.number} sent to 1 contact(s)`);
    expect(server.writes.map((request) => [request.method, new URL(request.url).pathname])).toEqual([['POST', `/api/v1/invoices/${open.id}/remind`]]);
  });

  it('shows the document again and says it changed when the send is refused as stale, then sends the new version', async () => {
    const draft = storedDocument({ status: 'draft', version: 3 });
    const server = serve(draft, (request, current) => {
      if (request.headers.get('if-match') !== `"${current.version}"`) return stale(current);
      const sent = { ...current, status: 'sent' as const, version: current.version + 1 };
      return { status: 200, body: sent, next: sent };
    });
    renderPage(`/invoices/${draft.id}`, 'invoice');
    await screen.findByRole('heading', { level: 1, name: `Invoice ${draft.number}` });
    server.change({ reference: 'Changed in another tab' });

    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Send ${draft.number}?` })).getByRole('button', { name: 'Send' }));
    await screen.findByText(en.documents.changedMeanwhile);
    // The page fetched the document again: it shows the change, and the dialog is closed.
    await screen.findByText('Changed in another tab');
    expect(screen.queryByRole('dialog', { name: `Send ${draft.number}?` })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Send ${draft.number}?` })).getByRole('button', { name: 'Send' }));
    await screen.findByText(`${draft.number} sent`);
    expect(server.writes.map((request) => request.headers.get('if-match'))).toEqual(['"3"', '"4"']);
    await waitFor(() => expect(screen.queryByText(en.documents.changedMeanwhile)).toBeNull());
  });

  it('explains a status that no longer allows the action and shows where the document stands', async () => {
    const accepted = storedDocument({ kind: 'estimate', number: 'EST-000002', status: 'accepted', version: 5 });
    const server = serve(accepted, (_request, current) => ({ status: 409, body: { error: { code: 'STATE_CONFLICT', message: 'invoiced', details: { status: 'invoiced', action: 'convert', version: current.version } } } }));
    renderPage(`/estimates/${accepted.id}`, 'estimate');
    await userEvent.click(await screen.findByRole('button', { name: 'Convert to invoice' }));
    server.change({ status: 'invoiced' });
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Convert to invoice' }));
    await screen.findByText(en.documents.statusChangedMeanwhile);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Convert to invoice' })).toBeNull());
    expect(screen.getAllByText('Invoiced').length).toBeGreaterThan(0);
    expect(server.writes[0]?.headers.get('if-match')).toBe('"5"');
  });

  it('marks an estimate accepted with the name typed and the version shown, and keeps other failures in the dialog', async () => {
    const sent = storedDocument({ kind: 'estimate', number: 'EST-000003', status: 'sent', version: 2 });
    let refuse = true;
    const server = serve(sent, (_request, current) => {
      if (refuse) {
        refuse = false;
        return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'name: too long', details: [{ field: 'name', code: 'too_big', params: { maximum: 200 }, message: 'too long' }] } } };
      }
      const next = { ...current, status: 'accepted' as const, version: current.version + 1 };
      return { status: 200, body: next, next };
    });
    renderPage(`/estimates/${sent.id}`, 'estimate');
    await userEvent.click(await screen.findByRole('button', { name: 'Mark as accepted' }));
    const dialog = screen.getByRole('dialog', { name: `Mark ${sent.number} as accepted?` });
    await userEvent.type(within(dialog).getByLabelText('Accepted by (optional)'), ' Dora, by phone ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as accepted' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Accepted by (optional)').getAttribute('aria-invalid')).toBe('true'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark as accepted' }));
    await screen.findByText(`${sent.number} marked as accepted`);
    expect(server.writes).toHaveLength(2);
    expect(server.writes[1]?.headers.get('if-match')).toBe('"2"');
    expect(await server.writes[1]?.json()).toEqual({ name: 'Dora, by phone' });
  });

  it('starts a subscription from an accepted estimate on a plan of its currency and opens it', async () => {
    const accepted = storedDocument({ kind: 'estimate', number: 'EST-000004', status: 'accepted', currency: 'EUR', version: 4 });
    const plans = [storedPlan({ id: 'plan-eur', name: 'Team', currency: 'EUR' }), storedPlan({ id: 'plan-usd', name: 'Dollar team', currency: 'USD' })];
    const server = serve(accepted, (request) => {
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/v1/plans') return { status: 200, body: { data: plans, next_cursor: null } };
      return { status: 201, body: storedSubscription({ id: 'sub-9', number: 'SUB-000009', customer_id: accepted.customer.id, quantity: 3 }) };
    });
    renderPage(`/estimates/${accepted.id}`, 'estimate');
    await userEvent.click(await screen.findByRole('button', { name: en.documents.startSubscription }));
    const dialog = screen.getByRole('dialog', { name: `Start a subscription from ${accepted.number}` });
    const plan = await within(dialog).findByLabelText(en.subscriptions.plan, { exact: false });
    expect(within(plan).queryByRole('option', { name: /Dollar team/ })).toBeNull();
    await userEvent.selectOptions(plan, 'plan-eur');
    const quantity = within(dialog).getByLabelText(en.subscriptions.quantity, { exact: false });
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '3');
    await userEvent.click(within(dialog).getByRole('button', { name: en.documents.startSubscription }));
    await screen.findByText('The new subscription');
    const posts = server.writes.filter((request) => request.method === 'POST');
    expect(posts.map((request) => new URL(request.url).pathname)).toEqual([`/api/v1/estimates/${accepted.id}/subscription`]);
    expect(await posts[0]?.json()).toEqual({ plan_id: 'plan-eur', quantity: 3 });
  });
});
