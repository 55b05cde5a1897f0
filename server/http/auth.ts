import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { ContactPermission, Language, StaffRole } from '../../contract/portal.ts';
import type { AppContext } from '../context.ts';
import type { OrganizationRow, PortalIdentityRow } from '../db/database.ts';
import { AppError } from '../lib/app-error.ts';
import { hashToken, safeEqual } from '../lib/tokens.ts';
import { findLiveApiKeyByHash } from '../modules/api-key/api-key-auth.repository.ts';
import { noteApiKeyUse } from '../modules/api-key/api-key-use.ts';
import { csrfTokenFor, endSession, keepSessionAlive } from '../modules/session/session.service.ts';
import { findOrganizationBySlug } from '../modules/organization/organization.repository.ts';
import type { AccountRow } from '../modules/portal-auth/portal-auth.repository.ts';
import { findPortalRequest } from '../modules/portal-auth/portal-guard.repository.ts';
import { findStaffSessionByTokenHash } from '../modules/staff-session/staff-session.repository.ts';
import { parsePortalSettings } from '../modules/organization/organization.ts';
import { parsePermissions } from '../modules/portal-access/portal-access.ts';
import { isoNow } from '../lib/clock.ts';
import { asLanguage, preferredLanguage } from '../lib/accept-language.ts';
import { portalHostOf } from './portal-hosts.ts';

export const STAFF_COOKIE = 'portico_staff';
export const PORTAL_COOKIE = 'portico_portal';

/**
 * A `.read` and a `.write` scope per module (customers, documents, payments, orders, subscriptions,
 * projects, settings, webhooks, portal), and notifications.read. Scopes are separate grants: `.write` does not imply `.read` (a key that only records payments need not
 * read them back). The console offers "read" or "read and write" per module, which is the usual pair.
 */
export const apiKeyScopes = [
  'customers.read',
  'customers.write',
  'documents.read',
  'documents.write',
  'payments.read',
  'payments.write',
  'orders.read',
  'orders.write',
  'subscriptions.read',
  'subscriptions.write',
  'projects.read',
  'projects.write',
  'settings.read',
  'settings.write',
  'webhooks.read',
  'webhooks.write',
  'portal.read',
  'portal.write',
  'notifications.read',
] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

export interface StaffPrincipal {
  organizationId: string;
  staffUserId: string | null;
  role: StaffRole;
  via: 'session' | 'api_key';
  sessionId: string | null;
  sessionToken: string | null;
  scopes: readonly ApiKeyScope[];
  /** The reader's language: the staff member's own; for an API key, the request's Accept-Language (else English). */
  language: Language;
}

export interface ContactPrincipal {
  organizationId: string;
  sessionId: string;
  sessionToken: string;
  identityId: string;
  /** Null while the person still has to pick one of several accounts, or finish two-factor sign-in. */
  contactPersonId: string | null;
  customerId: string | null;
  permissions: readonly ContactPermission[];
  pendingTwoFactor: boolean;
  /** The portal requires two-factor and this person has not enrolled yet. */
  twoFactorSetupRequired: boolean;
  sessionStartedAt: string;
  /** Where "back to {business}" leads, for a session opened from the business's app. */
  returnUrl: string | null;
  /** The person and the current account as the guard read them, for handlers that only read (a write reads them again). */
  identity: PortalIdentityRow;
  account: AccountRow | null;
  /** The organization's time zone, which decides its "today". */
  timeZone: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
    contact?: ContactPrincipal;
    portal?: OrganizationRow;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Defence in depth beside the CSRF token: browsers say where a write comes from (`Origin`, and
 * `Sec-Fetch-Site` in current ones), and a cookie-authenticated write from any other origin than
 * PUBLIC_URL's is refused. Clients that send neither header (scripts, older browsers) still need the
 * CSRF token, which they can only get from a signed-in answer. On a portal's custom domain the expected
 * origin is that domain's (with PUBLIC_URL's scheme, or as the request itself arrived).
 */
export function assertSameOrigin(ctx: AppContext, request: FastifyRequest): void {
  const origin = headerOf(request, 'origin');
  const site = headerOf(request, 'sec-fetch-site');
  const publicOrigin = new URL(ctx.config.publicUrl);
  const portalHost = portalHostOf(request);
  const expected = portalHost ? `${publicOrigin.protocol}//${portalHost.domain}` : publicOrigin.origin;
  const accepted = portalHost ? [expected, `${request.protocol}://${request.host}`.toLowerCase()] : [expected];
  // 'none' is a request the person started themselves (typed, bookmarked), never one a page made.
  const crossOrigin = origin !== undefined && !accepted.includes(origin.toLowerCase());
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (crossOrigin || crossSite) {
    const from = crossOrigin ? origin : `a ${site} page`;
    throw new AppError('CROSS_SITE_REQUEST', `Changes made while signed in are only accepted from ${expected}; this request came from ${from}`, {
      expected_origin: expected,
      ...(origin !== undefined ? { origin } : {}),
      ...(site !== undefined ? { sec_fetch_site: site } : {}),
    });
  }
}

function assertCsrf(ctx: AppContext, request: FastifyRequest, sessionToken: string): void {
  if (!unsafeMethods.has(request.method)) return;
  assertSameOrigin(ctx, request);
  const header = request.headers['x-csrf-token'];
  const sent = Array.isArray(header) ? header[0] : header;
  if (!sent || !safeEqual(sent, csrfTokenFor(ctx, sessionToken))) {
    throw new AppError('CSRF_TOKEN_MISSING', 'The X-CSRF-Token header is missing or wrong; reload the page and try again');
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim();
}

export interface StaffAccess {
  /** Roles allowed with a session; API keys are checked by scope instead. */
  roles?: readonly StaffRole[];
  scope: ApiKeyScope;
}

/** A staff guard knows the scope it asks of an API key, so the OpenAPI document can show it (http/openapi-scopes.ts). */
export type StaffGuard = preHandlerAsyncHookHandler & { readonly requiredScope: ApiKeyScope };

/** The scope the route's staff guard asks of an API key, if its pre-handlers include one. */
export function requiredScopeOf(preHandler: unknown): ApiKeyScope | undefined {
  const handlers: unknown[] = Array.isArray(preHandler) ? preHandler : [preHandler];
  for (const handler of handlers) {
    if (typeof handler === 'function' && 'requiredScope' in handler) return (handler as StaffGuard).requiredScope;
  }
  return undefined;
}

/** Staff by session cookie (with CSRF on writes) or integration by API key (with the scope). */
export function requireStaff(ctx: AppContext, access: StaffAccess): StaffGuard {
  return Object.assign(staffGuard(ctx, access), { requiredScope: access.scope });
}

/**
 * Staff as requireStaff, for a route whose operations each ask their own scope (POST /batch): the
 * handler checks them against `scopes` of the principal.
 */
export function requireStaffPerOperation(ctx: AppContext): preHandlerAsyncHookHandler {
  return staffGuard(ctx, { scope: null });
}

function staffGuard(ctx: AppContext, access: { roles?: readonly StaffRole[]; scope: ApiKeyScope | null }): preHandlerAsyncHookHandler {
  return async function staffGuard(request: FastifyRequest, reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    const apiKey = bearerToken(request);
    if (apiKey) {
      const now = isoNow(ctx.clock);
      // An expired key is refused exactly like an unknown one: the answer tells a caller nothing about the key.
      const key = await findLiveApiKeyByHash(ctx.db, hashToken(apiKey), now);
      if (!key) throw new AppError('UNAUTHENTICATED', 'The API key is unknown, revoked or expired');
      const scopes = JSON.parse(key.scopes) as ApiKeyScope[];
      if (access.scope !== null && !scopes.includes(access.scope)) {
        throw new AppError('FORBIDDEN', `The API key lacks the ${access.scope} scope`);
      }
      await noteApiKeyUse(ctx, key, request.ip ?? null);
      request.staff = {
        organizationId: key.organization_id,
        staffUserId: null,
        role: 'admin',
        via: 'api_key',
        sessionId: null,
        sessionToken: null,
        scopes,
        language: preferredLanguage(request.headers['accept-language']) ?? 'en',
      };
      return;
    }
    const token = request.cookies[STAFF_COOKIE];
    // Session and staff member in one query; the session's timeouts as for every session.
    const found = token ? await findStaffSessionByTokenHash(ctx.db, hashToken(token)) : undefined;
    if (!token || !found || !(await keepSessionAlive(ctx, found))) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    const session = found;
    const user = { id: found.staff_user_id, organization_id: found.organization_id, role: found.role, disabled_at: found.disabled_at, language: found.language };
    if (user.disabled_at) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    assertCsrf(ctx, request, token);
    const role = user.role as StaffRole;
    if (access.roles && !access.roles.includes(role)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this; ask an owner or admin');
    }
    request.staff = {
      organizationId: user.organization_id,
      staffUserId: user.id,
      role,
      via: 'session',
      sessionId: session.id,
      sessionToken: token,
      scopes: apiKeyScopes,
      language: asLanguage(user.language) ?? 'en',
    };
  };
}

export function staffOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return request.staff;
}

/** Resolves `/portal/:slug` to its organization; an unknown slug, or a portal switched off, is a 404. */
export function resolvePortal(ctx: AppContext): preHandlerAsyncHookHandler {
  return async function portalResolver(request: FastifyRequest) {
    const { slug } = request.params as { slug?: string };
    const organization = slug ? await findOrganizationBySlug(ctx.db, slug) : undefined;
    if (!organization) throw new AppError('NOT_FOUND', 'Portal not found');
    if (!parsePortalSettings(organization.portal_settings).portal_enabled) throw new AppError('PORTAL_DISABLED', 'Portal not found');
    request.portal = organization;
  };
}

export function portalOf(request: FastifyRequest): OrganizationRow {
  if (!request.portal) throw new AppError('NOT_FOUND', 'Portal not found');
  return request.portal;
}

export interface ContactAccess {
  permission?: ContactPermission;
  /** For the account picker: a signed-in person who has not chosen an account yet. */
  allowWithoutAccount?: boolean;
  /** For the second sign-in step. */
  allowPendingTwoFactor?: boolean;
  /** For enrolment while the portal requires two-factor and the person has not set it up yet. */
  allowTwoFactorSetup?: boolean;
}

/**
 * A contact person signed in to this portal, still enabled, acting within its role. It resolves the portal
 * itself (an unknown slug or a portal switched off is a 404, before anything about the session), reading
 * portal, session, person and account in one query.
 */
export function requireContact(ctx: AppContext, access: ContactAccess = {}): preHandlerAsyncHookHandler {
  return async function contactGuard(request: FastifyRequest, reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    const { slug } = request.params as { slug?: string };
    const token = request.cookies[PORTAL_COOKIE];
    // No cookie still finds the portal: a hash that matches no session.
    const found = slug ? await findPortalRequest(ctx.db, slug, token ? hashToken(token) : '') : undefined;
    if (!found) throw new AppError('NOT_FOUND', 'Portal not found');
    const organization = found.organization;
    if (!parsePortalSettings(organization.portal_settings).portal_enabled) throw new AppError('PORTAL_DISABLED', 'Portal not found');
    request.portal = organization;
    const session = found.session;
    if (!token || !session?.identity_id || !(await keepSessionAlive(ctx, session))) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    const identity = found.identity;
    if (!identity) {
      await endSession(ctx, session.id);
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    const pendingTwoFactor = session.pending_two_factor === 1;
    if (pendingTwoFactor && !access.allowPendingTwoFactor) {
      throw new AppError('TWO_FACTOR_REQUIRED', 'Enter the code from your authenticator app to finish signing in');
    }
    const twoFactorSetupRequired =
      !pendingTwoFactor && !identity.totp_enabled_at && parsePortalSettings(organization.portal_settings).require_two_factor;
    if (twoFactorSetupRequired && !access.allowTwoFactorSetup) {
      throw new AppError('TWO_FACTOR_SETUP_REQUIRED', 'This portal requires two-factor authentication; set it up to continue');
    }
    let customerId: string | null = null;
    let permissions: readonly ContactPermission[] = [];
    const account = session.contact_person_id ? found.account : undefined;
    if (session.contact_person_id) {
      if (!account) {
        // Access was withdrawn since sign-in: the session ends now.
        await endSession(ctx, session.id);
        throw new AppError('UNAUTHENTICATED', 'Your portal access has ended; sign in again');
      }
      customerId = account.customer_id;
      permissions = parsePermissions(account.permissions);
    } else if (!access.allowWithoutAccount && !access.allowPendingTwoFactor && !access.allowTwoFactorSetup) {
      throw new AppError('FORBIDDEN', 'Choose an account first');
    }
    assertCsrf(ctx, request, token);
    if (access.permission && !permissions.includes(access.permission)) {
      throw new AppError('FORBIDDEN', 'Your role in this account does not allow this; ask your administrator');
    }
    request.contact = {
      organizationId: organization.id,
      sessionId: session.id,
      sessionToken: token,
      sessionStartedAt: session.created_at,
      returnUrl: session.return_url,
      identityId: identity.id,
      contactPersonId: session.contact_person_id,
      customerId,
      permissions,
      pendingTwoFactor,
      twoFactorSetupRequired,
      identity,
      account: account ?? null,
      timeZone: organization.time_zone,
    };
  };
}

export function contactOf(request: FastifyRequest): ContactPrincipal {
  if (!request.contact) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return request.contact;
}

export function requestMeta(request: FastifyRequest) {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}
