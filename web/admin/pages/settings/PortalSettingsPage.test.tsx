import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import en from '../../locales/en.json';
import { PortalSettingsPage } from './PortalSettingsPage.tsx';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});
afterEach(() => vi.unstubAllGlobals());

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const events = ['signup', 'invitation_accepted', 'signin', 'password_changed', 'account_updated', 'document_viewed', 'estimate_accepted', 'estimate_declined', 'changes_requested', 'comment_added', 'invoice_disputed', 'statement_downloaded', 'payment_received', 'payment_failed', 'refund_issued', 'order_placed', 'subscription_changed', 'subscription_cancelled', 'time_entries_approved', 'time_entry_queried', 'review_submitted', 'document_forwarded'];
const stored = {
  portal_enabled: true,
  portal_name: '',
  banner_message: '',
  require_two_factor: false,
  allow_self_signup: false,
  allow_forwarding: true,
  allow_edit_own_info: true,
  gravatar_enabled: true,
  show_sales_orders: true,
  confirm_portal_orders: false,
  show_projects: false,
  allow_time_entry_approval: false,
  portal_session_return_hosts: [],
  allow_reviews: false,
  review_period: 'quarter',
  email_customers_on_staff_comment: true,
  block_payment_while_pending: false,
  auto_enable_portal_for_subscriptions: false,
  invitation_email_subject: '',
  invitation_email_message: '',
  email_header_text: '',
  email_footer_text: '',
  favicon_url: '',
  staff_email_events: Object.fromEntries(events.map((event) => [`portal.${event}`, event !== 'signin'])),
  slug: 'acme',
  portal_url: 'https://portico.test/portal/acme',
  organization_name: 'Acme',
  brand_color: '#1f5fbf',
  time_zone: 'Europe/Berlin',
  logo_url: null,
  contact_email: null,
  contact_phone: null,
  contact_address: null,
  tax_number: null,
  country_code: null,
  peppol_endpoint_id: null,
  peppol_endpoint_scheme: null,
  website: null,
};

function stubApi(answerPatch: (body: Record<string, unknown>) => Response) {
  const patches: Record<string, unknown>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      if (request.method === 'PATCH') {
        const body = (await request.json()) as Record<string, unknown>;
        patches.push(body);
        return answerPatch(body);
      }
      return json(stored);
    }),
  );
  return patches;
}

describe('the portal settings page', () => {
  it('previews the banner as it is typed and saves every setting in the API’s shape', async () => {
    const patches = stubApi((body) => json({ ...stored, ...body }));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    // The banner's message comes before the invitation's.
    const [message] = await screen.findAllByLabelText(/^Message/);
    if (!message) throw new Error('no banner message');
    await userEvent.type(message, 'Welcome to our new portal!');
    expect(within(screen.getByRole('group', { name: 'Preview' })).getByText('Welcome to our new portal!')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/^Portal address/));
    await userEvent.type(screen.getByLabelText(/^Portal address/), 'Acme-Billing');
    await userEvent.type(screen.getByLabelText('Website'), '  https://acme.test ');
    await userEvent.click(screen.getByLabelText('A contact signed in'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Settings saved.');
    expect(patches).toHaveLength(1);
    const [body] = patches;
    expect(body).toMatchObject({ banner_message: 'Welcome to our new portal!', slug: 'acme-billing', website: 'https://acme.test', logo_url: null, contact_email: null });
    expect(body).not.toHaveProperty('portal_url');
    expect((body?.staff_email_events as Record<string, boolean>)['portal.signin']).toBe(true);
    expect((body?.staff_email_events as Record<string, boolean>)['portal.signup']).toBe(true);

    // The confirmation lasts until the next change.
    await userEvent.type(message, '!');
    await waitFor(() => expect(screen.queryByText('Settings saved.')).toBeNull());
  });

  it('offers the review period while reviews are allowed and saves it with the form', async () => {
    const patches = stubApi((body) => json({ ...stored, ...body }));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    const allow = await screen.findByLabelText('Allow reviews');
    expect(screen.queryByLabelText(/^Review period/)).toBeNull();
    await userEvent.click(allow);
    const period = screen.getByLabelText<HTMLSelectElement>(/^Review period/);
    expect(period.value).toBe('quarter');
    expect(within(period).getAllByRole('option').map((option) => option.textContent)).toEqual(['Once', 'Per month', 'Per quarter', 'Per year']);
    await userEvent.selectOptions(period, 'month');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(patches[0]).toMatchObject({ allow_reviews: true, review_period: 'month' });

    // Switching reviews off hides the period and keeps it as chosen.
    await userEvent.click(screen.getByLabelText('Allow reviews'));
    expect(screen.queryByLabelText(/^Review period/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[1]).toMatchObject({ allow_reviews: false, review_period: 'month' });
  });

  it('shows the server’s refusal of the address on its field and keeps what was typed', async () => {
    const issue = { field: 'slug', code: 'invalid_format', params: { format: 'regex' }, message: 'must match the pattern' };
    stubApi(() => json({ error: { code: 'VALIDATION_FAILED', message: 'slug: must match the pattern', details: [issue] } }, 400));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    const slug = await screen.findByLabelText(/^Portal address/);
    await userEvent.type(slug, '-x');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(slug.getAttribute('aria-invalid')).toBe('true'));
    expect((slug as HTMLInputElement).value).toBe('acme-x');
    expect(screen.queryByText('Settings saved.')).toBeNull();
  });

  it('shows the brand colour’s contrast with white against WCAG AA, and warns as a light colour is typed', async () => {
    stubApi((body) => json({ ...stored, ...body }));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    const note = await screen.findByTestId('brand-contrast');
    expect(note.textContent).toContain('6.09:1');
    expect(note.textContent).toContain('It passes WCAG AA');
    const color = screen.getByLabelText(/^Brand colour/);
    await userEvent.clear(color);
    await userEvent.type(color, '#ffcc00');
    await waitFor(() => expect(screen.getByTestId('brand-contrast').textContent).toContain('does not reach WCAG AA'));
    expect(screen.getByTestId('brand-contrast').className).toContain('ui-notice--warning');
    expect(screen.getByTestId('brand-contrast').textContent).toContain('1.51:1');
    await userEvent.clear(color);
    await userEvent.type(color, 'red');
    expect(screen.queryByTestId('brand-contrast')).toBeNull();
  });

  it('previews the email header and footer as they are typed and saves them with the favicon', async () => {
    const patches = stubApi((body) => json({ ...stored, ...body }));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    const header = await screen.findByLabelText(/^Header line/);
    const preview = screen.getByRole('group', { name: 'Email preview' });
    expect(preview.textContent).toContain('The message from Acme appears here.');
    expect(preview.querySelector('.admin-email-preview__footer')).toBeNull();
    await userEvent.type(header, 'Tools <for> you');
    await userEvent.type(screen.getByLabelText(/^Footer/), 'Acme GmbH{Enter}VAT DE123');
    expect(within(preview).getByText('Tools <for> you')).toBeTruthy();
    expect(preview.querySelector('.admin-email-preview__footer')?.textContent).toBe('Acme GmbH\nVAT DE123');
    await userEvent.type(screen.getByLabelText(/^Favicon URL/), 'https://cdn.acme.test/icon.png');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(patches[0]).toMatchObject({ email_header_text: 'Tools <for> you', email_footer_text: 'Acme GmbH\nVAT DE123', favicon_url: 'https://cdn.acme.test/icon.png' });
  });

  it('turns contacts’ Gravatar pictures off and saves it', async () => {
    const patches = stubApi((body) => json({ ...stored, ...body }));
    renderWithProviders(<PortalSettingsPage />, { i18n, errorMessage, fieldMessage });
    const gravatar = await screen.findByLabelText<HTMLInputElement>('Show contacts’ Gravatar pictures');
    expect(gravatar.checked).toBe(true);
    await userEvent.click(gravatar);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(patches[0]).toMatchObject({ gravatar_enabled: false });
  });
});
