import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PaymentDetailPage } from './PaymentDetailPage.tsx';
import type { Payment } from './queries.ts';
import { json, onlineTestPayment, testPayment } from './test-payments.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

interface Posted {
  path: string;
  key: string | null;
  body: unknown;
}

/** Serves the payment (as it stands after the refunds answered so far) and answers refunds with `answers` in turn. */
function serve(payment: Payment, answers: ((body: { amount_minor: number; reason?: string }) => Response)[], refundList?: unknown[]) {
  const posted: Posted[] = [];
  let current = payment;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'GET') return url.pathname.endsWith('/refunds') && refundList ? json({ data: refundList }) : json(current);
      const body = (await request.json()) as { amount_minor: number; reason?: string };
      posted.push({ path: url.pathname, key: request.headers.get('idempotency-key'), body });
      const answer = answers[posted.length - 1]?.(body) ?? json({ error: { code: 'INTERNAL', message: 'no answer' } }, 500);
      if (answer.status === 201) {
        const refund = (await answer.clone().json()) as { id: string; amount_minor: number; status: 'succeeded'; reason: string | null; created_at: string };
        current = { ...current, refunded_minor: current.refunded_minor + refund.amount_minor, refunds: [...current.refunds, { id: refund.id, amount_minor: refund.amount_minor, status: refund.status, reason: refund.reason, created_at: refund.created_at }] };
      }
      return answer;
    }),
  );
  return posted;
}

const refunded = (body: { amount_minor: number; reason?: string }, status = 'succeeded') =>
  json({ id: `ref-${body.amount_minor}-${status}`, payment_id: 'pay-2', amount_minor: body.amount_minor, currency: 'EUR', status, reason: body.reason ?? null, created_at: '2026-11-22T10:00:00.000Z' }, 201);

function renderPage(id: string) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[`/payments/${id}`]}>
        <Routes>
          <Route path="/payments/:id" element={<PaymentDetailPage />} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the payment page’s refunds', () => {
  it('shows an online payment’s card, gateway and payer, and refunds half with a reason', async () => {
    const posted = serve(onlineTestPayment(), [(body) => refunded(body)]);
    renderPage('pay-2');
    expect(await screen.findByText('Card · Visa ending 4242')).toBeTruthy();
    expect(screen.getByText('pi_test_123')).toBeTruthy();
    expect(screen.getByText('Billie Payer')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund payment PAY-000002' });
    const amount = within(dialog).getByLabelText<HTMLInputElement>(/^Amount to refund \(EUR\)/);
    // The rest, by default.
    expect(amount.value).toBe('100.00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '50');
    await userEvent.type(within(dialog).getByLabelText('Reason'), 'Half the order came back');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));

    expect(await screen.findByText('Refunded €50.00.')).toBeTruthy();
    expect(posted).toEqual([{ path: '/api/v1/payments/pay-2/refunds', key: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/), body: { amount_minor: 5_000, reason: 'Half the order came back' } }]);
    // The refund list and what is left, once the payment was read again.
    const refunds = await screen.findByRole('table', { name: 'Refunds' });
    expect(within(refunds).getByText('Half the order came back')).toBeTruthy();
    expect(within(refunds).getByText('€50.00')).toBeTruthy();
    expect(screen.getByText('Left to refund').nextElementSibling?.textContent).toBe('€50.00');
  });

  it('keeps the idempotency key across retries in one dialog, and makes a new one for the next', async () => {
    const posted = serve(onlineTestPayment(), [() => json({ error: { code: 'INTERNAL', message: 'The server had a problem.' } }, 500), (body) => refunded(body), (body) => refunded(body, 'pending')]);
    renderPage('pay-2');
    await userEvent.click(await screen.findByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund payment PAY-000002' });
    await userEvent.clear(within(dialog).getByLabelText(/^Amount to refund/));
    await userEvent.type(within(dialog).getByLabelText(/^Amount to refund/), '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    // Still open, with the error; the same request again.
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('Refunded €10.00.')).toBeTruthy();
    expect(posted[1]?.key).toBe(posted[0]?.key);

    await userEvent.click(await screen.findByRole('button', { name: 'Refund' }));
    const again = screen.getByRole('dialog', { name: 'Refund payment PAY-000002' });
    await waitFor(() => expect(within(again).getByLabelText<HTMLInputElement>(/^Amount to refund/).value).toBe('90.00'));
    await userEvent.click(within(again).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('The refund of €90.00 is being processed.')).toBeTruthy();
    expect(posted[2]?.key).not.toBe(posted[0]?.key);
    expect(posted[2]?.body).toEqual({ amount_minor: 9_000 });
  });

  it('lists the refunds from the payment’s refund list, with when each completed and why one failed', async () => {
    const own = [
      { id: 'ref-1', amount_minor: 2_000, status: 'succeeded' as const, reason: 'Damaged', created_at: '2026-11-21T10:00:00.000Z' },
      { id: 'ref-2', amount_minor: 1_000, status: 'failed' as const, reason: null, created_at: '2026-11-22T10:00:00.000Z' },
    ];
    const listed = [
      { ...own[0]!, payment_id: 'pay-2', currency: 'EUR', failure_message: null, documents: [{ document_id: 'inv-1', amount_minor: 2_000 }], completed_at: '2026-11-21T11:00:00.000Z' },
      { ...own[1]!, payment_id: 'pay-2', currency: 'EUR', failure_message: 'The card was closed', documents: [], completed_at: '2026-11-22T11:00:00.000Z' },
    ];
    serve(onlineTestPayment({ refunded_minor: 2_000, refunds: own }), [], listed);
    renderPage('pay-2');
    expect(await screen.findByText('The card was closed')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Refunds' });
    expect(within(table).getByText('Damaged')).toBeTruthy();
    expect(within(table).getByText('Failed')).toBeTruthy();
    expect(within(table).getByText('Refunded')).toBeTruthy();
    expect(screen.getByText('Left to refund').nextElementSibling?.textContent).toBe('€80.00');
  });

  it('refuses more than is left before asking, and shows the server’s refusal on the amount', async () => {
    const issue = { field: 'amount_minor', code: 'too_big', params: { maximum: 2_500, origin: 'number' }, message: 'is more than is left to refund' };
    const posted = serve(onlineTestPayment({ refunded_minor: 7_500, refunds: [{ id: 'ref-0', amount_minor: 7_500, status: 'succeeded', reason: null, created_at: '2026-11-21T10:00:00.000Z' }] }), [
      () => json({ error: { code: 'VALIDATION_FAILED', message: 'amount_minor: is more than is left to refund', details: [issue] } }, 400),
    ]);
    renderPage('pay-2');
    await userEvent.click(await screen.findByRole('button', { name: 'Refund' }));
    const dialog = screen.getByRole('dialog', { name: 'Refund payment PAY-000002' });
    const amount = within(dialog).getByLabelText<HTMLInputElement>(/^Amount to refund/);
    expect(amount.value).toBe('25.00');
    await userEvent.clear(amount);
    await userEvent.type(amount, '30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(await within(dialog).findByText('At most €25.00 can be refunded.')).toBeTruthy();
    expect(posted).toHaveLength(0);

    await userEvent.clear(amount);
    await userEvent.type(amount, '20');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(posted).toHaveLength(1);
  });

  it('offers a refund of an offline payment too, recorded as money given back', async () => {
    serve(testPayment(), []);
    renderPage(testPayment().id);
    expect(await screen.findByRole('button', { name: 'Refund' })).toBeTruthy();
  });

  it('offers no refund for a pending payment or one refunded in full', async () => {
    for (const payment of [onlineTestPayment({ status: 'pending' }), onlineTestPayment({ refunded_minor: 10_000 })]) {
      serve(payment, []);
      const { unmount } = renderPage(payment.id);
      await screen.findByRole('heading', { name: `Payment ${payment.number}` });
      expect(screen.queryByRole('button', { name: 'Refund' })).toBeNull();
      unmount();
    }
  });
});
