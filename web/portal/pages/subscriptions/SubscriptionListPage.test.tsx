import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { failure, ok, stubServer } from '../pay/test-fixtures.ts';
import { SubscriptionCard } from './SubscriptionCard.tsx';
import { SubscriptionListPage } from './SubscriptionListPage.tsx';
import { subscriptionSummary } from './test-subscriptions.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderList() {
  return renderWithProviders(
    <PortalPage address="/subscriptions">
      <SignedIn me={testMe()}>
        <Routes>
          <Route path="subscriptions" element={<SubscriptionListPage />} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

describe('the subscriptions list', () => {
  it('shows each subscription’s plan, creation date, amount per period, status and next billing date', async () => {
    stubServer([
      {
        method: 'GET',
        suffix: '/subscriptions',
        answer: ok({
          data: [
            subscriptionSummary(),
            subscriptionSummary({ id: 'sub2', number: 'SUB-000002', plan: { id: 'p2', code: 'team', name: 'Team' }, status: 'non_renewing', amount_minor: 90_000, interval: 'month', interval_count: 3, cancel_at_period_end: true, ends_on: '2027-02-01' }),
          ],
          next_cursor: null,
        }),
      },
    ]);
    renderList();
    const table = await screen.findByRole('table', { name: 'Subscriptions' });
    const [basic, team] = within(table).getAllByRole('row').slice(1);
    expect(within(basic!).getByRole('link', { name: 'Basic' }).getAttribute('href')).toBe('/subscriptions/sub1');
    expect(basic!.textContent).toContain('Nov 1, 2026');
    expect(basic!.textContent).toContain('$30.00 per month');
    expect(basic!.textContent).toContain('Active');
    expect(basic!.textContent).toContain('Jan 1, 2027');
    expect(team!.textContent).toContain('$900.00 every 3 months');
    expect(team!.textContent).toContain('Ending');
    expect(team!.textContent).toContain('Ends on Feb 1, 2027');
    // On a phone each cell names its column.
    expect(within(basic!).getByText('Active').closest('td')?.getAttribute('data-label')).toBe('Status');
  });

  it('says when there are none, and explains a failed load with a retry', async () => {
    stubServer([{ method: 'GET', suffix: '/subscriptions', answer: ok({ data: [], next_cursor: null }) }]);
    const { unmount } = renderList();
    expect(await screen.findByText(en.subscriptions.empty)).toBeTruthy();
    unmount();
    const api = stubServer([{ method: 'GET', suffix: '/subscriptions', answer: failure(500, 'INTERNAL') }]);
    renderList();
    const alert = await screen.findByRole('alert');
    api.answer('GET', '/subscriptions', ok({ data: [subscriptionSummary()], next_cursor: null }));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Basic' })).toBeTruthy();
  });
});

describe('the dashboard’s subscriptions card', () => {
  it('counts the active subscriptions and names the next charge', async () => {
    stubServer([
      {
        method: 'GET',
        suffix: '/subscriptions',
        answer: ok({ data: [subscriptionSummary(), subscriptionSummary({ id: 'sub2', status: 'trial', next_billing_date: '2026-12-20', amount_minor: 1_000, plan: { id: 'p2', code: 'team', name: 'Team' } })], next_cursor: null }),
      },
    ]);
    renderWithProviders(
      <PortalPage address="/">
        <SubscriptionCard />
      </PortalPage>,
      { i18n },
    );
    const card = await screen.findByRole('region', { name: 'Subscriptions' });
    expect(within(card).getByRole('link', { name: '2 active subscriptions' }).getAttribute('href')).toBe('/subscriptions');
    expect(card.textContent).toContain('Next charge: $10.00 on Dec 20, 2026 for');
    expect(within(card).getByRole('link', { name: 'Team' }).getAttribute('href')).toBe('/subscriptions/sub2');
  });

  it('shows nothing for a customer without subscriptions', async () => {
    const api = stubServer([{ method: 'GET', suffix: '/subscriptions', answer: ok({ data: [], next_cursor: null }) }]);
    renderWithProviders(
      <PortalPage address="/">
        <SubscriptionCard />
      </PortalPage>,
      { i18n },
    );
    await vi.waitFor(() => expect(api.to('/subscriptions')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Subscriptions' })).toBeNull();
  });
});
