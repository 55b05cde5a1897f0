import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import type { PortalSettings } from './queries.ts';
import { expiryOf, newApiKeyDefaults, newApiKeySchema, newStaffDefaults, newStaffSchema, portalSettingsSchema, portalSettingsValues, selectedScopeCount } from './settings-form.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the new staff member form', () => {
  it('needs a name, an email and a password of ten characters', () => {
    expect(issues(newStaffSchema(i18n.t).safeParse({ ...newStaffDefaults, name: ' ', password: 'short' }))).toEqual([
      ['name', 'common.required'],
      ['email', 'common.required'],
      ['password', 'At least 10 characters.'],
    ]);
    expect(newStaffSchema(i18n.t).parse({ name: ' Greta ', email: ' greta@example.test ', role: 'admin', password: 'correct horse' })).toEqual({
      name: 'Greta',
      email: 'greta@example.test',
      role: 'admin',
      password: 'correct horse',
    });
  });
});

describe('the new API key form', () => {
  it('starts with customers read, never expiring, and sends the scopes of each module’s access in the API’s order', () => {
    const start = newApiKeyDefaults();
    expect(selectedScopeCount(start)).toBe(1);
    expect(newApiKeySchema.parse({ ...start, name: 'X' })).toEqual({ name: 'X', scopes: ['customers.read'], expires_at: null });
    const body = newApiKeySchema.parse({ name: ' ERP sync ', access: { ...start.access, customers: 'read_write', payments: 'read', notifications: 'read' }, expiry: 'never' });
    expect(body).toEqual({ name: 'ERP sync', scopes: ['customers.read', 'customers.write', 'payments.read', 'notifications.read'], expires_at: null });
  });

  it('turns the chosen life into an expiry that many days ahead', () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    expect(expiryOf('30', now)).toBe('2026-12-31T10:00:00.000Z');
    expect(expiryOf('365', now)).toBe('2027-12-01T10:00:00.000Z');
    expect(expiryOf('never', now)).toBeNull();
    const sent = newApiKeySchema.parse({ ...newApiKeyDefaults(), name: 'Shop', expiry: '90' }).expires_at;
    expect(new Date(sent ?? 0).getTime() - Date.now()).toBeGreaterThan(89 * 86_400_000);
  });

  it('needs a name', () => {
    expect(issues(newApiKeySchema.safeParse({ ...newApiKeyDefaults(), name: '  ' }))).toEqual([['name', 'common.required']]);
  });
});

const settings: PortalSettings = {
  portal_enabled: true,
  portal_name: '',
  banner_message: 'Welcome',
  require_two_factor: false,
  allow_self_signup: false,
  allow_forwarding: true,
  review_period: 'quarter',
  allow_edit_own_info: true,
  gravatar_enabled: true,
  show_sales_orders: true,
  confirm_portal_orders: false,
  show_projects: false,
  allow_time_entry_approval: false,
  portal_session_return_hosts: [],
  allow_reviews: false,
  email_customers_on_staff_comment: true,
  block_payment_while_pending: false,
  auto_enable_portal_for_subscriptions: false,
  invitation_email_subject: '',
  invitation_email_message: '',
  email_header_text: '',
  email_footer_text: '',
  favicon_url: '',
  staff_email_events: {
    'portal.signup': true,
    'portal.invitation_accepted': true,
    'portal.signin': false,
    'portal.password_changed': true,
    'portal.account_updated': true,
    'portal.document_viewed': true,
    'portal.estimate_accepted': true,
    'portal.estimate_declined': true,
    'portal.changes_requested': true,
    'portal.comment_added': true,
    'portal.invoice_disputed': true,
    'portal.statement_downloaded': true,
    'portal.payment_received': true,
    'portal.payment_failed': true,
    'portal.refund_issued': true,
    'portal.order_placed': true,
    'portal.subscription_changed': true,
    'portal.subscription_cancelled': true,
    'portal.review_submitted': true,
    'portal.document_forwarded': true,
    'portal.time_entries_approved': true,
    'portal.time_entry_queried': true,
  },
  slug: 'acme',
  portal_url: 'https://portico.test/portal/acme',
  organization_name: 'Acme',
  brand_color: '#1f5fbf',
  time_zone: 'Europe/Berlin',
  logo_url: null,
  contact_email: 'help@acme.test',
  contact_phone: null,
  contact_address: null,
  website: null,
  tax_number: null,
  country_code: null,
  peppol_endpoint_id: null,
  peppol_endpoint_scheme: null,
};

describe('the portal settings form', () => {
  it('sends back what it was given, without the portal’s address', () => {
    const values = portalSettingsValues(settings);
    expect(values.logo_url).toBe('');
    expect(values.staff_emails.portal_signin).toBe(false);
    const { portal_url: shown, ...editable } = settings;
    void shown;
    expect(portalSettingsSchema.parse(values)).toEqual(editable);
  });

  it('sends blank optional texts as null, trimmed ones as they are, and each staff email choice under its event', () => {
    const values = portalSettingsValues(settings);
    const body = portalSettingsSchema.parse({ ...values, website: ' https://acme.test ', contact_email: '  ', staff_emails: { ...values.staff_emails, portal_signin: true } });
    expect(body.website).toBe('https://acme.test');
    expect(body.contact_email).toBeNull();
    expect(body.staff_email_events?.['portal.signin']).toBe(true);
    expect(body).not.toHaveProperty('staff_emails');
  });

  it('needs the organization’s name', () => {
    expect(issues(portalSettingsSchema.safeParse({ ...portalSettingsValues(settings), organization_name: ' ' }))).toEqual([['organization_name', 'common.required']]);
  });

  it('shows the return hosts one per line and sends them as a list, lowercased, blank lines dropped', () => {
    const values = portalSettingsValues({ ...settings, portal_session_return_hosts: ['app.acme.test', '*.acme.dev'] });
    expect(values.portal_session_return_hosts).toBe('app.acme.test\n*.acme.dev');
    const body = portalSettingsSchema.parse({ ...values, portal_session_return_hosts: ' App.Acme.test \n\n localhost:3000 ' });
    expect(body.portal_session_return_hosts).toEqual(['app.acme.test', 'localhost:3000']);
  });

  it('refuses a return host written as a URL', () => {
    const values = portalSettingsValues(settings);
    expect(issues(portalSettingsSchema.safeParse({ ...values, portal_session_return_hosts: 'https://app.acme.test/' }))).toEqual([['portal_session_return_hosts', 'settings.returnHostsInvalid']]);
  });
});
