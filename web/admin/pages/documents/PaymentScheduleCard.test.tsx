import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import en from '../../locales/en.json';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { PaymentScheduleCard } from './PaymentScheduleCard.tsx';
import type { PaymentSchedule } from './schedule-form.ts';
import { storedDocument } from './test-documents.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const invoice = storedDocument({ status: 'sent', total_minor: 10_000, balance_minor: 6_000, currency: 'EUR' });
const empty: PaymentSchedule = { document_id: invoice.id, currency: 'EUR', total_minor: 10_000, balance_minor: 6_000, instalments: [], due_now_minor: 6_000, overdue: false, matches_total: true };
const planned: PaymentSchedule = {
  ...empty,
  due_now_minor: 2_000,
  instalments: [
    { id: 'i1', kind: 'deposit', position: 1, amount_minor: 2_000, percent_basis_points: null, due_date: '2026-11-01', paid_minor: 2_000, remaining_minor: 0, status: 'paid' },
    { id: 'i2', kind: 'instalment', position: 2, amount_minor: 8_000, percent_basis_points: 8_000, due_date: '2026-12-01', paid_minor: 2_000, remaining_minor: 6_000, status: 'overdue' },
  ],
};

function serve(put: (body: unknown) => { status: number; body: unknown }) {
  let current = empty;
  const bodies: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'GET') return json(current);
      const body: unknown = await request.json();
      bodies.push(body);
      const answer = put(body);
      if (answer.status === 200) current = answer.body as PaymentSchedule;
      return json(answer.body, answer.status);
    }),
  );
  return { bodies };
}

function renderCard() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <PaymentScheduleCard document={invoice} />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the payment schedule card', () => {
  it('edits a schedule with a live sum and shows the server’s refusal on the field it names', async () => {
    let refuse = true;
    const server = serve(() => {
      if (refuse) {
        refuse = false;
        return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message: 'no', details: [{ field: 'instalments.1.due_date', code: 'invalid', params: {}, message: 'must be after the previous' }] } } };
      }
      return { status: 200, body: planned };
    });
    renderCard();
    await screen.findByText(en.schedule.none);
    await userEvent.click(screen.getByRole('button', { name: en.schedule.create }));
    const dialog = screen.getByRole('dialog', { name: 'Payment schedule of INV-000001' });
    const first = within(dialog).getByRole('group', { name: 'Row 1' });
    await userEvent.selectOptions(within(first).getByLabelText('Type'), 'deposit');
    await userEvent.type(within(first).getByLabelText(/^Amount \(EUR\)/), '20');
    await userEvent.type(within(first).getByLabelText(/^Due date/), '2026-11-01');
    await userEvent.click(within(dialog).getByRole('button', { name: en.schedule.addRow }));
    const second = within(dialog).getByRole('group', { name: 'Row 2' });
    await userEvent.selectOptions(within(second).getByLabelText('Given as'), 'percent');
    await userEvent.type(within(second).getByLabelText(/^Percentage/), '80');
    await userEvent.type(within(second).getByLabelText(/^Due date/), '2026-10-01');
    expect(within(dialog).getByRole('status').textContent).toBe('Sum: €100.00 of €100.00');
    expect(within(second).getByText('Comes to €80.00')).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: en.schedule.save }));
    await waitFor(() => expect(within(second).getByLabelText(/^Due date/).getAttribute('aria-invalid')).toBe('true'));
    expect(within(second).getByText(en.schedule.errors.notAscending)).toBeTruthy();
    expect(server.bodies[0]).toEqual({
      instalments: [
        { kind: 'deposit', amount_minor: 2_000, due_date: '2026-11-01' },
        { kind: 'instalment', percent_basis_points: 8_000, due_date: '2026-10-01' },
      ],
    });

    const due = within(second).getByLabelText(/^Due date/);
    await userEvent.clear(due);
    await userEvent.type(due, '2026-12-01');
    await userEvent.click(within(dialog).getByRole('button', { name: en.schedule.save }));
    await screen.findByText('The payment schedule of INV-000001 was saved.');
    const table = await screen.findByRole('table', { name: 'Payment schedule of INV-000001' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Instalment', 'Due date', 'Amount', 'Paid', 'Remaining', 'Status']);
    expect(within(table).getByRole('rowheader', { name: 'Deposit' })).toBeTruthy();
    expect(within(table).getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('Due now: €20.00')).toBeTruthy();
  });

  it('warns while the rows miss the total', async () => {
    serve(() => ({ status: 200, body: planned }));
    renderCard();
    await userEvent.click(await screen.findByRole('button', { name: en.schedule.create }));
    const dialog = screen.getByRole('dialog');
    // The dialog puts focus on its first field in the next frame; typing starts once it has.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('SELECT'));
    await userEvent.type(within(dialog).getByLabelText(/^Amount \(EUR\)/), '99');
    expect(await within(dialog).findByText('The rows must add up to the total exactly (difference: €1.00).')).toBeTruthy();
  });
});
