import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { ContactPersonRow, CustomerRow, Db, OrganizationRow } from '../../db/database.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderActionEmail } from '../../email/render.ts';
import { isoNow } from '../../lib/clock.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { endSessionsOfContact } from '../session/session.service.ts';
import { portalUrl } from '../organization/organization.service.ts';
import { issuePortalToken, portalPageUrl, revokeTokensOfContact } from '../portal-token/portal-token.service.ts';
import { updateContactAccess } from './portal-access.repository.ts';
import { allPermissions, parsePermissions } from './portal-access.ts';

export function contactName(contact: Pick<ContactPersonRow, 'first_name' | 'last_name'>): string {
  return `${contact.first_name} ${contact.last_name}`.trim();
}

/**
 * Gives a contact portal access and mails a fresh invitation: earlier unused invitation links are
 * voided, so only the newest one works. The caller has checked that the contact has an email.
 */
export async function inviteContact(
  ctx: AppContext,
  db: Db,
  input: { organization: OrganizationRow; customer: CustomerRow; contact: ContactPersonRow; reinvite: boolean; createdBy: string | null },
): Promise<void> {
  const { organization, customer, contact } = input;
  if (!contact.email) throw new Error('inviteContact needs a contact with an email');
  const now = isoNow(ctx.clock);
  await revokeTokensOfContact(ctx, db, contact.id, ['invitation']);
  const { token, row } = await issuePortalToken(ctx, db, {
    kind: 'invitation',
    organizationId: organization.id,
    email: contact.email,
    contactPersonId: contact.id,
    ttlSeconds: ctx.config.invitationTtlSeconds,
    createdBy: input.createdBy,
  });
  const permissions = parsePermissions(contact.permissions);
  await updateContactAccess(db, contact.id, {
    portal_enabled: 1,
    disabled_at: null,
    invited_at: now,
    // Re-enabling after a removal starts over: the person sets a password from the new link.
    accepted_at: contact.portal_enabled ? contact.accepted_at : null,
    permissions: JSON.stringify(permissions.length > 0 ? permissions : allPermissions),
    updated_at: now,
  });
  const language = customer.portal_language as Language;
  const settings = parsePortalSettings(organization.portal_settings);
  const mail = renderActionEmail({
    kind: input.reinvite ? 'reinvitation' : 'invitation',
    language,
    organizationName: settings.portal_name || organization.name,
    brandColor: organization.brand_color,
    recipientName: contactName(contact),
    actionUrl: portalPageUrl(ctx, organization, 'invite', token, language),
    portalUrl: portalUrl(ctx, organization),
    expiresAt: new Date(row.expires_at),
    timeZone: organization.time_zone,
    ...(settings.invitation_email_message ? { customMessage: settings.invitation_email_message } : {}),
    ...(settings.invitation_email_subject && !input.reinvite ? { customSubject: settings.invitation_email_subject } : {}),
  });
  await enqueueEmail(ctx, db, { ...mail, to: contact.email, kind: input.reinvite ? 'reinvitation' : 'invitation', organizationId: organization.id });
}

/** Ends a contact's access at once: links voided, sessions ended. */
export async function disableContactAccess(ctx: AppContext, db: Db, contact: ContactPersonRow): Promise<void> {
  const now = isoNow(ctx.clock);
  await updateContactAccess(db, contact.id, { portal_enabled: 0, disabled_at: now, updated_at: now });
  await revokeTokensOfContact(ctx, db, contact.id, ['invitation', 'password_reset', 'signin_link']);
  await endSessionsOfContact(db, contact.id);
}
