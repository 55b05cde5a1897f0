import type { ContactPermission, Language } from '../../../contract/portal.ts';
import type { DashboardFigures } from './billing-types.ts';
import type { StoredMessage } from '../../ui/stored-message.ts';

/** Public branding of the portal (GET /portal), readable before sign-in. */
export interface Branding {
  name: string;
  portal_name: string | null;
  slug: string;
  brand_color: string | null;
  logo_url: string | null;
  allow_self_signup: boolean;
  contact: ContactDetails;
  /** The organization's time zone: the portal shows moments in it. */
  time_zone: string;
}

export interface ContactDetails {
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
}

export type SessionState = 'signed_in' | 'two_factor_required' | 'two_factor_setup_required' | 'choose_account';

export interface AccountChoice {
  contact_person_id: string;
  customer_id: string;
  customer_name: string;
}

/** The signed-in person as every sign-in step answers it. */
export interface Me {
  state: SessionState;
  csrf_token: string;
  email: string;
  language: Language;
  two_factor_enabled: boolean;
  contact: {
    id: string;
    first_name: string;
    last_name: string | null;
    name: string;
    email: string;
    phone: string | null;
    avatar_url: string | null;
    permissions: ContactPermission[];
  } | null;
  customer: { id: string; display_name: string; currency: string } | null;
  accounts: AccountChoice[];
}

export interface Invitation {
  email: string;
  contact_name: string;
  customer_name: string;
  organization_name: string;
  language: Language;
  has_password: boolean;
}

/** What a reset, sign-in or sign-up link shows before it is used. */
export interface LinkPreview {
  email: string;
  language: Language;
  company_name?: string;
}

export interface TwoFactorSetup {
  secret: string;
  otpauth_url: string;
  qr_code_data_url: string;
}

export interface RecoveryCodes {
  recovery_codes: string[];
}

/** What happened, with its text in the contact's language and its code with parameters (contract/messages). */
export interface ActivityItem extends StoredMessage {
  id: string;
  action: string;
  module: string;
  actor_name: string;
  created_at: string;
}

export interface Dashboard {
  banner_message: string | null;
  show_banner: boolean;
  organization: {
    name: string;
    email: string | null;
    phone: string | null;
    address: string | null;
    website: string | null;
    logo_url: string | null;
  };
  customer: { id: string; display_name: string };
  contact_name: string;
  recent_activity: ActivityItem[];
  /** null for a contact without view_documents. */
  figures: DashboardFigures | null;
}

export interface Address {
  attention?: string;
  street?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

export interface CompanyDetails {
  display_name: string;
  company_name: string | null;
  phone: string | null;
  billing_address: Address | null;
  shipping_address: Address | null;
  can_edit: boolean;
}
