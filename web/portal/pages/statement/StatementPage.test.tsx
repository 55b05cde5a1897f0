import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import type { Statement } from './queries.ts';
import { StatementPage } from './StatementPage.tsx';

const statement = (from: string, to: string): Statement => ({
  customer: { id: 'cu1', display_name: 'Globex' },
  currency: 'USD',
  from,
  to,
  opening_balance_minor: 0,
  entries: [],
  closing_balance_minor: 0,
  invoiced_minor: 0,
  paid_minor: 0,
  credited_minor: 0,
  refunded_minor: 0,
  ageing: { current_minor: 0, days_1_30_minor: 0, days_31_60_minor: 0, days_61_90_minor: 0, over_90_minor: 0 },
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function stubStatements(answer: (query: URLSearchParams) => Response) {
  const queries: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      queries.push(url.search);
      return answer(url.searchParams);
    }),
  );
  return queries;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const renderPage = (address: string) => renderWithProviders(<PortalPage address={address}><StatementPage /></PortalPage>, { i18n, errorMessage, fieldMessage });

describe('the statement page', () => {
  it('shows this month by default and another named period when picked', async () => {
    const user = userEvent.setup();
    const queries = stubStatements((query) => json(200, query.get('period') === 'last_month' ? statement('2026-10-01', '2026-10-31') : statement('2026-11-01', '2026-11-30')));
    renderPage('/statement');
    await screen.findByTestId('closing-balance');
    await user.selectOptions(screen.getByLabelText(en.statement.period), 'last_month');
    await waitFor(() => expect(queries).toEqual(['?period=this_month', '?period=last_month']));
  });

  it('shows a refund as an entry of its own linking to its payment, and the refunds total', async () => {
    const withRefund: Statement = {
      ...statement('2026-11-01', '2026-11-30'),
      entries: [
        { date: '2026-11-10', type: 'payment', document_id: 'pay1', number: 'PAY-000002', description: 'INV-000001', amount_minor: -5_000, balance_minor: 5_000 },
        { date: '2026-11-12', type: 'refund', document_id: 'pay1', number: 'PAY-000002', description: 'INV-000001', amount_minor: 2_000, balance_minor: 7_000 },
      ],
      opening_balance_minor: 10_000,
      closing_balance_minor: 7_000,
      paid_minor: 5_000,
      refunded_minor: 2_000,
    };
    stubStatements(() => json(200, withRefund));
    renderPage('/statement');
    expect((await screen.findByTestId('closing-balance')).textContent).toBe('$70.00');
    const row = screen.getByText(en.statement.types.refund).closest('tr')!;
    expect(row.textContent).toContain('$20.00');
    expect(row.querySelector('a')?.getAttribute('href')).toMatch(/\/payments\/pay1$/);
    expect(screen.getByText(en.statement.refunded).nextSibling?.textContent).toBe('$20.00');
  });

  it('asks for custom dates only once both are chosen, then shows that period', async () => {
    const user = userEvent.setup();
    const queries = stubStatements(() => json(200, statement('2026-01-01', '2026-03-31')));
    renderPage('/statement?period=custom');
    expect(await screen.findByText(en.statement.pickDates)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.statement.show }));
    expect(queries).toEqual([]);

    await user.type(screen.getByLabelText(new RegExp(`^${en.statement.from}`)), '2026-01-01');
    await user.type(screen.getByLabelText(new RegExp(`^${en.statement.to}`)), '2026-03-31');
    await user.click(screen.getByRole('button', { name: en.statement.show }));
    await screen.findByTestId('closing-balance');
    expect(queries).toEqual(['?period=custom&from=2026-01-01&to=2026-03-31']);
  });

  it('says on the field which date the server refuses', async () => {
    const issue = { field: 'to', code: 'after_end', params: {}, message: 'must not be before from' };
    stubStatements(() => json(400, { error: { code: 'VALIDATION_FAILED', message: 'Invalid', details: [issue] } }));
    renderPage('/statement?period=custom&from=2026-03-31&to=2026-01-01');
    const to = screen.getByLabelText(new RegExp(`^${en.statement.to}`));
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${to.id}-error`)?.textContent).toBe(fieldMessage(i18n.t, issue));
  });
});
