import type { OrganizationRow } from '../../db/database.ts';

/*
 * Pure rules of custom portal domains (docs/integrations.md "Custom domains"): what a host name must look
 * like, the DNS record that proves ownership, and the portal's address once the domain is verified.
 */

/** The label of the TXT record that proves ownership: `_portico-verify.<domain>`. */
export const verificationLabel = '_portico-verify';

export type HostProblem = 'invalid_format' | 'ip_address' | 'reserved_host';

export type HostCheck = { ok: true; host: string } | { ok: false; problem: HostProblem; message: string };

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const ipv6 = /^\[?[0-9a-f]*:[0-9a-f:.]*\]?$/;

/**
 * A bare host name, lowercased, without a trailing dot: no scheme, port, path, user or IP address, at
 * least two labels, and not Portico's own public host (`reservedHost`).
 */
export function checkCustomDomain(input: string, reservedHost: string): HostCheck {
  const host = input.trim().toLowerCase().replace(/\.$/, '');
  if (ipv4.test(host) || ipv6.test(host)) return { ok: false, problem: 'ip_address', message: 'must be a host name, not an IP address' };
  if (/[/:@?#\s\\]/.test(host)) {
    return { ok: false, problem: 'invalid_format', message: 'must be a bare host name such as portal.example.com (no scheme, port or path)' };
  }
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((part) => label.test(part)) || /^\d+$/.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, problem: 'invalid_format', message: 'must be a bare host name such as portal.example.com (no scheme, port or path)' };
  }
  if (host === reservedHost.toLowerCase()) return { ok: false, problem: 'reserved_host', message: 'is Portico’s own address; choose a host name of your own' };
  return { ok: true, host };
}

/** The name of the TXT record to look up for `domain`. */
export function verificationRecordName(domain: string): string {
  return `${verificationLabel}.${domain}`;
}

export type VerificationFailure = 'no_record' | 'wrong_token' | 'lookup_failed';

/** Whether any TXT record (its chunks joined, as DNS splits long strings) holds exactly the token. */
export function txtRecordsProve(records: readonly (readonly string[])[], token: string): boolean {
  return records.some((chunks) => chunks.join('').trim() === token);
}

export type CustomDomainStatus = 'none' | 'pending' | 'verified' | 'failed';

export type DomainColumns = Pick<OrganizationRow, 'custom_domain' | 'custom_domain_verified_at' | 'custom_domain_failure'>;

export function customDomainStatus(organization: DomainColumns): CustomDomainStatus {
  if (!organization.custom_domain) return 'none';
  if (organization.custom_domain_verified_at) return 'verified';
  return organization.custom_domain_failure ? 'failed' : 'pending';
}

/** The verified custom domain, or undefined while there is none (or it is not verified yet). */
export function verifiedDomainOf(organization: DomainColumns): string | undefined {
  return organization.custom_domain && organization.custom_domain_verified_at ? organization.custom_domain : undefined;
}

/**
 * The portal's address without a trailing slash, for emails and generated links: `https://<domain>` once
 * a custom domain is verified (TLS is terminated at the reverse proxy in front of it), else
 * `<PUBLIC_URL>/portal/<slug>`.
 */
export function portalBaseUrl(publicUrl: string, organization: Pick<OrganizationRow, 'slug'> & DomainColumns): string {
  const origin = customDomainOrigin(publicUrl, organization);
  return origin ?? `${publicUrl}/portal/${organization.slug}`;
}

/** `https://<domain>` of a verified custom domain (the scheme of PUBLIC_URL, https in production), else undefined. */
export function customDomainOrigin(publicUrl: string, organization: DomainColumns): string | undefined {
  const domain = organization.custom_domain && organization.custom_domain_verified_at ? organization.custom_domain : undefined;
  return domain ? `${new URL(publicUrl).protocol}//${domain}` : undefined;
}

/** A hosted page's address (`/pay/<slug>/<plan>`): on the verified custom domain, else on PUBLIC_URL. */
export function hostedPageBaseUrl(publicUrl: string, organization: Pick<OrganizationRow, 'slug'> & DomainColumns): string {
  return `${customDomainOrigin(publicUrl, organization) ?? publicUrl}/pay/${organization.slug}`;
}
