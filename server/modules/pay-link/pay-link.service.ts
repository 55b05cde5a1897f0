/**
 * Pay links in invoice and reminder emails (docs/payments.md, "Pay links"): issued here, checked by
 * the portal's pay-link routes with verifyPayLink. Nothing is written when a link is issued or
 * opened; a link stays valid until it expires or its contact loses portal access.
 */
import type { ContactPermission } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { payLinkExpiry, payLinkKey, readPayLink, signPayLink } from './pay-link-token.ts';
import { findLinkedContact, findLinkedDocument } from './pay-link.repository.ts';
import { portalBaseUrl } from '../custom-domain/custom-domain.ts';

export interface PayLinkTarget {
  organizationId: string;
  documentId: string;
  contactPersonId: string;
}

/** Kinds a pay link pays, and the statuses in which there is something to pay. */
const payableKinds: readonly DocumentKind[] = ['invoice', 'retainer_invoice'];
const payableStatuses = ['sent', 'partially_paid'];

/** The link's URL for a document and contact at hand (no query): `${publicUrl}/portal/${slug}/pay/${token}`. */
export function payLinkUrl(ctx: AppContext, organization: Pick<OrganizationRow, 'id' | 'slug' | 'custom_domain' | 'custom_domain_verified_at' | 'custom_domain_failure'>, document: { id: string; due_date: string | null }, contactPersonId: string): string {
  const token = signPayLink(payLinkKey(ctx.secret), {
    organizationId: organization.id,
    documentId: document.id,
    contactPersonId,
    expiresAt: payLinkExpiry(ctx.clock.now(), document.due_date),
  });
  return `${portalBaseUrl(ctx.config.publicUrl, organization)}/pay/${token}`;
}

/**
 * The pay link of one document for one contact. `db` is the caller's transaction when there is one.
 * Expiry: 60 days after now, or 60 days after the document's due date when that is later.
 */
export async function payLinkFor(ctx: AppContext, target: PayLinkTarget, db: Db = ctx.db): Promise<string> {
  const [organization, document] = await Promise.all([findOrganization(db, target.organizationId), findLinkedDocument(db, target.organizationId, target.documentId)]);
  if (!organization || !document) throw notFound('Document');
  return payLinkUrl(ctx, organization, document, target.contactPersonId);
}

/**
 * The pay link an email to this contact carries, or undefined: only invoices and retainer invoices
 * with something left to pay, and only for contacts who may pay (the `pay` permission).
 */
export function payLinkForRecipient(
  ctx: AppContext,
  organization: Pick<OrganizationRow, 'id' | 'slug' | 'custom_domain' | 'custom_domain_verified_at' | 'custom_domain_failure'>,
  document: { id: string; kind: DocumentKind; status: string; balance_minor: number; due_date: string | null },
  contact: { id: string; permissions: string },
): string | undefined {
  if (!payableKinds.includes(document.kind) || !payableStatuses.includes(document.status) || Number(document.balance_minor) <= 0) return undefined;
  if (!parsePermissions(contact.permissions).includes('pay')) return undefined;
  return payLinkUrl(ctx, organization, document, contact.id);
}

const invalid = () => new AppError('TOKEN_INVALID', 'This payment link is not valid');

/**
 * Checks a pay link of `organizationId` (the portal's slug): TOKEN_INVALID for a bad signature, another
 * organization's link, a document or contact that is gone, a contact who is not the document's
 * customer's or whose portal access was disabled; TOKEN_EXPIRED past its expiry. Writes nothing.
 */
export async function verifyPayLink(ctx: AppContext, organizationId: string, token: string, db: Db = ctx.db): Promise<{ documentId: string; contactPersonId: string }> {
  const claims = readPayLink(payLinkKey(ctx.secret), token);
  if (!claims || claims.organizationId !== organizationId) throw invalid();
  if (ctx.clock.now().getTime() >= claims.expiresAt * 1000) throw new AppError('TOKEN_EXPIRED', 'This payment link has expired; open the invoice in the portal or ask for a new link');
  const [document, contact] = await Promise.all([findLinkedDocument(db, organizationId, claims.documentId), findLinkedContact(db, organizationId, claims.contactPersonId)]);
  if (!document || !contact || contact.customer_id !== document.customer_id) throw invalid();
  if (Number(contact.portal_enabled) !== 1 || contact.disabled_at !== null) throw invalid();
  return { documentId: document.id, contactPersonId: contact.id };
}

export interface OpenedPayLink {
  documentId: string;
  contactPersonId: string;
  customerId: string;
  firstName: string;
  permissions: ContactPermission[];
}

/** A verified pay link with who it was sent to: the payer of its one invoice. */
export async function openPayLink(ctx: AppContext, organizationId: string, token: string): Promise<OpenedPayLink> {
  const { documentId, contactPersonId } = await verifyPayLink(ctx, organizationId, token);
  const contact = await findLinkedContact(ctx.db, organizationId, contactPersonId);
  if (!contact) throw invalid();
  return { documentId, contactPersonId, customerId: contact.customer_id, firstName: contact.first_name, permissions: parsePermissions(contact.permissions) };
}
