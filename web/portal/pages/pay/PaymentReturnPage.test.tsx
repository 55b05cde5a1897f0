import { screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { PaymentReturnPage } from './PaymentReturnPage.tsx';
import { attempt, ok, stubServer } from './test-fixtures.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderAt(address: string) {
  return renderWithProviders(
    <PortalPage address={address}>
      <SignedIn me={testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } })}>
        <Routes>
          <Route path="/payments/return/:attemptId" element={<PaymentReturnPage />} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe('the return page after the authentication challenge', () => {
  it('confirms an approved challenge and shows the receipt', async () => {
    const server = stubServer([{ method: 'POST', suffix: '/payment-attempts/att1/confirm', answer: ok(attempt()) }]);
    renderAt('/payments/return/att1?payment_attempt=att1&outcome=approved');
    expect(await screen.findByRole('region', { name: 'Payment received' })).toBeTruthy();
    expect(server.to('/payment-attempts/att1/confirm', 'POST')).toHaveLength(1);
    expect(server.to('/cancel')).toEqual([]);
  });

  it('confirms a failed challenge and says it was refused, with a way to try again', async () => {
    stubServer([{ method: 'POST', suffix: '/payment-attempts/att1/confirm', answer: ok(attempt({ status: 'failed', failure_code: 'authentication_failed', failure_message: 'failed', payment: null })) }]);
    renderAt('/payments/return/att1?outcome=failed');
    expect(await screen.findByText(en.pay.failure.authentication_failed)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Try again' }).getAttribute('href')).toBe('/pay');
  });

  it('cancels an abandoned challenge: nothing charged', async () => {
    const server = stubServer([{ method: 'POST', suffix: '/payment-attempts/att1/cancel', answer: ok(attempt({ status: 'abandoned', payment: null })) }]);
    renderAt('/payments/return/att1?outcome=abandoned');
    expect(await screen.findByText(en.pay.outcome.abandonedText)).toBeTruthy();
    await waitFor(() => expect(server.to('/payment-attempts/att1/cancel', 'POST')).toHaveLength(1));
    expect(server.to('/confirm')).toEqual([]);
  });

  it('only reads the attempt when the address has no outcome', async () => {
    const server = stubServer([{ method: 'GET', suffix: '/payment-attempts/att1', answer: ok(attempt({ status: 'processing', payment: null })) }]);
    renderAt('/payments/return/att1');
    expect(await screen.findByRole('region', { name: 'Payment being processed' })).toBeTruthy();
    expect(server.requests.map((request) => request.method)).toEqual(['GET']);
  });
});
