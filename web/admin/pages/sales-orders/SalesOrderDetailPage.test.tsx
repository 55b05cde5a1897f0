import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import type { PackageSummary } from '../shipments/queries.ts';
import type { SalesOrder } from './queries.ts';
import { SalesOrderDetailPage } from './SalesOrderDetailPage.tsx';
import { storedOrder, storedOrderLine } from './test-orders.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const carriers = [
  { carrier: 'dhl', name: 'DHL', tracking_url_template: 'https://dhl.example/track?id={tracking_number}', default_template: 'https://dhl.example/track?id={tracking_number}', customized: false },
  { carrier: 'ups', name: 'UPS', tracking_url_template: 'https://ups.example/{tracking_number}', default_template: 'https://ups.example/{tracking_number}', customized: false },
];

function packageOf(order: SalesOrder, patch: Partial<PackageSummary> = {}): PackageSummary {
  return {
    id: 'pkg-1',
    number: 'PKG-000001',
    status: 'packed',
    sales_order: { id: order.id, number: order.number },
    customer: order.customer,
    package_date: '2026-12-02',
    notes: null,
    external_id: null,
    carrier: null,
    carrier_name: null,
    tracking_number: null,
    tracking_url: null,
    shipped_on: null,
    shipped_at: null,
    delivered_at: null,
    created_at: '2026-12-02T10:00:00.000Z',
    updated_at: '2026-12-02T10:00:00.000Z',
    ...patch,
  };
}

interface Answer {
  status: number;
  body: unknown;
  next?: SalesOrder;
  packages?: PackageSummary[];
}

/** A server holding one order and its packages; `write` answers every write. */
function serve(initial: SalesOrder, write: (request: Request, current: SalesOrder, packages: PackageSummary[]) => Answer, initialPackages: PackageSummary[] = []) {
  let current = initial;
  let packages = initialPackages;
  const writes: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      if (request.method === 'GET') {
        if (pathname === `/api/v1/sales-orders/${current.id}`) return json(current);
        if (pathname === `/api/v1/sales-orders/${current.id}/comments`) return json({ data: [] });
        if (pathname === '/api/v1/packages') return json({ data: packages, next_cursor: null });
        if (pathname === '/api/v1/carriers') return json({ data: carriers });
      }
      writes.push(request.clone());
      const answer = write(request, current, packages);
      if (answer.next) current = answer.next;
      if (answer.packages) packages = answer.packages;
      return json(answer.body, answer.status);
    }),
  );
  return {
    writes,
    change: (patch: Partial<SalesOrder>) => {
      current = { ...current, ...patch, version: current.version + 1 };
    },
  };
}

function renderPage(order: SalesOrder) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[`/sales-orders/${order.id}`]}>
        <Routes>
          <Route path="/sales-orders/:id" element={<SalesOrderDetailPage />} />
          <Route path="/invoices/:id" element={<p>The invoice</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

const heading = (order: SalesOrder) => screen.findByRole('heading', { level: 1, name: `Sales order ${order.number}` });

describe('the sales order page', () => {
  it('shows each line’s quantities and where its price came from, and the status history', async () => {
    const order = storedOrder({
      status: 'partially_shipped',
      lines: [storedOrderLine({ quantity: 10, committed_quantity: 6, packed_quantity: 4, shipped_quantity: 4, invoiced_quantity: 0 })],
      events: [
        { id: 'e1', status: 'draft', note: null, actor_type: 'staff', actor_name: 'Olivia Owner', created_at: '2026-12-01T10:00:00.000Z' },
        { id: 'e2', status: 'confirmed', note: null, actor_type: 'staff', actor_name: 'Olivia Owner', created_at: '2026-12-01T11:00:00.000Z' },
        { id: 'e3', status: 'partially_shipped', note: null, actor_type: 'system', actor_name: null, created_at: '2026-12-02T09:00:00.000Z' },
      ],
    });
    serve(order, () => ({ status: 500, body: {} }));
    renderPage(order);
    await heading(order);
    const row = screen.getByRole('row', { name: /Widget/ });
    expect(within(row).getByTestId('qty-ordered').textContent).toBe('10 pcs');
    expect(within(row).getByTestId('qty-packed').textContent).toBe('4');
    expect(within(row).getByTestId('qty-shipped').textContent).toBe('4');
    expect(within(row).getByText('Price list Wholesale, from 10')).toBeTruthy();
    const history = screen.getByRole('region', { name: 'Status history' });
    expect(within(history).getAllByRole('listitem').map((item) => item.querySelector('strong')?.textContent)).toEqual(['Draft', 'Confirmed', 'Partially shipped']);
    // Partly shipped: no cancelling, the rest can still be invoiced.
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Convert to invoice' })).toBeTruthy();
  });

  it('confirms with the version it shows, and says which line is short when stock is refused', async () => {
    const draft = storedOrder({ version: 3 });
    let short = true;
    const server = serve(draft, (_request, current) => {
      if (short) {
        short = false;
        return { status: 409, body: { error: { code: 'INSUFFICIENT_STOCK', message: 'short', details: { item_id: 'item-1', available: 2.5 } } } };
      }
      const next = { ...current, status: 'confirmed' as const, version: current.version + 1 };
      return { status: 200, body: next, next };
    });
    renderPage(draft);
    await heading(draft);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm order' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Confirm ${draft.number}?` })).getByRole('button', { name: 'Confirm order' }));
    await screen.findByText('Not enough stock of Widget: 2.5 available. Nothing was changed.');
    expect(screen.queryByRole('dialog')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Confirm order' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Confirm ${draft.number}?` })).getByRole('button', { name: 'Confirm order' }));
    await screen.findByText(`${draft.number} confirmed`);
    expect(server.writes.map((request) => [request.method, new URL(request.url).pathname, request.headers.get('if-match')])).toEqual([
      ['POST', `/api/v1/sales-orders/${draft.id}/confirm`, '"3"'],
      ['POST', `/api/v1/sales-orders/${draft.id}/confirm`, '"3"'],
    ]);
    await waitFor(() => expect(screen.queryByText(/Not enough stock/)).toBeNull());
  });

  it('shows the order again and says it changed when an approval is refused as stale', async () => {
    const pending = storedOrder({ status: 'pending_approval', placed_via: 'portal', version: 2 });
    const server = serve(pending, (_request, current) => ({ status: 409, body: { error: { code: 'STALE_VERSION', message: 'changed', details: { version: current.version } } } }));
    renderPage(pending);
    await heading(pending);
    server.change({ po_number: 'PO-CHANGED' });
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: `Approve ${pending.number}?` })).getByRole('button', { name: 'Approve' }));
    await screen.findByText(en.salesOrders.changedMeanwhile);
    await screen.findByText('PO-CHANGED');
    expect(server.writes[0]?.headers.get('if-match')).toBe('"2"');
  });

  it('cancels only with a reason, and explains a status that no longer allows it', async () => {
    const confirmed = storedOrder({ status: 'confirmed', version: 4 });
    const server = serve(confirmed, () => ({ status: 409, body: { error: { code: 'STATE_CONFLICT', message: 'shipped', details: {} } } }));
    renderPage(confirmed);
    await heading(confirmed);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = screen.getByRole('dialog', { name: `Cancel ${confirmed.number}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await screen.findByText(en.salesOrders.errors.reason);
    expect(server.writes).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText(/^Reason/), ' Customer changed their mind ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await screen.findByText(en.salesOrders.statusChangedMeanwhile);
    expect(await server.writes[0]?.json()).toEqual({ reason: 'Customer changed their mind' });
    expect(server.writes[0]?.headers.get('if-match')).toBe('"4"');
  });

  it('packs the remaining quantities by default, ships the package with a carrier and shows its tracking link', async () => {
    const order = storedOrder({ status: 'confirmed', lines: [storedOrderLine({ quantity: 10, committed_quantity: 10, packed_quantity: 4 })] });
    const server = serve(order, (request, current, packages) => {
      const { pathname } = new URL(request.url);
      if (pathname.endsWith('/packages')) {
        const created = packageOf(current);
        const next = { ...current, lines: [{ ...current.lines[0]!, packed_quantity: 10 }], version: current.version + 1 };
        return { status: 201, body: { ...created, lines: [] }, next, packages: [...packages, created] };
      }
      const shipped = packageOf(current, { status: 'shipped', carrier: 'dhl', carrier_name: 'DHL', tracking_number: 'JD0001', tracking_url: 'https://dhl.example/track?id=JD0001', shipped_on: '2026-12-02' });
      return { status: 200, body: { ...shipped, lines: [] }, packages: [shipped] };
    });
    renderPage(order);
    await heading(order);
    await screen.findByText(en.packages.empty);
    await userEvent.click(screen.getByRole('button', { name: 'Create package' }));
    const packDialog = screen.getByRole('dialog', { name: `Create a package for ${order.number}` });
    const quantity = within(packDialog).getByLabelText<HTMLInputElement>('Quantity of Widget');
    expect(quantity.value).toBe('6');
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '7');
    await userEvent.click(within(packDialog).getByRole('button', { name: 'Create package' }));
    await within(packDialog).findByText(en.packages.errors.moreThanLeft);
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '5');
    await userEvent.click(within(packDialog).getByRole('button', { name: 'Create package' }));
    await screen.findByText('Package PKG-000001 created');
    expect(await server.writes[0]?.json()).toMatchObject({ lines: [{ sales_order_line_id: 'line-1', quantity: 5 }] });

    await userEvent.click(await screen.findByRole('button', { name: 'Ship PKG-000001' }));
    const shipDialog = screen.getByRole('dialog', { name: 'Ship PKG-000001' });
    await within(shipDialog).findByRole('option', { name: 'DHL' });
    await userEvent.selectOptions(within(shipDialog).getByLabelText(/^Carrier/), 'dhl');
    await userEvent.type(within(shipDialog).getByLabelText(/^Tracking number/), 'JD0001');
    await userEvent.click(within(shipDialog).getByRole('button', { name: 'Ship' }));
    await screen.findByText('PKG-000001 shipped');
    const link = await screen.findByRole('link', { name: /JD0001/ });
    expect(link.getAttribute('href')).toBe('https://dhl.example/track?id=JD0001');
    const ship = server.writes[1]!;
    expect([ship.method, new URL(ship.url).pathname]).toEqual(['POST', '/api/v1/packages/pkg-1/ship']);
    expect(await ship.json()).toMatchObject({ carrier: 'dhl', tracking_number: 'JD0001' });
  });

  it('converts what has shipped to an invoice and links to it', async () => {
    const order = storedOrder({ status: 'partially_shipped', version: 6, lines: [storedOrderLine({ quantity: 10, packed_quantity: 4, shipped_quantity: 4 })] });
    const server = serve(order, (_request, current) => {
      const next = { ...current, lines: [{ ...current.lines[0]!, invoiced_quantity: 4 }], invoices: [{ id: 'inv-1', number: 'INV-000001', status: 'draft', issue_date: '2026-12-02', total_minor: 3_400, balance_minor: 3_400 }], version: current.version + 1 };
      return { status: 201, body: { id: 'inv-1', number: 'INV-000001' }, next };
    });
    renderPage(order);
    await heading(order);
    await userEvent.click(screen.getByRole('button', { name: 'Convert to invoice' }));
    const dialog = screen.getByRole('dialog', { name: `Invoice ${order.number}` });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('What to invoice').value).toBe('shipped');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Convert to invoice' }));
    await screen.findByText('Invoice INV-000001 was created from this order.', { exact: false });
    expect(await server.writes[0]?.json()).toEqual({ mode: 'shipped' });
    expect(server.writes[0]?.headers.get('if-match')).toBe('"6"');
    await userEvent.click(screen.getByRole('link', { name: 'Open INV-000001' }));
    await screen.findByText('The invoice');
  });
});
