import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { SubscriptionFormPage } from './SubscriptionFormPage.tsx';
import { failure, ok, storedAddon, storedPlan, storedSubscription, stubApi } from './test-subscriptions.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const acme = { id: 'cust-1', display_name: 'Acme', currency: 'EUR', company_name: null, email: null, portal_language: 'en', primary_contact: null, portal_active_count: 0, created_at: '2026-11-01T10:00:00.000Z' };
const plans = [storedPlan(), storedPlan({ id: 'plan-trial', code: 'trial', name: 'Team', price_minor: 5_000, trial_days: 14 }), storedPlan({ id: 'plan-usd', code: 'usd', name: 'Dollar plan', currency: 'USD' })];
const addons = [storedAddon(), storedAddon({ id: 'addon-setup', code: 'setup', name: 'Onboarding', kind: 'one_off', price_minor: 9_900, plan_ids: ['plan-trial'] })];

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter initialEntries={['/subscriptions/new']}>
        <Routes>
          <Route path="/subscriptions/new" element={<SubscriptionFormPage />} />
          <Route path="/subscriptions/:id" element={<p>The new subscription</p>} />
        </Routes>
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

function serve(create: () => { status: number; body: unknown }) {
  return stubApi([
    { method: 'GET', path: '/plans', answer: ok({ data: plans }) },
    { method: 'GET', path: '/addons', answer: ok({ data: addons }) },
    { method: 'GET', path: '/customers', answer: ok({ data: [acme], next_cursor: null }) },
    { method: 'POST', path: '/subscriptions', answer: create },
  ]);
}

async function chooseAcme(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('option', { name: 'Acme · EUR' }, { timeout: 5_000 });
  await user.selectOptions(screen.getByRole('combobox', { name: /^Customer/ }), 'cust-1');
}

describe('the new subscription form', () => {
  it('offers the plans in the customer’s currency with their add-ons and trial, and creates the subscription', async () => {
    const user = userEvent.setup();
    const api = serve(() => ok(storedSubscription({ id: 'sub-9', number: 'SUB-000009' }), 201));
    renderPage();
    await chooseAcme(user);
    const plan = screen.getByRole('combobox', { name: /^Plan/ });
    expect(screen.queryByRole('option', { name: /Dollar plan/ })).toBeNull();
    await user.selectOptions(plan, 'plan-trial');
    const trial = await screen.findByLabelText<HTMLInputElement>('Start with the plan\'s trial');
    await waitFor(() => expect(trial.checked).toBe(true));
    expect(screen.getByText('The plan has a trial of 14 days.')).toBeTruthy();
    await user.clear(screen.getByLabelText(/^Quantity/));
    await user.type(screen.getByLabelText(/^Quantity/), '3');
    const onboarding = screen.getByLabelText('Onboarding (€99.00 each)');
    await user.clear(onboarding);
    await user.type(onboarding, '1');
    await user.type(screen.getByLabelText('Coupon code'), 'WELCOME');
    await user.click(screen.getByRole('button', { name: 'Create subscription' }));
    await screen.findByText('The new subscription');
    expect(api.to('/subscriptions', 'POST')[0]?.body).toMatchObject({ customer_id: 'cust-1', plan_id: 'plan-trial', quantity: 3, addons: [{ addon_id: 'addon-setup', quantity: 1 }], coupon_code: 'WELCOME', trial: true, auto_collect: true });
  });

  it('asks for a customer and a plan before sending, and shows the server’s refusal of the coupon on its field', async () => {
    const user = userEvent.setup();
    const api = serve(() => failure(400, 'VALIDATION_FAILED', [{ field: 'coupon_code', code: 'invalid', params: {}, message: 'is not a valid coupon' }]));
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Create subscription' }));
    expect(await screen.findByText(en.subscriptions.errors.customer)).toBeTruthy();
    expect(screen.getByText(en.subscriptions.errors.plan)).toBeTruthy();
    expect(api.to('/subscriptions', 'POST')).toHaveLength(0);
    await chooseAcme(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Plan/ }), 'plan-basic');
    await user.type(screen.getByLabelText('Coupon code'), 'NOPE');
    await user.click(screen.getByRole('button', { name: 'Create subscription' }));
    await waitFor(() => expect(screen.getByLabelText('Coupon code').getAttribute('aria-invalid')).toBe('true'));
    expect(api.to('/subscriptions', 'POST')).toHaveLength(1);
  });
});
