import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { OverdueInstalments } from '../dashboard/OverdueInstalments.tsx';
import { PaymentSchedule } from './PaymentSchedule.tsx';
import type { OverdueInstalment, PaymentSchedule as Schedule } from './schedule-queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function serve(answers: Record<string, unknown>) {
  const paths: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      paths.push(pathname);
      const key = Object.keys(answers).find((suffix) => pathname.endsWith(suffix));
      return new Response(JSON.stringify(key ? answers[key] : { error: { code: 'NOT_FOUND', message: 'no' } }), { status: key ? 200 : 404, headers: { 'content-type': 'application/json' } });
    }),
  );
  return paths;
}

const schedule: Schedule = {
  document_id: 'inv1',
  currency: 'USD',
  total_minor: 10_000,
  balance_minor: 7_000,
  due_now_minor: 3_500,
  overdue: false,
  matches_total: true,
  instalments: [
    { id: 'a', kind: 'deposit', position: 1, amount_minor: 3_000, percent_basis_points: 3_000, due_date: '2026-11-01', paid_minor: 3_000, remaining_minor: 0, status: 'paid' },
    { id: 'b', kind: 'instalment', position: 2, amount_minor: 3_500, percent_basis_points: null, due_date: '2026-12-02', paid_minor: 0, remaining_minor: 3_500, status: 'due' },
    { id: 'c', kind: 'instalment', position: 3, amount_minor: 3_500, percent_basis_points: null, due_date: '2027-01-02', paid_minor: 0, remaining_minor: 3_500, status: 'upcoming' },
  ],
};

describe('the portal’s payment schedule', () => {
  it('shows each instalment with a real table, its status and what is due now', async () => {
    const paths = serve({ '/invoices/inv1/payment-schedule': schedule });
    renderWithProviders(
      <PortalPage address="/invoices/inv1">
        <PaymentSchedule segment="invoices" id="inv1" number="INV-000001" />
      </PortalPage>,
      { i18n },
    );
    const table = await screen.findByRole('table', { name: 'Payment schedule of INV-000001' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Instalment', 'Due date', 'Amount', 'Paid', 'Status']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Deposit', 'Instalment 2', 'Instalment 3']);
    expect(within(table).getByText('Due today')).toBeTruthy();
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === 'Due now: $35.00')).toBeTruthy();
    expect(paths[0]).toMatch(/\/api\/invoices\/inv1\/payment-schedule$/);
  });

  it('shows nothing for an invoice without a schedule', async () => {
    const paths = serve({ '/payment-schedule': { ...schedule, instalments: [], due_now_minor: 7_000 } });
    const { container } = renderWithProviders(
      <PortalPage address="/retainer-invoices/r1">
        <PaymentSchedule segment="retainer-invoices" id="r1" number="RET-000001" />
      </PortalPage>,
      { i18n },
    );
    await vi.waitFor(() => expect(paths.length).toBe(1));
    expect(paths[0]).toMatch(/\/api\/retainer-invoices\/r1\/payment-schedule$/);
    expect(container.querySelector('section')).toBeNull();
  });

  it('lists overdue instalments on the dashboard, each linking to its document', async () => {
    const overdue: OverdueInstalment[] = [
      { document_id: 'inv1', kind: 'invoice', number: 'INV-000001', due_date: '2026-11-25', remaining_minor: 3_000, currency: 'USD' },
      { document_id: 'r1', kind: 'retainer_invoice', number: 'RET-000001', due_date: '2026-11-30', remaining_minor: 300, currency: 'USD' },
    ];
    serve({ '/payment-schedules/overdue': { data: overdue } });
    renderWithProviders(
      <PortalPage address="/">
        <OverdueInstalments />
      </PortalPage>,
      { i18n },
    );
    const card = await screen.findByRole('region', { name: 'Overdue instalments' });
    const table = within(card).getByRole('table', { name: 'Instalments past their due date' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Invoice', 'Due date', 'Remaining']);
    expect(within(table).getByRole('link', { name: 'RET-000001' }).getAttribute('href')).toMatch(/\/retainer-invoices\/r1$/);
    expect(within(table).getByText('$30.00')).toBeTruthy();
  });

  it('shows no card when nothing is overdue', async () => {
    const paths = serve({ '/payment-schedules/overdue': { data: [] } });
    const { container } = renderWithProviders(
      <PortalPage address="/">
        <OverdueInstalments />
      </PortalPage>,
      { i18n },
    );
    await vi.waitFor(() => expect(paths.length).toBe(1));
    expect(container.querySelector('section')).toBeNull();
  });
});
