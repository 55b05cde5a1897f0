/**
 * Portal sessions (single sign-on from the business's own app, docs/integrations.md): the app asks for a
 * single-use URL for one of its customers' contact persons, sends the person's browser there, and the portal
 * signs them in and opens the flow asked for. The URL is a portal token (only its hash is stored) that works
 * once, for five minutes; the session it starts remembers the app's return URL.
 */
import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import { findOrganization, portalUrl } from '../organization/organization.service.ts';
import { limitKeys } from '../portal-auth/portal-auth.ts';
import { changeIdentity, findAccount, listLiveAccounts } from '../portal-auth/portal-identity.service.ts';
import { startPortalSession, type PortalSignIn } from '../portal-auth/portal-session.service.ts';
import { consumeToken, findUsableToken, issuePortalToken } from '../portal-token/portal-token.service.ts';
import type { Language } from '../../../contract/portal.ts';
import type { DocumentKind } from '../../../contract/documents.ts';
import { flowPath, PORTAL_SESSION_TTL_SECONDS, returnUrlAllowed, type PortalSessionFlow } from './single-sign-on.ts';
import type { CreatePortalSessionBody, PortalSessionResponse } from './single-sign-on.schemas.ts';
import * as repo from './single-sign-on.repository.ts';

interface StoredPortalSession {
  return_url: string | null;
  locale: Language | null;
  flow: PortalSessionFlow;
  path: string;
}

const unknownReference = (field: string) => validationError(field, 'unknown_reference', 'is not a document, order or subscription of this contact person’s customer that the portal shows');

/** Checks the flow's target belongs to the customer and answers the portal path it lands on. */
async function pathOfFlow(ctx: AppContext, organizationId: string, customerId: string, flow: PortalSessionFlow): Promise<string> {
  let documentKind: DocumentKind | undefined;
  switch (flow.type) {
    case 'invoice_pay': {
      const kind = await repo.findVisibleDocumentKind(ctx.db, organizationId, customerId, flow.invoice_id);
      if (kind !== 'invoice' && kind !== 'retainer_invoice') throw unknownReference('flow.invoice_id');
      break;
    }
    case 'document_view':
      documentKind = await repo.findVisibleDocumentKind(ctx.db, organizationId, customerId, flow.document_id);
      if (!documentKind) throw unknownReference('flow.document_id');
      break;
    case 'order_view':
      if (!(await repo.visibleSalesOrderExists(ctx.db, organizationId, customerId, flow.sales_order_id))) throw unknownReference('flow.sales_order_id');
      break;
    case 'subscription_view':
      if (!(await repo.subscriptionExists(ctx.db, organizationId, customerId, flow.subscription_id))) throw unknownReference('flow.subscription_id');
      break;
    default:
      break;
  }
  return flowPath(flow, documentKind);
}

/** Creates the single-use sign-in URL for a contact person who has portal access. */
export async function createPortalSession(ctx: AppContext, staff: StaffPrincipal, body: CreatePortalSessionBody): Promise<PortalSessionResponse> {
  const organization = await findOrganization(ctx.db, staff.organizationId);
  if (!organization) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  const settings = parsePortalSettings(organization.portal_settings);
  if (!settings.portal_enabled) throw new AppError('STATE_CONFLICT', 'The portal is switched off; switch it on in the portal settings first');
  const account = await findAccount(ctx.db, organization.id, body.contact_person_id);
  if (!account) throw validationError('contact_person_id', 'unknown_reference', 'is not a contact person of this organization');
  const live = account.email ? await listLiveAccounts(ctx.db, organization.id, account.email) : [];
  if (!account.email || !live.some((candidate) => candidate.id === account.id)) {
    throw validationError('contact_person_id', 'no_portal_access', 'has no portal access; enable it for this contact person first');
  }
  const returnUrl = body.return_url ?? null;
  if (returnUrl !== null && !returnUrlAllowed(returnUrl, settings.portal_session_return_hosts)) {
    throw validationError('return_url', 'host_not_allowed', 'must be an http(s) URL on a host listed in the portal settings (portal_session_return_hosts)', {
      allowed: settings.portal_session_return_hosts,
    });
  }
  const path = await pathOfFlow(ctx, organization.id, account.customer_id, body.flow);
  const stored: StoredPortalSession = { return_url: returnUrl, locale: body.locale ?? null, flow: body.flow, path };
  const { token, row } = await issuePortalToken(ctx, ctx.db, {
    kind: 'portal_session',
    organizationId: organization.id,
    email: account.email,
    contactPersonId: account.id,
    payload: stored,
    ttlSeconds: PORTAL_SESSION_TTL_SECONDS,
    createdBy: staff.staffUserId,
  });
  return {
    id: row.id,
    object: 'portal_session',
    url: `${portalUrl(ctx, organization)}/session/${token}`,
    expires_at: row.expires_at,
    contact_person_id: account.id,
    customer_id: account.customer_id,
    return_url: returnUrl,
    locale: stored.locale,
    flow: body.flow,
    created_at: row.created_at,
  };
}

const invalidLink = () => new AppError('TOKEN_INVALID', 'This link is not valid; go back and open the portal again');

/**
 * Opens a portal session: uses the token (once; of two at the same time exactly one wins), signs the person
 * in as that contact — the business's app vouched for them, so no password or second factor is asked — and
 * answers where the portal goes. A contact whose access ended since the URL was made gets TOKEN_INVALID.
 */
export async function openPortalSession(ctx: AppContext, organization: OrganizationRow, token: string, meta: RequestMeta): Promise<{ signIn: PortalSignIn; path: string }> {
  await consumeRateLimit(ctx.db, limitKeys.tokenIp(meta.ip), ctx.clock, rateLimits.tokenPerIp);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findUsableToken(ctx, trx, organization.id, 'portal_session', token);
    await consumeToken(ctx, trx, row);
    const stored = JSON.parse(row.payload ?? '{}') as StoredPortalSession;
    const account = row.contact_person_id ? await findAccount(trx, organization.id, row.contact_person_id) : undefined;
    if (!account?.email || account.email !== row.email) throw invalidLink();
    const accounts = await listLiveAccounts(trx, organization.id, account.email);
    if (!accounts.some((candidate) => candidate.id === account.id)) throw invalidLink();
    const now = isoNow(ctx.clock);
    let identity = await repo.ensureIdentity(trx, {
      id: newId(),
      organization_id: organization.id,
      email: account.email,
      password_hash: null,
      language: stored.locale,
      totp_secret: null,
      totp_enabled_at: null,
      password_changed_at: null,
      last_sign_in_at: null,
      created_at: now,
      updated_at: now,
    });
    if (stored.locale && identity.language !== stored.locale) {
      await changeIdentity(trx, identity.id, { language: stored.locale, updated_at: now });
      identity = { ...identity, language: stored.locale };
    }
    const signIn = await startPortalSession(
      ctx,
      trx,
      { organization, identity, accounts, contactPersonId: account.id, method: 'portal_session', secondFactorDone: true, returnUrl: stored.return_url },
      meta,
    );
    return { signIn, path: stored.path };
  });
}

