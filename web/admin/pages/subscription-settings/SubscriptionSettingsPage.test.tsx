import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { failure, ok, storedSettings, stubApi } from '../subscriptions/test-subscriptions.ts';
import { SubscriptionSettingsPage } from './SubscriptionSettingsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <SubscriptionSettingsPage />
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

function serve() {
  return stubApi([
    { method: 'GET', path: '/subscription-settings', answer: ok(storedSettings()) },
    { method: 'PUT', path: '/subscription-settings', answer: (request) => ok({ ...(request.body as object), updated_at: '2026-12-03T10:00:00.000Z' }) },
  ]);
}

describe('the subscription settings page', () => {
  it('saves each action’s policy, the reasons and the dunning schedule in the API’s shape', async () => {
    const user = userEvent.setup();
    const api = serve();
    renderPage();
    const pause = await screen.findByRole('group', { name: 'Pause' });
    await user.click(within(pause).getByLabelText('Allow in the portal: Pause'));
    const longest = within(pause).getByLabelText(/^Longest pause in days/);
    await user.clear(longest);
    await user.type(longest, '30');
    const cancel = screen.getByRole('group', { name: 'Cancel' });
    await user.selectOptions(within(cancel).getByLabelText('Cancellation takes effect'), 'at_period_end');
    await user.click(within(cancel).getByLabelText('Paused'));
    await user.click(screen.getByRole('button', { name: 'Remove reason 2' }));
    await user.click(screen.getByRole('button', { name: 'Add a reason' }));
    const added = screen.getByRole('group', { name: 'Reason 2' });
    await user.type(within(added).getByLabelText(/^Code/), 'moving');
    await user.type(within(added).getByLabelText(/^Text shown/), 'We are moving');
    const retry = screen.getByLabelText('Retry after these days');
    await user.clear(retry);
    await user.type(retry, '2, 4, 8');
    await user.selectOptions(screen.getByLabelText('After the last retry fails'), 'mark_unpaid');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Subscription settings saved.');
    const body = api.to('/subscription-settings', 'PUT')[0]?.body as ReturnType<typeof storedSettings>;
    expect(body.portal_actions.pause).toEqual({ allowed: true, statuses: ['live'], max_days: 30 });
    expect(body.portal_actions.cancel).toEqual({ allowed: true, statuses: ['trial', 'live', 'paused'], timing: 'at_period_end' });
    expect(body.cancel_reasons).toEqual([
      { code: 'too_expensive', label: 'It is too expensive' },
      { code: 'moving', label: 'We are moving' },
    ]);
    expect(body.dunning).toEqual({ retry_days: [2, 4, 8], after_final_failure: 'mark_unpaid' });
  });

  it('refuses retry days that go backwards and duplicate reason codes before sending', async () => {
    const user = userEvent.setup();
    const api = serve();
    renderPage();
    const retry = await screen.findByLabelText('Retry after these days');
    await user.clear(retry);
    await user.type(retry, '5, 3');
    await user.click(screen.getByRole('button', { name: 'Add a reason' }));
    const added = screen.getByRole('group', { name: 'Reason 3' });
    await user.type(within(added).getByLabelText(/^Code/), 'other');
    await user.type(within(added).getByLabelText(/^Text shown/), 'Other again');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(retry.getAttribute('aria-invalid')).toBe('true'));
    expect(within(added).getByText(en.subscriptionSettings.errors.duplicateCode)).toBeTruthy();
    expect(api.to('/subscription-settings', 'PUT')).toHaveLength(0);
  });

  it('says when the settings cannot be loaded', async () => {
    stubApi([{ method: 'GET', path: '/subscription-settings', answer: failure(500, 'INTERNAL') }]);
    renderPage();
    expect(await screen.findByText(en.subscriptionSettings.loadFailed)).toBeTruthy();
  });
});
