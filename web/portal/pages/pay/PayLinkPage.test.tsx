import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import type { PayLink } from './pay-link-queries.ts';
import { PayLinkPage, PayLinkReturnPage } from './PayLinkPage.tsx';
import { attempt, failure, ok, paymentOptions, payableDocument, stubServer } from './test-fixtures.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const { saved_methods: _saved, documents: _documents, credits: _credits, ...options } = paymentOptions();
const link: PayLink = {
  organization: { name: 'Acme Services', slug: 'acme' },
  contact: { first_name: 'Ada' },
  document: payableDocument(),
  options,
  pdf_url: '/portal/acme/api/pay-links/tok123/pdf',
};

function renderAt(address: string) {
  return renderWithProviders(
    <PortalPage address={address}>
      <Routes>
        <Route path="/pay/:token" element={<PayLinkPage />} />
        <Route path="/pay/:token/return/:attemptId" element={<PayLinkReturnPage />} />
      </Routes>
    </PortalPage>,
    { i18n },
  );
}

describe('the pay link page', () => {
  it('shows the one invoice without signing in, and pays its balance with a new card', async () => {
    const user = userEvent.setup();
    const server = stubServer([
      { method: 'GET', suffix: '/pay-links/tok123', answer: ok(link) },
      { method: 'POST', suffix: '/test-gateway/v1/tokens', answer: ok({ id: 'tok_card', type: 'card', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030 }, 201) },
      { method: 'POST', suffix: '/pay-links/tok123/payments', answer: ok(attempt({ allocations: [{ document_id: 'inv1', number: 'INV-001', amount_minor: 12_345 }], amount_minor: 12_345 }), 201) },
    ]);
    renderAt('/pay/tok123');
    expect(await screen.findByRole('heading', { name: 'Pay invoice INV-001' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(link.pdf_url);
    expect(screen.getByRole('link', { name: /Sign in/ })).toBeTruthy();
    // One invoice, nothing to choose; nothing to save without an account.
    expect(screen.queryByRole('checkbox', { name: 'INV-001' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Save for next time' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Card number/ }), '4242424242424242');
    await user.type(screen.getByRole('textbox', { name: /Expiry date/ }), '12/30');
    await user.type(screen.getByRole('textbox', { name: /Security code/ }), '123');
    await user.click(screen.getByRole('button', { name: 'Pay $123.45' }));
    const receipt = await screen.findByRole('region', { name: 'Payment received' });
    // Not signed in: no links into the portal.
    expect(within(receipt).queryByRole('link')).toBeNull();
    const [sent] = server.to('/pay-links/tok123/payments', 'POST');
    expect(sent?.body).toEqual({ currency: 'USD', payment_method: { token: 'tok_card' } });
    expect(sent?.headers.get('idempotency-key')).toBeTruthy();
  });

  it('says when the link is no longer valid', async () => {
    stubServer([{ method: 'GET', suffix: '/pay-links/gone', answer: failure(404, 'NOT_FOUND') }]);
    renderAt('/pay/gone');
    expect(await screen.findByText(en.pay.link.gone)).toBeTruthy();
  });

  it('confirms the challenge of a pay link payment through the link', async () => {
    const server = stubServer([{ method: 'POST', suffix: '/pay-links/tok123/attempts/att1/confirm', answer: ok(attempt()) }]);
    renderAt('/pay/tok123/return/att1?outcome=approved');
    expect(await screen.findByRole('region', { name: 'Payment received' })).toBeTruthy();
    expect(server.requests.map((request) => [request.method, request.path.split('/api')[1]])).toEqual([['POST', '/pay-links/tok123/attempts/att1/confirm']]);
  });
});
