import type { ContactPermission, Language, PortalAccessReason, PortalEventType, PortalStatus, StaffRole } from '../../../contract/portal.ts';
import type { StoredMessage } from '../../ui/stored-message.ts';

export type { ContactPermission, Language, PortalEventType, PortalStatus, StaffRole };
/** Every portal event staff can be emailed about: the server's list, so a new event gets a toggle. */
export { portalEventTypes } from '../../../contract/portal.ts';

/** Shapes of the staff API (docs/api.md). */
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  /** The console's, the notifications' and the staff emails' language (saved by the language switcher). */
  language: Language;
}

export interface StaffSession {
  user: StaffUser;
  organization: { id: string; name: string; slug: string; portal_url: string; brand_color: string; logo_url: string | null; time_zone: string };
  csrf_token: string;
}

export interface Address {
  attention?: string;
  street?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

export interface CustomerSummary {
  id: string;
  display_name: string;
  company_name: string | null;
  email: string | null;
  currency: string;
  portal_language: Language;
  primary_contact: { id: string; name: string; email: string | null } | null;
  portal_active_count: number;
  created_at: string;
}

export interface ContactPerson {
  id: string;
  customer_id: string;
  first_name: string;
  last_name: string;
  name: string;
  email: string | null;
  phone: string | null;
  is_primary: boolean;
  permissions: ContactPermission[];
  portal: {
    status: PortalStatus;
    enabled: boolean;
    invited_at: string | null;
    accepted_at: string | null;
    disabled_at: string | null;
    invitation_expires_at: string | null;
  };
  created_at: string;
  updated_at: string;
}

export type PortalAccessOutcome = 'invited' | 'disabled' | 'unchanged' | 'refused';
export interface PortalAccessResult {
  contact_person_id: string;
  outcome: PortalAccessOutcome;
  reason_code?: PortalAccessReason;
  /** English, for API users; the console says `reason_code` in its own words. */
  reason?: string;
}

export interface Customer extends CustomerSummary {
  phone: string | null;
  billing_address: Address | null;
  shipping_address: Address | null;
  notes: string | null;
  updated_at: string;
  contact_persons: ContactPerson[];
  portal_access?: { results: PortalAccessResult[] };
}

export type BulkOutcome = 'invited' | 'already_active' | 'skipped';
export interface BulkEnableResult {
  customer_id: string;
  outcome: BulkOutcome;
  reason_code?: PortalAccessReason;
  /** English, for API users; the console says `reason_code` in its own words. */
  reason?: string;
}

export interface Job {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progress_done: number;
  progress_total: number;
  result: unknown;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

export type PortalLinkStatus = 'active' | 'used' | 'expired' | 'revoked';
export interface PortalLink {
  id: string;
  contact_person_id: string;
  contact_name: string;
  email: string;
  customer_id: string;
  customer_name: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
  status: PortalLinkStatus;
}

export interface AppNotification extends StoredMessage {
  id: string;
  event_type: string;
  link: string | null;
  read_at: string | null;
  created_at: string;
}

export interface NotificationPage extends Page<AppNotification> {
  unread_count: number;
}

export interface Activity extends StoredMessage {
  id: string;
  customer_id: string | null;
  customer_name: string | null;
  contact_person_id: string | null;
  actor_name: string;
  module: string;
  action: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept';
export interface OutboxEmail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  html?: string;
  text?: string;
}

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  disabled: boolean;
}

export const apiKeyScopes = [
  'customers.read',
  'customers.write',
  'portal.read',
  'portal.write',
  'settings.read',
  'settings.write',
  'notifications.read',
] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  key?: string;
}

export interface PortalSettings {
  portal_enabled: boolean;
  portal_name: string;
  banner_message: string;
  require_two_factor: boolean;
  allow_self_signup: boolean;
  allow_forwarding: boolean;
  allow_edit_own_info: boolean;
  show_sales_orders: boolean;
  show_projects: boolean;
  allow_time_entry_approval: boolean;
  allow_reviews: boolean;
  email_customers_on_staff_comment: boolean;
  block_payment_while_pending: boolean;
  auto_enable_portal_for_subscriptions: boolean;
  invitation_email_subject: string;
  invitation_email_message: string;
  staff_email_events: Record<PortalEventType, boolean>;
  slug: string;
  portal_url: string;
  organization_name: string;
  brand_color: string;
  logo_url: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_address: string | null;
  website: string | null;
  time_zone: string;
}

export const languages: readonly Language[] = ['en', 'de', 'fr', 'es', 'ja'];
export const contactPermissions: readonly ContactPermission[] = ['view_documents', 'pay', 'approve_estimates', 'place_orders', 'manage_company'];
export const staffRoles: readonly StaffRole[] = ['owner', 'admin', 'staff'];
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'INR', 'SEK'] as const;
