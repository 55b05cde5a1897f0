import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PortalPage, SignedIn, testMe } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { failure, ok, savedMethod, stubServer } from '../pay/test-fixtures.ts';
import type { SubscriptionDetail } from './queries.ts';
import { SubscriptionDetailPage } from './SubscriptionDetailPage.tsx';
import { changePreview, subscriptionDetail } from './test-subscriptions.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const payer = testMe({ contact: { ...testMe().contact!, permissions: ['view_documents', 'pay'] } });

function renderPage(me = payer) {
  return renderWithProviders(
    <PortalPage address="/subscriptions/sub1">
      <SignedIn me={me}>
        <Routes>
          <Route path="subscriptions/:id" element={<SubscriptionDetailPage />} />
        </Routes>
      </SignedIn>
    </PortalPage>,
    { i18n },
  );
}

/** A server holding one subscription: each write answers the subscription it makes. */
function serve(initial: SubscriptionDetail, writes: Record<string, (current: SubscriptionDetail, body: unknown) => SubscriptionDetail> = {}) {
  let current = initial;
  const api = stubServer([
    { method: 'GET', suffix: '/subscriptions/sub1', answer: () => ok(current) },
    { method: 'GET', suffix: '/subscriptions', answer: () => ok({ data: [current], next_cursor: null }) },
    { method: 'GET', suffix: '/dashboard', answer: ok({}) },
    { method: 'GET', suffix: '/payment-methods', answer: ok({ data: [savedMethod(), savedMethod({ id: 'pm2', brand: 'mastercard', last4: '4444', is_default: false })] }) },
    ...Object.entries(writes).map(([name, next]) => ({
      method: 'POST',
      suffix: `/subscriptions/sub1/${name}`,
      answer: (request: { body: unknown }) => {
        current = next(current, request.body);
        return ok(current);
      },
    })),
  ]);
  return api;
}

describe('a subscription', () => {
  it('shows its plan, amount, add-ons, coupon, payment method and invoices linked to the invoices page', async () => {
    serve(subscriptionDetail({ addons: [{ addon_id: 'a1', code: 'seats', name: 'Extra seat', kind: 'recurring', quantity: 2, unit_price_minor: 500, billed_document_id: null }], coupon: { id: 'c1', code: 'WELCOME', name: 'Welcome 10 %', discount_type: 'percent', discount_value: 1_000, duration: 'forever', duration_periods: null, periods_used: 1 } }));
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Subscription: Basic' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details.textContent).toContain('$30.00 per month');
    expect(details.textContent).toContain('Welcome 10 % (WELCOME)');
    expect(details.textContent).toContain('Visa •••• 4242');
    expect(screen.getByRole('region', { name: 'Add-ons' }).textContent).toContain('Extra seat × 2$10.00');
    expect(within(screen.getByRole('region', { name: 'Invoices' })).getByRole('link', { name: 'INV-000010' }).getAttribute('href')).toBe('/invoices/inv1');
  });

  it('links to the invoices list filtered by its plan', async () => {
    serve(subscriptionDetail());
    renderPage();
    const invoices = await screen.findByRole('region', { name: 'Invoices' });
    const sub = subscriptionDetail();
    expect(within(invoices).getByRole('link', { name: 'All invoices of this plan' }).getAttribute('href')).toBe(`/invoices?plan=${encodeURIComponent(sub.plan.id)}`);
  });

  it('previews an upgrade’s proration and next invoice, then confirms exactly that change', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail(), { change: (current) => ({ ...current, plan: { id: 'plan-pro', code: 'pro', name: 'Pro' }, amount_minor: 6_000, unit_price_minor: 6_000 }) });
    api.answer('GET', '/subscriptions/sub1/change-preview', ok(changePreview()));
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Change plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Change Basic' });
    await user.selectOptions(within(dialog).getByLabelText('Plan'), 'plan-pro');
    await user.click(within(dialog).getByRole('button', { name: 'Preview change' }));
    const preview = await within(dialog).findByTestId('change-preview');
    expect(within(preview).getByTestId('preview-credit').textContent).toBe('Credit for the unused part of the period-$15.00');
    expect(within(preview).getByTestId('preview-charge').textContent).toBe('Charge for the rest of the period$30.00');
    expect(within(preview).getByTestId('preview-net').textContent).toBe('Due now$15.00');
    expect(within(preview).getByTestId('preview-next').textContent).toBe('Next invoice on Jan 1, 2027$60.00');
    const [previewRequest] = api.to('/change-preview', 'GET');
    expect(previewRequest?.path).toMatch(/\/subscriptions\/sub1\/change-preview$/);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm change' }));
    expect(await screen.findByText('Your subscription is changed.')).toBeTruthy();
    expect(api.to('/subscriptions/sub1/change', 'POST')[0]?.body).toEqual({ plan_id: 'plan-pro', version: 3 });
    expect(api.to('/change-preview', 'GET')).toHaveLength(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Subscription: Pro' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for a new preview once the choice changes after one', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail());
    api.answer('GET', '/subscriptions/sub1/change-preview', ok(changePreview()));
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Change plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Change Basic' });
    await user.click(within(dialog).getByRole('button', { name: 'Preview change' }));
    expect(await within(dialog).findByText(en.subscriptions.change.nothing)).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('Quantity'));
    await user.type(within(dialog).getByLabelText('Quantity'), '3');
    await user.click(within(dialog).getByRole('button', { name: 'Preview change' }));
    await within(dialog).findByTestId('change-preview');
    await user.type(within(dialog).getByLabelText('Quantity'), '0');
    expect(within(dialog).queryByTestId('change-preview')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Confirm change' })).toBeNull();
  });

  it('cancels at the end of the period with a reason and a comment, then reactivates', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail(), {
      cancel: (current) => ({ ...current, status: 'non_renewing', cancel_at_period_end: true, ends_on: '2027-01-01', cancel_reason_code: 'too_expensive', allowed_actions: ['reactivate'], version: 4 }),
      reactivate: (current) => ({ ...current, status: 'live', cancel_at_period_end: false, ends_on: null, allowed_actions: subscriptionDetail().allowed_actions, version: 5 }),
    });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Cancel subscription' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel Basic?' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('At the end of the current period (Jan 1, 2027)').checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await within(dialog).findByText(en.subscriptions.cancel.reasonRequired)).toBeTruthy();
    expect(api.to('/cancel', 'POST')).toHaveLength(0);
    await user.selectOptions(within(dialog).getByLabelText(/^Reason/), 'too_expensive');
    await user.type(within(dialog).getByLabelText(en.subscriptions.cancel.comment), 'Budget cuts');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await screen.findByText('Basic will end on Jan 1, 2027.')).toBeTruthy();
    expect(api.to('/cancel', 'POST')[0]?.body).toEqual({ timing: 'at_period_end', reason_code: 'too_expensive', reason_text: 'Budget cuts', version: 3 });
    expect(screen.getByText('This subscription ends on Jan 1, 2027 and will not renew.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel subscription' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Reactivate' }));
    const confirm = screen.getByRole('dialog', { name: 'Reactivate Basic?' });
    await user.click(within(confirm).getByRole('button', { name: 'Reactivate' }));
    expect(await screen.findByText('Basic is reactivated.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel subscription' })).toBeTruthy();
  });

  it('offers only what the API allows, and explains a refusal in the dialog', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail({ allowed_actions: ['cancel_immediately', 'change_payment_method'] }));
    api.answer('POST', '/subscriptions/sub1/cancel', failure(403, 'ACTION_NOT_ALLOWED', { action: 'cancel', status: 'live', reason: 'disabled' }));
    renderPage();
    await screen.findByRole('button', { name: 'Cancel subscription' });
    const actions = screen.getByRole('group', { name: 'Subscription actions' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['Change payment method', 'Cancel subscription']);
    await user.click(screen.getByRole('button', { name: 'Cancel subscription' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel Basic?' });
    expect(within(dialog).getByLabelText<HTMLInputElement>('Immediately').checked).toBe(true);
    expect(within(dialog).queryByLabelText(/At the end/)).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText(/^Reason/), 'other');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel subscription' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    // The subscription is fetched again, to offer what is possible now.
    await vi.waitFor(() => expect(api.to('/subscriptions/sub1', 'GET').length).toBeGreaterThan(1));
  });

  it('changes the payment method to another saved one', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail(), { 'payment-method': (current) => ({ ...current, payment_method: { id: 'pm2', type: 'card', brand: 'mastercard', last4: '4444' } }) });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Change payment method' }));
    const dialog = screen.getByRole('dialog', { name: 'Payment method for Basic' });
    await within(dialog).findByRole('option', { name: 'Mastercard •••• 4444' });
    await user.selectOptions(within(dialog).getByLabelText(/^Saved payment method/), 'pm2');
    await user.click(within(dialog).getByRole('button', { name: 'Use this method' }));
    expect(await screen.findByText('Mastercard •••• 4444 now pays this subscription.')).toBeTruthy();
    expect(api.to('/payment-method', 'POST')[0]?.body).toEqual({ payment_method_id: 'pm2', version: 3 });
  });

  it('converts and extends a trial', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail({ status: 'trial', trial_end: '2026-12-15', allowed_actions: ['convert_trial', 'extend_trial', 'cancel_immediately'] }), {
      'extend-trial': (current) => ({ ...current, trial_end: '2026-12-22', extend_trial_days_left: 7 }),
      convert: (current) => ({ ...current, status: 'live', trial_end: null, allowed_actions: ['cancel_at_period_end'] }),
    });
    renderPage();
    expect(await screen.findByText('Your trial ends on Dec 15, 2026.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Extend trial' }));
    const extend = screen.getByRole('dialog', { name: 'Extend the trial of Basic' });
    const days = within(extend).getByLabelText(/^Days to add/);
    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(extend).getByRole('button', { name: 'Extend trial' }));
    expect(await within(extend).findByText(en.subscriptions.extend.outOfRange)).toBeTruthy();
    await user.clear(days);
    await user.type(days, '7');
    await user.click(within(extend).getByRole('button', { name: 'Extend trial' }));
    expect(await screen.findByText('Your trial is extended by 7 days.')).toBeTruthy();
    expect(api.to('/extend-trial', 'POST')[0]?.body).toEqual({ days: 7, version: 3 });
    expect(await screen.findByText('Your trial ends on Dec 22, 2026.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start paid subscription' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Start paying for Basic?' })).getByRole('button', { name: 'Start paid subscription' }));
    expect(await screen.findByText('Basic is now a paid subscription.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start paid subscription' })).toBeNull();
  });

  it('pauses until a date and resumes', async () => {
    const user = userEvent.setup();
    const api = serve(subscriptionDetail(), {
      pause: (current, body) => ({ ...current, status: 'paused', paused_on: '2026-12-02', resume_on: (body as { resume_on: string }).resume_on, allowed_actions: ['resume'] }),
      resume: (current) => ({ ...current, status: 'live', paused_on: null, resume_on: null, allowed_actions: ['pause'] }),
    });
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Pause' }));
    const dialog = screen.getByRole('dialog', { name: 'Pause Basic' });
    await user.type(within(dialog).getByLabelText(/^Resume on/), '2027-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Pause subscription' }));
    expect(await screen.findByText('Your subscription is paused until Jan 15, 2027.')).toBeTruthy();
    expect(api.to('/pause', 'POST')[0]?.body).toEqual({ resume_on: '2027-01-15', version: 3 });
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Resume Basic?' })).getByRole('button', { name: 'Resume' }));
    expect(await screen.findByText('Basic is resumed.')).toBeTruthy();
  });

  it('says when the subscription is not there, without a retry', async () => {
    stubServer([{ method: 'GET', suffix: '/subscriptions/sub1', answer: failure(404, 'NOT_FOUND') }]);
    renderPage();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
