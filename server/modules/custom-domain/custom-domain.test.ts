import { describe, expect, it } from 'vitest';
import { checkCustomDomain, customDomainStatus, hostedPageBaseUrl, portalBaseUrl, txtRecordsProve, verificationRecordName } from './custom-domain.ts';

const unverified = { custom_domain: 'portal.acme.com', custom_domain_verified_at: null, custom_domain_failure: null };
const verified = { ...unverified, custom_domain_verified_at: '2026-12-04T10:00:00.000Z' };

describe('custom domain rules', () => {
  it('accepts a bare host name, lowercased, without a trailing dot', () => {
    expect(checkCustomDomain(' Portal.ACME.com. ', 'portico.example')).toEqual({ ok: true, host: 'portal.acme.com' });
    expect(checkCustomDomain('xn--bcher-kva.example', 'portico.example')).toEqual({ ok: true, host: 'xn--bcher-kva.example' });
    expect(checkCustomDomain('acme.portico.example', 'portico.example').ok).toBe(true);
  });

  it('refuses schemes, ports, paths, IP addresses and Portico’s own host', () => {
    expect(checkCustomDomain('http://a.com', 'p.example')).toMatchObject({ ok: false, problem: 'invalid_format' });
    expect(checkCustomDomain('a.com:80', 'p.example')).toMatchObject({ ok: false, problem: 'invalid_format' });
    expect(checkCustomDomain('a.com/x', 'p.example')).toMatchObject({ ok: false, problem: 'invalid_format' });
    expect(checkCustomDomain('a..com', 'p.example')).toMatchObject({ ok: false, problem: 'invalid_format' });
    expect(checkCustomDomain('a.123', 'p.example')).toMatchObject({ ok: false, problem: 'invalid_format' });
    expect(checkCustomDomain('10.0.0.1', 'p.example')).toMatchObject({ ok: false, problem: 'ip_address' });
    expect(checkCustomDomain('::1', 'p.example')).toMatchObject({ ok: false, problem: 'ip_address' });
    expect(checkCustomDomain('P.Example', 'p.example')).toMatchObject({ ok: false, problem: 'reserved_host' });
  });

  it('proves ownership only with the token, chunks joined', () => {
    expect(verificationRecordName('portal.acme.com')).toBe('_portico-verify.portal.acme.com');
    expect(txtRecordsProve([['other'], ['tok', 'en']], 'token')).toBe(true);
    expect(txtRecordsProve([['other'], ['token-2']], 'token')).toBe(false);
    expect(txtRecordsProve([], 'token')).toBe(false);
  });

  it('links to the domain only once verified', () => {
    expect(portalBaseUrl('https://portico.example', { slug: 'acme', ...unverified })).toBe('https://portico.example/portal/acme');
    expect(portalBaseUrl('https://portico.example', { slug: 'acme', ...verified })).toBe('https://portal.acme.com');
    expect(hostedPageBaseUrl('https://portico.example', { slug: 'acme', ...verified })).toBe('https://portal.acme.com/pay/acme');
    expect(hostedPageBaseUrl('https://portico.example', { slug: 'acme', ...unverified })).toBe('https://portico.example/pay/acme');
    expect(customDomainStatus({ custom_domain: null, custom_domain_verified_at: null, custom_domain_failure: null })).toBe('none');
    expect(customDomainStatus(unverified)).toBe('pending');
    expect(customDomainStatus({ ...unverified, custom_domain_failure: 'no_record' })).toBe('failed');
    expect(customDomainStatus(verified)).toBe('verified');
  });
});
