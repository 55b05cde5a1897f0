import { screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PayAll, PayNow } from './PayNow.tsx';
import { ok, paymentOptions, payableDocument, stubServer } from './test-fixtures.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const payer = testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } });
const scheduled = payableDocument({
  id: 'inv3',
  number: 'INV-003',
  balance_minor: 30_000,
  payable_minor: 30_000,
  due_now_minor: 10_000,
  schedule: [{ id: 'd', kind: 'deposit', position: 1, amount_minor: 10_000, due_date: '2026-12-02', paid_minor: 0, remaining_minor: 10_000, status: 'due' }],
});
const held = payableDocument({ id: 'inv4', number: 'INV-004', balance_minor: 2_000, pending_minor: 2_000, payable_minor: 0, due_now_minor: 0 });

function render(ui: React.ReactElement, me = payer) {
  return renderWithProviders(
    <PortalPage address="/">
      <SignedIn me={me}>{ui}</SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe('Pay now and Pay all', () => {
  it('links an invoice to the pay page with what is due now, and says what is being paid', async () => {
    stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ documents: [scheduled, held] })) }]);
    const { unmount } = render(<PayNow documentId="inv3" />);
    expect((await screen.findByRole('link', { name: 'Pay now ($100.00)' })).getAttribute('href')).toBe('/pay?invoice=inv3');
    unmount();
    render(<PayNow documentId="inv4" />);
    expect(await screen.findByText('$20.00 being paid')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Pay now/ })).toBeNull();
  });

  it('offers the total due now of every payable document on the dashboard', async () => {
    stubServer([{ method: 'GET', suffix: '/payment-options', answer: ok(paymentOptions({ documents: [payableDocument(), scheduled, held] })) }]);
    render(<PayAll />);
    expect((await screen.findByRole('link', { name: 'Pay all ($223.45)' })).getAttribute('href')).toBe('/pay');
    expect(screen.getByText('2 invoices can be paid online in one payment.')).toBeTruthy();
  });

  it('shows nothing to a contact who may not pay, and asks nothing', () => {
    const server = stubServer([]);
    render(<PayAll />, testMe());
    expect(screen.queryByRole('link')).toBeNull();
    expect(server.requests).toEqual([]);
  });
});
