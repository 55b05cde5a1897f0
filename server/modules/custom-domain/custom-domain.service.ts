import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { Db, OrganizationRow } from '../../db/database.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { findOrganization } from '../organization/organization.service.ts';
import type { PortalHost } from './custom-domain-hosts.ts';
import * as repo from './custom-domain.repository.ts';
import {
  checkCustomDomain,
  customDomainStatus,
  portalBaseUrl,
  txtRecordsProve,
  verificationRecordName,
  type VerificationFailure,
} from './custom-domain.ts';
import type { CustomDomainResponse, SetCustomDomainBody } from './custom-domain.schemas.ts';

/** Loads the routing table: every verified custom domain with its organization's slug. */
export async function loadPortalHosts(db: Db): Promise<PortalHost[]> {
  const rows = await repo.listVerifiedCustomDomains(db);
  return rows.flatMap((row) => (row.custom_domain ? [{ organizationId: row.id, slug: row.slug, domain: row.custom_domain }] : []));
}

function portalHostName(ctx: AppContext): string {
  return new URL(ctx.config.publicUrl).hostname.toLowerCase();
}

export function toCustomDomainResponse(ctx: AppContext, organization: OrganizationRow): CustomDomainResponse {
  const domain = organization.custom_domain;
  const failure = organization.custom_domain_failure as VerificationFailure | null;
  return {
    custom_domain: domain,
    status: customDomainStatus(organization),
    cname_target: portalHostName(ctx),
    verification_record: domain && organization.custom_domain_token ? { type: 'TXT', name: verificationRecordName(domain), value: organization.custom_domain_token } : null,
    verified_at: organization.custom_domain_verified_at,
    checked_at: organization.custom_domain_checked_at,
    failure,
    portal_url: portalBaseUrl(ctx.config.publicUrl, organization),
  };
}

async function organizationOf(ctx: AppContext, organizationId: string): Promise<OrganizationRow> {
  const organization = await findOrganization(ctx.db, organizationId);
  if (!organization) throw notFound('Organization');
  return organization;
}

export async function getCustomDomain(ctx: AppContext, organizationId: string): Promise<CustomDomainResponse> {
  return toCustomDomainResponse(ctx, await organizationOf(ctx, organizationId));
}

/**
 * Sets, changes or removes the custom domain. A new domain gets a new token and starts unverified, so
 * it is not routed until its TXT record is checked; the same domain again changes nothing.
 */
export async function setCustomDomain(ctx: AppContext, organizationId: string, input: SetCustomDomainBody): Promise<CustomDomainResponse> {
  let domain: string | null = null;
  if (input.custom_domain !== null && input.custom_domain !== '') {
    const checked = checkCustomDomain(input.custom_domain, portalHostName(ctx));
    if (!checked.ok) throw validationError('custom_domain', checked.problem, checked.message, checked.problem === 'invalid_format' ? { format: 'hostname' } : {});
    domain = checked.host;
  }
  const current = await organizationOf(ctx, organizationId);
  if (current.custom_domain === domain) return toCustomDomainResponse(ctx, current);
  const token = domain ? `portico-verify-${randomBytes(16).toString('hex')}` : null;
  try {
    await repo.setCustomDomain(ctx.db, organizationId, domain, token, isoNow(ctx.clock));
  } catch (error) {
    if (repo.isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'custom_domain: this domain is used by another organization', [fieldIssue('custom_domain', 'taken', 'is used by another organization')]);
    }
    throw error;
  }
  // A verified domain stops being routed at once on this instance (others within the table's TTL).
  if (current.custom_domain_verified_at) await ctx.portalHosts.refresh();
  return toCustomDomainResponse(ctx, await organizationOf(ctx, organizationId));
}

async function lookUp(ctx: AppContext, domain: string, token: string): Promise<VerificationFailure | null> {
  let records: string[][];
  try {
    records = await ctx.resolveTxt(verificationRecordName(domain));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENODATA' || code === 'ENOTFOUND') return 'no_record';
    ctx.logger.warn({ err: error, domain }, 'custom domain TXT look-up failed');
    return 'lookup_failed';
  }
  if (txtRecordsProve(records, token)) return null;
  return records.length === 0 ? 'no_record' : 'wrong_token';
}

/**
 * Checks the `_portico-verify.<domain>` TXT record and records the outcome. A look-up that failed (DNS
 * unreachable) leaves a verified domain verified; a missing or wrong record ends the verification.
 */
export async function verifyCustomDomain(ctx: AppContext, organizationId: string): Promise<CustomDomainResponse> {
  const organization = await organizationOf(ctx, organizationId);
  const domain = organization.custom_domain;
  const token = organization.custom_domain_token;
  if (!domain || !token) throw validationError('custom_domain', 'required', 'set a custom domain before verifying it');
  const failure = await lookUp(ctx, domain, token);
  const now = isoNow(ctx.clock);
  const verifiedAt = failure === null ? (organization.custom_domain_verified_at ?? now) : failure === 'lookup_failed' ? organization.custom_domain_verified_at : null;
  const recorded = await repo.recordVerification(ctx.db, organizationId, domain, { verifiedAt, failure, checkedAt: now });
  if (recorded && (verifiedAt === null) !== (organization.custom_domain_verified_at === null)) await ctx.portalHosts.refresh();
  return toCustomDomainResponse(ctx, await organizationOf(ctx, organizationId));
}
