import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { SubscriptionDetailPage } from './SubscriptionDetailPage.tsx';
import { SubscriptionListPage } from './SubscriptionListPage.tsx';
import { failure, ok, storedEvent, storedPlan, storedSettings, storedSubscription, stubApi } from './test-subscriptions.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function renderAt(path: string) {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/subscriptions" element={<SubscriptionListPage />} />
          <Route path="/subscriptions/:id" element={<SubscriptionDetailPage />} />
          <Route path="/invoices/:id" element={<p>The invoice</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the subscriptions list', () => {
  it('filters by status and plan through the API’s query', async () => {
    const api = stubApi([
      { method: 'GET', path: '/plans', answer: ok({ data: [storedPlan(), storedPlan({ id: 'plan-pro', code: 'pro', name: 'Pro' })] }) },
      { method: 'GET', path: '/subscriptions', answer: (request) => ok({ data: request.query.get('status') === 'trial' ? [] : [storedSubscription()], next_cursor: null }) },
    ]);
    renderAt('/subscriptions');
    const row = await screen.findByRole('row', { name: /SUB-000001/ });
    expect(row.textContent).toContain('Acme');
    expect(row.textContent).toContain('€30.00 per month');
    expect(row.textContent).toContain('Live');
    await userEvent.click(screen.getByRole('tab', { name: 'Trial' }));
    expect(await screen.findByText(en.subscriptions.noMatch)).toBeTruthy();
    await screen.findByRole('option', { name: 'Pro' });
    await userEvent.selectOptions(screen.getByLabelText('Plan'), 'plan-pro');
    await waitFor(() => expect(api.to('/subscriptions').some((request) => request.query.get('plan_id') === 'plan-pro' && request.query.get('status') === 'trial')).toBe(true));
  });

  it('says when there are none yet and links to a new one', async () => {
    stubApi([
      { method: 'GET', path: '/plans', answer: ok({ data: [] }) },
      { method: 'GET', path: '/subscriptions', answer: ok({ data: [], next_cursor: null }) },
    ]);
    renderAt('/subscriptions');
    expect(await screen.findByText(en.subscriptions.empty)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'New subscription' }).length).toBeGreaterThan(0);
  });
});

describe('a subscription in the console', () => {
  it('shows what it bills, its invoices and its history', async () => {
    stubApi([
      { method: 'GET', path: '/subscriptions/sub-1', answer: ok(storedSubscription({ addons: [{ addon_id: 'a', code: 'seat', name: 'Extra seat', kind: 'recurring', quantity: 1, unit_price_minor: 500, billed_document_id: null }] })) },
      { method: 'GET', path: '/subscriptions/sub-1/events', answer: ok({ data: [storedEvent(), storedEvent({ id: 'ev-2', kind: 'changed', actor_type: 'contact', actor_name: 'Ada Lovelace', created_at: '2026-11-15T10:00:00.000Z' })] }) },
    ]);
    renderAt('/subscriptions/sub-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Subscription SUB-000001' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details.textContent).toContain('€30.00 per month');
    expect(details.textContent).toContain('Extra seat × 1 (€5.00)');
    expect(details.textContent).toContain('visa •••• 4242');
    expect(within(screen.getByRole('region', { name: 'Invoices' })).getByRole('link', { name: 'INV-000007' }).getAttribute('href')).toBe('/invoices/inv-1');
    const history = screen.getByRole('region', { name: 'History' });
    await within(history).findByText('Changed');
    expect(history.textContent).toContain('Ada Lovelace (customer contact)');
  });

  it('cancels at the end of the period with a reason from the settings', async () => {
    const user = userEvent.setup();
    let current = storedSubscription();
    const api = stubApi([
      { method: 'GET', path: '/subscriptions/sub-1', answer: () => ok(current) },
      { method: 'GET', path: '/subscriptions/sub-1/events', answer: ok({ data: [] }) },
      { method: 'GET', path: '/subscriptions', answer: ok({ data: [], next_cursor: null }) },
      { method: 'GET', path: '/subscription-settings', answer: ok(storedSettings()) },
      {
        method: 'POST',
        path: '/subscriptions/sub-1/cancel',
        answer: () => {
          current = { ...current, status: 'non_renewing', cancel_at_period_end: true, ends_on: '2027-01-01', version: 3 };
          return ok(current);
        },
      },
    ]);
    renderAt('/subscriptions/sub-1');
    await user.click(await screen.findByRole('button', { name: 'Cancel subscription' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel SUB-000001?' });
    await within(dialog).findByRole('option', { name: 'It is too expensive' });
    await user.selectOptions(within(dialog).getByLabelText('Cancellation reason'), 'too_expensive');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await screen.findByText('SUB-000001 will end at the end of the period.')).toBeTruthy();
    expect(api.to('/subscriptions/sub-1/cancel', 'POST')[0]?.body).toEqual({ timing: 'at_period_end', reason_code: 'too_expensive', version: 2 });
    expect(await screen.findByText('Ends on Jan 1, 2027 and will not renew.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reactivate' })).toBeTruthy();
  });

  it('keeps the dialog open with the server’s reason when an action is refused', async () => {
    const user = userEvent.setup();
    stubApi([
      { method: 'GET', path: '/subscriptions/sub-1', answer: ok(storedSubscription({ status: 'trial', trial_end: '2026-12-20' })) },
      { method: 'GET', path: '/subscriptions/sub-1/events', answer: ok({ data: [] }) },
      { method: 'POST', path: '/subscriptions/sub-1/convert', answer: failure(409, 'STATE_CONFLICT') },
    ]);
    renderAt('/subscriptions/sub-1');
    await user.click(await screen.findByRole('button', { name: 'Convert to live' }));
    const dialog = screen.getByRole('dialog', { name: 'Convert SUB-000001 to live?' });
    await user.click(within(dialog).getByRole('button', { name: 'Convert to live' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
  });
});
