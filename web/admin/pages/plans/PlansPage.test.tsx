import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PlansPage } from './PlansPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const stamps = { created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z' };
const product = (patch: object) => ({ description: null, archived: false, ...stamps, ...patch });
const plan = (patch: object) => ({
  product_id: 'prod-1',
  description: null,
  currency: 'USD',
  price_minor: 1500,
  setup_fee_minor: 0,
  interval: 'month',
  interval_count: 1,
  billing_cycles: null,
  trial_days: 0,
  tax_id: null,
  portal_change_to: [],
  hosted_page_enabled: false,
  archived: false,
  version: 1,
  ...stamps,
  ...patch,
});

interface Catalogue {
  products: object[];
  plans: object[];
  addons: object[];
  coupons: object[];
}

function stubApi(catalogue: Catalogue, failing: string[] = []) {
  const sent: { method: string; path: string; body?: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const { pathname } = new URL(request.url);
      const concept = pathname.split('/')[3] ?? '';
      if (request.method === 'GET') {
        if (failing.includes(concept)) return json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side; please try again' } }, 500);
        if (concept === 'taxes') return json({ data: [{ id: 'tax-1', name: 'VAT', rate_percent: 20, archived: false }] });
        return json({ data: catalogue[concept as keyof Catalogue] ?? [] });
      }
      const body = request.headers.get('content-type')?.includes('json') ? await request.json() : undefined;
      sent.push({ method: request.method, path: pathname, body });
      if (request.method === 'POST' && concept === 'plans') {
        const created = plan({ id: 'plan-new', ...(body as object) });
        catalogue.plans = [...catalogue.plans, created];
        return json(created, 201);
      }
      if (request.method === 'PATCH' && concept === 'plans') {
        const id = pathname.split('/')[4];
        catalogue.plans = catalogue.plans.map((row) => ((row as { id: string }).id === id ? { ...row, ...(body as object), version: 2 } : row));
        return json(catalogue.plans.find((row) => (row as { id: string }).id === id));
      }
      if (request.method === 'DELETE') return new Response(null, { status: 204 });
      return json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404);
    }),
  );
  return sent;
}

function renderPage() {
  return renderWithProviders(
    <ToastProvider dismissLabel="Dismiss">
      <MemoryRouter>
        <PlansPage />
      </MemoryRouter>
    </ToastProvider>,
    { i18n, errorMessage, fieldMessage },
  );
}

describe('the plans page', () => {
  it('lists products with their plans, add-ons and coupons', async () => {
    stubApi({
      products: [product({ id: 'prod-1', name: 'Hosting' })],
      plans: [plan({ id: 'plan-1', code: 'basic', name: 'Basic', interval_count: 3, trial_days: 14 })],
      addons: [{ id: 'addon-1', code: 'seat', name: 'Extra seat', description: null, currency: 'USD', price_minor: 500, kind: 'recurring', tax_id: null, plan_ids: [], archived: false, ...stamps }],
      coupons: [{ id: 'coupon-1', code: 'WELCOME', name: 'Welcome', discount_type: 'percent', percent_basis_points: 2500, amount_off_minor: null, currency: null, duration: 'periods', duration_periods: 3, max_redemptions: 10, redemptions: 4, valid_until: null, archived: false, ...stamps }],
    });
    renderPage();
    const hosting = await screen.findByRole('table', { name: 'Plans of Hosting' });
    const basic = within(hosting).getByRole('row', { name: /Basic/ });
    expect(basic.textContent).toContain('$15.00');
    expect(basic.textContent).toContain('every 3 months');
    expect(basic.textContent).toContain('14 days');
    const addons = await screen.findByRole('table', { name: 'Add-ons' });
    expect(within(addons).getByRole('row', { name: /Extra seat/ }).textContent).toContain('Every plan');
    const coupons = await screen.findByRole('table', { name: 'Coupons' });
    const welcome = within(coupons).getByRole('row', { name: /WELCOME/ });
    expect(welcome.textContent).toContain('25%');
    expect(welcome.textContent).toContain('3 periods');
    expect(welcome.textContent).toContain('4 of 10');
  });

  it('adds a plan to a product and edits it at the version it opened', async () => {
    const sent = stubApi({ products: [product({ id: 'prod-1', name: 'Hosting' })], plans: [], addons: [], coupons: [] });
    renderPage();
    await screen.findByText('No plans yet');
    await userEvent.click(screen.getByRole('button', { name: 'Add a plan to Hosting' }));
    const add = await screen.findByRole('dialog', { name: 'Add a plan' });
    await userEvent.type(within(add).getByLabelText(/^Name/), 'Pro');
    await userEvent.type(within(add).getByLabelText(/^Code/), 'pro');
    await userEvent.type(within(add).getByLabelText(/^Price/), '49.90');
    await userEvent.clear(within(add).getByLabelText(/^Trial days/));
    await userEvent.type(within(add).getByLabelText(/^Trial days/), '7');
    await userEvent.selectOptions(within(add).getByLabelText(/^Tax/), 'tax-1');
    await userEvent.click(within(add).getByRole('button', { name: 'Save' }));
    const row = await screen.findByRole('row', { name: /Pro/ });
    expect(row.textContent).toContain('$49.90');

    await userEvent.click(within(row).getByRole('button', { name: 'Edit Pro' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit plan' });
    expect(within(edit).getByLabelText<HTMLSelectElement>(/^Currency/).disabled).toBe(true);
    await userEvent.clear(within(edit).getByLabelText(/^Price/));
    await userEvent.type(within(edit).getByLabelText(/^Price/), '59');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('row', { name: /Pro/ }).textContent).toContain('$59.00'));

    expect(sent[0]).toEqual({
      method: 'POST',
      path: '/api/v1/plans',
      body: { product_id: 'prod-1', code: 'pro', name: 'Pro', description: null, currency: 'USD', price_minor: 4990, setup_fee_minor: 0, interval: 'month', interval_count: 1, trial_days: 7, billing_cycles: null, tax_id: 'tax-1', hosted_page_enabled: false, portal_change_to: [] },
    });
    expect(sent[1]).toMatchObject({ method: 'PATCH', path: '/api/v1/plans/plan-new', body: { price_minor: 5900, version: 1 } });
    expect(sent[1]?.body).not.toHaveProperty('currency');
  });

  it('says when the catalogue is empty, and when it could not be loaded', async () => {
    stubApi({ products: [], plans: [], addons: [], coupons: [] }, ['coupons']);
    renderPage();
    expect(await screen.findByText('No products yet')).toBeTruthy();
    expect(await screen.findByText('No add-ons yet')).toBeTruthy();
    expect(await screen.findByText('The catalogue could not be loaded')).toBeTruthy();
  });
});
