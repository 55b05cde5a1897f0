import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { TestGatewayTables } from '../payments/test-gateway/test-gateway-tables.ts';
import type { BillingTables } from './billing-tables.ts';
import type { OrderTables } from './order-tables.ts';
import type { ActivityDigest, ProjectTables } from './project-tables.ts';
import type { IntegrationTables } from './integration-tables.ts';
import type { SubscriptionTables } from './subscription-tables.ts';

/** Timestamps are ISO 8601 UTC strings; booleans are 0 | 1; JSON columns are text. */
type Timestamp = string;
type Flag = number;

export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
  logo_url: string | null;
  brand_color: string;
  portal_settings: string;
  /** IANA name (Europe/Berlin): the organization's "today" (overdue, expiry, statement periods) and its clock times. */
  time_zone: string;
  /** The portal's own host name (lowercase), unique across organizations; routed once verified. */
  custom_domain: string | null;
  /** The value the `_portico-verify.<domain>` TXT record must hold; a new one with each domain. */
  custom_domain_token: string | null;
  custom_domain_verified_at: Timestamp | null;
  /** The last verification attempt, and why it failed (null when it passed). */
  custom_domain_checked_at: Timestamp | null;
  custom_domain_failure: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The organization's VAT registration (seller VAT identifier on e-invoices, BT-31). */
  tax_number: string | null;
  /** ISO 3166-1 alpha-2 country of the organization's address (BT-40). */
  country_code: string | null;
  /** The Peppol electronic address (BT-34) and its ICD scheme (0088, 0192, 9930 …). */
  peppol_endpoint_id: string | null;
  peppol_endpoint_scheme: string | null;
}

export interface OrganizationSlugsTable {
  slug: string;
  organization_id: string;
  created_at: Timestamp;
}

export interface StaffUsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  /** The staff member's language: the admin console's, their notifications' and their emails'. */
  language: string;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** How often the staff member is emailed a digest of portal activity. */
  activity_digest: ActivityDigest;
  /** The end (exclusive, ISO timestamp) of the last period a digest was sent for. */
  activity_digest_sent_until: Timestamp | null;
}

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  last_used_ip: string | null;
  /** Null: the key never expires. A rotated key's is the end of its overlap. */
  expires_at: Timestamp | null;
  /** The key that replaced this one by rotation; a key is rotated at most once. */
  rotated_to_id: string | null;
  revoked_at: Timestamp | null;
}

export interface CustomersTable {
  id: string;
  organization_id: string;
  display_name: string;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  currency: string;
  portal_language: string;
  billing_address: string | null;
  shipping_address: string | null;
  notes: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Whether contacts may pay this customer's invoices by bank account (ACH). */
  allow_bank_payments: Flag;
  /** The price list this customer's prices come from (null: the items' base rates). */
  price_list_id: string | null;
  /** The customer's VAT / GST / sales-tax registration number, printed on its documents. */
  tax_number: string | null;
  /** The organization's own key for the customer (an ERP's), unique within the organization. */
  external_id: string | null;
  /** The customer's Peppol electronic address (BT-49) and its ICD scheme. */
  peppol_endpoint_id: string | null;
  peppol_endpoint_scheme: string | null;
}

export interface PortalIdentitiesTable {
  id: string;
  organization_id: string;
  email: string;
  password_hash: string | null;
  language: string | null;
  totp_secret: string | null;
  totp_enabled_at: Timestamp | null;
  password_changed_at: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContactPersonsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  is_primary: Flag;
  portal_enabled: Flag;
  permissions: string;
  invited_at: Timestamp | null;
  accepted_at: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The organization's own key for the contact person, unique within the organization. */
  external_id: string | null;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  kind: 'staff' | 'contact';
  organization_id: string;
  staff_user_id: string | null;
  identity_id: string | null;
  contact_person_id: string | null;
  pending_two_factor: Flag;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  /** For a portal session opened from the business's app: where "back to {business}" leads. */
  return_url: string | null;
}

export type PortalTokenKind = 'invitation' | 'password_reset' | 'signin_link' | 'signup_verification' | 'portal_session';

export interface PortalTokensTable {
  id: string;
  organization_id: string;
  kind: PortalTokenKind;
  token_hash: string;
  contact_person_id: string | null;
  identity_id: string | null;
  email: string;
  payload: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface RecoveryCodesTable {
  id: string;
  identity_id: string;
  code_hash: string;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'kept';

export interface OutboxEmailsTable {
  id: string;
  organization_id: string | null;
  kind: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobsTable {
  id: string;
  organization_id: string;
  kind: string;
  status: JobStatus;
  payload: string;
  result: string | null;
  error: string | null;
  progress_done: number;
  progress_total: number;
  attempts: number;
  locked_until: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface ActivitiesTable {
  id: string;
  organization_id: string;
  customer_id: string | null;
  contact_person_id: string | null;
  actor_name: string;
  module: string;
  action: string;
  details: string | null;
  /** The event as a code of contract/messages with its JSON parameters; null in rows older than codes. */
  message_code: string | null;
  message_params: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
}

/** The portal activities report's rollup: activities per organization, calendar day (in `time_zone`), module and action. */
export interface ActivityDailyCountsTable {
  organization_id: string;
  time_zone: string;
  day: string;
  module: string;
  action: string;
  activity_count: number;
}

export interface NotificationsTable {
  id: string;
  organization_id: string;
  staff_user_id: string;
  activity_id: string | null;
  event_type: string;
  /** English text of notifications older than message codes; empty since: the activity holds the code. */
  message: string;
  link: string | null;
  read_at: Timestamp | null;
  created_at: Timestamp;
}

export interface OutboxEmailAttachmentsTable {
  id: string;
  email_id: string;
  position: number;
  filename: string;
  content_type: string;
  content_base64: string;
}

/** Gravatar pictures served from Portico (migration 2026-12-07T1200, server/modules/avatar). */
export interface AvatarCacheTable {
  /** The address key: an HMAC of the normalized email under the instance secret. */
  hash: string;
  /** `found`: the picture is here; `missing`: Gravatar has none (or sent something unusable); `failed`: Gravatar did not answer. */
  status: 'found' | 'missing' | 'failed';
  content_type: string | null;
  bytes: Buffer | null;
  fetched_at: Timestamp;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface Database extends BillingTables, OrderTables, SubscriptionTables, ProjectTables, IntegrationTables, TestGatewayTables {
  instance_secrets: InstanceSecretsTable;
  avatar_cache: AvatarCacheTable;
  organizations: OrganizationsTable;
  organization_slugs: OrganizationSlugsTable;
  staff_users: StaffUsersTable;
  api_keys: ApiKeysTable;
  customers: CustomersTable;
  portal_identities: PortalIdentitiesTable;
  contact_persons: ContactPersonsTable;
  sessions: SessionsTable;
  portal_tokens: PortalTokensTable;
  recovery_codes: RecoveryCodesTable;
  outbox_emails: OutboxEmailsTable;
  outbox_email_attachments: OutboxEmailAttachmentsTable;
  jobs: JobsTable;
  activities: ActivitiesTable;
  activity_daily_counts: ActivityDailyCountsTable;
  notifications: NotificationsTable;
  rate_limits: RateLimitsTable;
}

/** A database handle or an open transaction: every repository function takes one first. */
export type Db = Kysely<Database> | Transaction<Database>;

export type OrganizationRow = Selectable<OrganizationsTable>;
export type StaffUserRow = Selectable<StaffUsersTable>;
export type CustomerRow = Selectable<CustomersTable>;
export type NewCustomerRow = Insertable<CustomersTable>;
export type CustomerUpdate = Updateable<CustomersTable>;
export type ContactPersonRow = Selectable<ContactPersonsTable>;
export type NewContactPersonRow = Insertable<ContactPersonsTable>;
export type PortalIdentityRow = Selectable<PortalIdentitiesTable>;
export type SessionRow = Selectable<SessionsTable>;
export type PortalTokenRow = Selectable<PortalTokensTable>;
export type OutboxEmailRow = Selectable<OutboxEmailsTable>;
export type JobRow = Selectable<JobsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type NotificationRow = Selectable<NotificationsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
