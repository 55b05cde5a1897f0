import type { AppContext } from '../../context.ts';
import type { Db, OrganizationRow, PortalIdentityRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { avatarKey } from '../avatar/avatar.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { parsePermissions } from '../portal-access/portal-access.ts';
import { csrfTokenFor } from '../session/session.service.ts';
import { personName, resolveLanguage, sessionState } from './portal-auth.ts';
import { findAccount, findIdentityById, listLiveAccounts, type AccountRow } from './portal-auth.repository.ts';
import type { MeResponse } from './portal-auth.schemas.ts';

export interface MeSession {
  token: string;
  identityId: string;
  contactPersonId: string | null;
  pendingTwoFactor: boolean;
  returnUrl: string | null;
}

/** The `Me` answer: who is signed in, in which state, acting as which account. */
export async function buildMe(ctx: AppContext, db: Db, organization: OrganizationRow, session: MeSession): Promise<MeResponse> {
  const identity = await findIdentityById(db, organization.id, session.identityId);
  if (!identity) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return buildMeFor(ctx, db, organization, identity, session);
}

export async function buildMeFor(
  ctx: AppContext,
  db: Db,
  organization: OrganizationRow,
  identity: PortalIdentityRow,
  session: MeSession,
  /** The current account when the caller has just read it (the portal guard did); read here otherwise. */
  knownAccount?: AccountRow | null,
): Promise<MeResponse> {
  const settings = parsePortalSettings(organization.portal_settings);
  const twoFactorSetupRequired = !session.pendingTwoFactor && !identity.totp_enabled_at && settings.require_two_factor;
  const state = sessionState({ pendingTwoFactor: session.pendingTwoFactor, twoFactorSetupRequired, contactPersonId: session.contactPersonId });
  const base = {
    state,
    csrf_token: csrfTokenFor(ctx, session.token),
    email: identity.email,
    two_factor_enabled: identity.totp_enabled_at !== null,
    show_sales_orders: settings.show_sales_orders,
    allow_reviews: settings.allow_reviews,
    allow_forwarding: settings.allow_forwarding,
    show_projects: settings.show_projects,
    allow_time_entry_approval: settings.allow_time_entry_approval,
    return_url: session.returnUrl,
  };
  // Until the second factor is given, nothing about the person's accounts is shown.
  if (state === 'two_factor_required') {
    return { ...base, language: resolveLanguage(identity.language, null), contact: null, customer: null, accounts: [] };
  }
  const accounts = await listLiveAccounts(db, organization.id, identity.email);
  const current = !session.contactPersonId ? undefined : knownAccount !== undefined ? (knownAccount ?? undefined) : await findAccount(db, organization.id, session.contactPersonId);
  const customerLanguage = current?.customer_language ?? accounts[0]?.customer_language;
  return {
    ...base,
    language: resolveLanguage(identity.language, customerLanguage),
    contact: current
      ? {
          id: current.id,
          first_name: current.first_name,
          last_name: current.last_name,
          name: personName(current),
          email: identity.email,
          phone: current.phone,
          // Served by Portico, never Gravatar's address: the browser tells no third party who it is.
          avatar_url: settings.gravatar_enabled ? `/portal/${organization.slug}/api/avatars/${avatarKey(ctx.secret, identity.email)}` : null,
          permissions: parsePermissions(current.permissions),
        }
      : null,
    customer: current ? { id: current.customer_id, display_name: current.customer_name, currency: current.customer_currency } : null,
    accounts: accounts.map((account) => ({ contact_person_id: account.id, customer_id: account.customer_id, customer_name: account.customer_name })),
  };
}

export function meSessionOf(contact: ContactPrincipal): MeSession {
  return {
    token: contact.sessionToken,
    identityId: contact.identityId,
    contactPersonId: contact.contactPersonId,
    pendingTwoFactor: contact.pendingTwoFactor,
    returnUrl: contact.returnUrl,
  };
}
