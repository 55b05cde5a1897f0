import { DEFAULT_TIME_ZONE } from '../../../contract/calendar.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { Db, OrganizationRow, StaffUserRow } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { consumeRateLimit, rateLimits } from '../../http/rate-limit.ts';
import { AppError, fieldIssue, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { assertAcceptablePassword } from '../../lib/passwords.ts';
import { startSession, type IssuedSession } from '../session/session.service.ts';
import { portalBaseUrl, type DomainColumns } from '../custom-domain/custom-domain.ts';
import * as repo from './organization.repository.ts';
import { applyPortalSettingsChange, defaultPortalSettings, parsePortalSettings, slugify, uniqueSlug } from './organization.ts';
import type { SignUpOrganizationBody, UpdatePortalSettingsBody } from './organization.schemas.ts';

export interface SignedUpOrganization {
  organization: OrganizationRow;
  user: StaffUserRow;
  session: IssuedSession;
}

/** Creates an organization with its owner and signs the owner in. */
export async function signUpOrganization(ctx: AppContext, input: SignUpOrganizationBody, meta: RequestMeta): Promise<SignedUpOrganization> {
  await consumeRateLimit(ctx.db, `org-signup:${meta.ip ?? 'unknown'}`, ctx.clock, { limit: 20, windowSeconds: 3600 });
  assertAcceptablePassword(input.password, 'password', [input.email, input.name, input.organization_name]);
  const passwordHash = await ctx.hasher.hash(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.findStaffUserByEmail(trx, input.email)) {
      throw new AppError('EMAIL_TAKEN', 'email: an account with this email already exists; sign in instead', [
        fieldIssue('email', 'taken', 'is already registered'),
      ]);
    }
    const now = isoNow(ctx.clock);
    const slug = await uniqueSlug(slugify(input.organization_name), (candidate) => repo.isSlugTaken(trx, candidate));
    const organization: OrganizationRow = {
      id: newId(),
      name: input.organization_name,
      slug,
      email: input.email,
      phone: null,
      website: null,
      address: null,
      logo_url: null,
      brand_color: '#1f5fbf',
      portal_settings: JSON.stringify({ ...defaultPortalSettings(), portal_name: input.organization_name }),
      time_zone: input.time_zone ?? DEFAULT_TIME_ZONE,
      custom_domain: null,
      custom_domain_token: null,
      custom_domain_verified_at: null,
      custom_domain_checked_at: null,
      custom_domain_failure: null,
      created_at: now,
      updated_at: now,
      tax_number: null,
      country_code: null,
      peppol_endpoint_id: null,
      peppol_endpoint_scheme: null,
    };
    await repo.insertOrganization(trx, organization);
    const user: StaffUserRow = {
      id: newId(),
      organization_id: organization.id,
      email: input.email,
      name: input.name,
      role: 'owner',
      password_hash: passwordHash,
      language: input.language ?? 'en',
      disabled_at: null,
      activity_digest: 'off',
      activity_digest_sent_until: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertStaffUser(trx, user);
    const session = await startSession(ctx, trx, { kind: 'staff', organizationId: organization.id, staffUserId: user.id }, meta);
    return { organization, user, session };
  });
}

/** The staff members who are not disabled (they get notifications and staff emails). */
export async function listActiveStaff(db: Db, organizationId: string): Promise<StaffUserRow[]> {
  return repo.listActiveStaff(db, organizationId);
}

export async function findStaffUser(db: Db, id: string): Promise<StaffUserRow | undefined> {
  return repo.findStaffUserById(db, id);
}

export async function findStaffUserByEmail(db: Db, email: string): Promise<StaffUserRow | undefined> {
  return repo.findStaffUserByEmail(db, email);
}

export async function addStaffUser(db: Db, user: StaffUserRow): Promise<void> {
  await repo.insertStaffUser(db, user);
}

export async function listStaffUserPage(db: Db, organizationId: string, page: { limit: number; cursor?: string | undefined }): Promise<Page<StaffUserRow>> {
  return repo.listStaffUserPage(db, organizationId, page);
}

/** The organization by id, read with `db` (the caller's transaction), or undefined. */
export async function findOrganization(db: Db, organizationId: string): Promise<OrganizationRow | undefined> {
  return repo.findOrganizationById(db, organizationId);
}

export async function getOrganization(ctx: AppContext, organizationId: string): Promise<OrganizationRow> {
  const organization = await repo.findOrganizationById(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  return organization;
}

export async function updatePortalSettings(ctx: AppContext, organizationId: string, input: UpdatePortalSettingsBody): Promise<OrganizationRow> {
  const before = await repo.findOrganizationById(ctx.db, organizationId);
  const updated = await changePortalSettings(ctx, organizationId, input);
  // A verified custom domain is routed to the slug: the routing table follows a new one at once.
  if (updated.custom_domain_verified_at && before?.slug !== updated.slug) await ctx.portalHosts.refresh();
  return updated;
}

async function changePortalSettings(ctx: AppContext, organizationId: string, input: UpdatePortalSettingsBody): Promise<OrganizationRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const organization = await repo.findOrganizationById(trx, organizationId);
    if (!organization) throw notFound('Organization');
    const now = isoNow(ctx.clock);
    const { slug, organization_name, brand_color, logo_url, contact_email, contact_phone, contact_address, website, time_zone, tax_number, country_code, peppol_endpoint_id, peppol_endpoint_scheme, ...settings } =
      input;
    if (slug && slug !== organization.slug) {
      const owner = await repo.findOrganizationBySlug(trx, slug);
      if (owner && owner.id !== organization.id) {
        throw new AppError('CONFLICT', 'slug: this portal address is taken; choose another', [fieldIssue('slug', 'taken', 'is taken')]);
      }
      // The former slug stays in organization_slugs and keeps redirecting.
      if (!owner) await repo.insertSlug(trx, slug, organization.id, now);
    }
    const merged = applyPortalSettingsChange(parsePortalSettings(organization.portal_settings), settings);
    await repo.updateOrganization(trx, organization.id, {
      portal_settings: JSON.stringify(merged),
      updated_at: now,
      ...(slug ? { slug } : {}),
      ...(organization_name ? { name: organization_name } : {}),
      ...(brand_color ? { brand_color } : {}),
      ...(logo_url !== undefined ? { logo_url } : {}),
      ...(contact_email !== undefined ? { email: contact_email } : {}),
      ...(contact_phone !== undefined ? { phone: contact_phone } : {}),
      ...(contact_address !== undefined ? { address: contact_address } : {}),
      ...(website !== undefined ? { website } : {}),
      ...(time_zone ? { time_zone } : {}),
      ...(tax_number !== undefined ? { tax_number: tax_number || null } : {}),
      ...(country_code !== undefined ? { country_code } : {}),
      ...(peppol_endpoint_id !== undefined ? { peppol_endpoint_id: peppol_endpoint_id || null } : {}),
      ...(peppol_endpoint_scheme !== undefined ? { peppol_endpoint_scheme } : {}),
    });
    const updated = await repo.findOrganizationById(trx, organization.id);
    if (!updated) throw notFound('Organization');
    return updated;
  });
}

/** The portal's address: its verified custom domain, else the slug path on PUBLIC_URL. */
export function portalUrl(ctx: AppContext, organization: Pick<OrganizationRow, 'slug'> & DomainColumns): string {
  return portalBaseUrl(ctx.config.publicUrl, organization);
}

export { rateLimits };
