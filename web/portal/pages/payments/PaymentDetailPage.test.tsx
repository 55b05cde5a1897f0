import { screen, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PaymentDetailPage } from './PaymentDetailPage.tsx';
import type { PaymentDetail } from './queries.ts';

const refundedPayment: PaymentDetail = {
  id: 'p1',
  number: 'PAY-000001',
  customer: { id: 'cu1', display_name: 'Globex' },
  currency: 'USD',
  amount_minor: 10_000,
  method: 'card',
  status: 'partially_refunded',
  paid_on: '2026-11-02',
  reference: null,
  allocations: [{ document_id: 'i1', kind: 'invoice', number: 'INV-1', amount_minor: 10_000 }],
  refunded_minor: 3_000,
  left_minor: 7_000,
  refunds: [
    { id: 'r1', amount_minor: 3_000, status: 'succeeded', reason: 'Returned goods', created_at: '2026-11-20T10:00:00.000Z', completed_at: '2026-11-20T10:00:05.000Z' },
    { id: 'r2', amount_minor: 1_000, status: 'pending', reason: null, created_at: '2026-11-21T10:00:00.000Z', completed_at: null },
  ],
  created_at: '2026-11-02T10:00:00.000Z',
};

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderPayment(payment: PaymentDetail) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(payment), { status: 200, headers: { 'content-type': 'application/json' } })),
  );
  return renderWithProviders(
    <PortalPage address={`/payments/${payment.id}`}>
      <Routes>
        <Route path="/payments/:id" element={<PaymentDetailPage />} />
      </Routes>
    </PortalPage>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('a payment in the portal', () => {
  it('lists its refunds with amount, date and reason, marks one under way, and says what is left', async () => {
    renderPayment(refundedPayment);
    expect((await screen.findByTestId('payment-left')).textContent).toBe('$70.00');
    expect(screen.getByText(en.payments.refunded).nextElementSibling?.textContent).toBe('$30.00');
    const table = screen.getByRole('table', { name: en.payments.refunds });
    const [, done, pending] = within(table).getAllByRole('row');
    expect(done!.textContent).toContain('$30.00');
    expect(done!.textContent).toContain('Returned goods');
    expect(done!.textContent).toContain('2026');
    expect(pending!.textContent).toContain(en.payments.refundPending);
    expect(pending!.textContent).toContain('$10.00');
  });

  it('shows no refunds for a payment without any', async () => {
    renderPayment({ ...refundedPayment, status: 'completed', refunded_minor: 0, left_minor: 10_000, refunds: [] });
    await screen.findByText(en.payments.appliedTo);
    expect(screen.queryByRole('table', { name: en.payments.refunds })).toBeNull();
    expect(screen.queryByTestId('payment-left')).toBeNull();
  });
});
