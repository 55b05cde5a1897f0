import type { ContactPermission, Language, PortalAccessReason, PortalStatus } from '../../../contract/portal.ts';

export type { ContactPermission, Language, PortalStatus };

/** Shapes of the staff API (docs/api.md). */
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
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

export const languages: readonly Language[] = ['en', 'de', 'fr', 'es', 'ja'];
export const contactPermissions: readonly ContactPermission[] = ['view_documents', 'pay', 'approve_estimates', 'place_orders', 'manage_company'];
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'INR', 'SEK'] as const;
