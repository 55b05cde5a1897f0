import { z } from 'zod';

export const supportedLanguages = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type Language = (typeof supportedLanguages)[number];
export const languageSchema = z.enum(supportedLanguages);

/** What a contact person may do within its customer's account. */
export const contactPermissions = [
  'view_documents',
  'pay',
  'approve_estimates',
  'place_orders',
  'manage_company',
] as const;
export type ContactPermission = (typeof contactPermissions)[number];
export const contactPermissionSchema = z.enum(contactPermissions);

export const staffRoles = ['owner', 'admin', 'staff'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Portal status of one contact person, as the customer overview shows it. */
export const portalStatuses = ['not_invited', 'invited', 'accepted', 'expired', 'disabled'] as const;
export type PortalStatus = (typeof portalStatuses)[number];

/** Events staff can choose to be emailed about; in-app notifications are always on. */
export const portalEventTypes = [
  'portal.signup',
  'portal.invitation_accepted',
  'portal.signin',
  'portal.password_changed',
  'portal.account_updated',
  'portal.document_viewed',
  'portal.estimate_accepted',
  'portal.estimate_declined',
  'portal.changes_requested',
  'portal.comment_added',
  'portal.invoice_disputed',
  'portal.statement_downloaded',
  'portal.payment_received',
  'portal.payment_failed',
  'portal.refund_issued',
  'portal.order_placed',
  'portal.subscription_changed',
  'portal.subscription_cancelled',
  'portal.review_submitted',
  'portal.document_forwarded',
  'portal.time_entries_approved',
  'portal.time_entry_queried',
] as const;
export type PortalEventType = (typeof portalEventTypes)[number];

/** Why configuring or bulk-enabling portal access passed a contact or customer by (`reason_code`, beside the English `reason`). */
export const portalAccessReasons = ['contact_has_no_email', 'customer_not_found', 'no_primary_contact', 'primary_contact_has_no_email'] as const;
export type PortalAccessReason = (typeof portalAccessReasons)[number];

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
