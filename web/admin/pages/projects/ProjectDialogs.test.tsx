import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { ToastProvider } from '../../../ui/components/index.ts';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { ok, stubApi } from '../subscriptions/test-subscriptions.ts';
import { BillTimeDialog } from './BillTimeDialog.tsx';
import { newProjectBody, newProjectValues, projectFormSchema } from './project-form.ts';
import type { ProjectDetail } from './queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

const project = {
  id: 'proj-1', name: 'Website', code: null, description: null, customer: { id: 'cust-1', display_name: 'Acme' }, status: 'active', billing_method: 'project_hours', currency: 'EUR',
  hourly_rate_minor: 8_000, fixed_price_minor: null, fixed_price_invoice_id: null, budget_type: 'none', budget_minutes: null, budget_minor: null, logged_minutes: 90, billable_minutes: 90,
  billed_minutes: 0, unbilled_minutes: 90, awaiting_approval_count: 0, queried_count: 1, used_minor: 12_000, version: 1, created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z',
  staff: [], tasks: [], invoices: [],
} as unknown as ProjectDetail;

describe('the bill-time dialog', () => {
  it('previews the lines by task, bills them into a draft invoice and links to it', async () => {
    const user = userEvent.setup();
    const preview = { lines: [{ name: 'Design', description: null, quantity_milli: 1_500, rate_minor: 8_000, amount_minor: 12_000, entry_ids: ['e-1'] }], total_minor: 12_000, entry_count: 1, skipped: { awaiting_approval: 0, queried: 1 } };
    const api = stubApi([
      { method: 'GET', path: '/projects/proj-1/invoice-preview', answer: ok(preview) },
      { method: 'POST', path: '/projects/proj-1/invoice', answer: ok({ invoice: { id: 'inv-7', number: 'INV-000007', total_minor: 12_000 }, billed_entry_ids: ['e-1'], skipped: { awaiting_approval: 0, queried: 1 } }, 201) },
    ]);
    renderWithProviders(
      <ToastProvider dismissLabel="Dismiss">
        <MemoryRouter>
          <BillTimeDialog open project={project} onClose={() => undefined} />
        </MemoryRouter>
      </ToastProvider>,
      { i18n, errorMessage, fieldMessage },
    );
    const dialog = screen.getByRole('dialog', { name: 'Bill time of Website' });
    expect(await within(dialog).findByText('Design')).toBeTruthy();
    expect(within(dialog).getByTestId('bill-total').textContent).toBe('€120.00');
    expect(within(dialog).getByText(/1 queried by the customer/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create draft invoice' }));
    const link = await within(dialog).findByRole('link', { name: 'Open invoice INV-000007' });
    expect(link.getAttribute('href')).toBe('/invoices/inv-7');
    expect(api.to('/projects/proj-1/invoice', 'POST')[0]?.body).toEqual({ group_by: 'task' });
    await waitFor(() => expect(api.to('/projects/proj-1/invoice-preview').some((request) => request.query.get('group_by') === 'task')).toBe(true));
  });
});

describe('the project form’s rules', () => {
  const customer = { id: 'cust-1', display_name: 'Acme', currency: 'EUR' };
  it('asks for the rate the billing method needs', () => {
    const schema = projectFormSchema('en', 'new');
    const values = { ...newProjectValues(customer), name: 'Website', tasks: [] };
    const missing = schema.safeParse(values);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toContain('hourly_rate');
    expect(schema.safeParse({ ...values, hourly_rate: '80.00' }).success).toBe(true);
    const fixed = schema.safeParse({ ...values, billing_method: 'fixed_price' });
    expect(fixed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['fixed_price']);
  });

  it('sends minor units, minutes and only the rates the method uses', () => {
    const values = { ...newProjectValues(customer), name: 'Website', hourly_rate: '80.50', budget_type: 'hours' as const, budget_hours: '12:30', tasks: [{ name: 'Design', description: '', billable: true, hourly_rate: '99', budget_hours: '2' }] };
    expect(newProjectBody(values, 'en')).toMatchObject({ customer_id: 'cust-1', billing_method: 'project_hours', hourly_rate_minor: 8_050, fixed_price_minor: null, budget_type: 'hours', budget_minutes: 750, tasks: [{ name: 'Design', billable: true, budget_minutes: 120 }] });
    expect(newProjectBody(values, 'en').tasks?.[0]).not.toHaveProperty('hourly_rate_minor');
  });
});
