import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../payments/webhook-signature.ts';
import { endpointUrlProblem, isForbiddenAddress, retryDelaySeconds, signatureHeader, webhookEventBody, webhookTypeOfPortalEvent } from './outgoing-webhook.ts';

describe('addresses webhooks may not reach', () => {
  it('refuses private, loopback, link-local, carrier-grade NAT, multicast and unspecified IPv4', () => {
    for (const address of ['10.0.0.1', '127.0.0.1', '127.8.9.10', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '192.0.0.8', '198.18.0.1']) {
      expect(isForbiddenAddress(address), address).toBe(true);
    }
  });

  it('refuses the same in IPv6, also IPv4 written as IPv6', () => {
    for (const address of ['::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:10.1.2.3', '64:ff9b::a00:1', '2001:db8::1']) {
      expect(isForbiddenAddress(address), address).toBe(true);
    }
  });

  it('allows public addresses', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:93.184.216.34']) {
      expect(isForbiddenAddress(address), address).toBe(false);
    }
  });

  it('checks endpoint URLs: https only, no credentials, no private literal or localhost, unless in development', () => {
    expect(endpointUrlProblem('https://hooks.example.com/portico', false)).toBeUndefined();
    expect(endpointUrlProblem('http://hooks.example.com/portico', false)).toBe('https_required');
    expect(endpointUrlProblem('https://127.0.0.1/x', false)).toBe('private_address');
    expect(endpointUrlProblem('https://[::1]/x', false)).toBe('private_address');
    expect(endpointUrlProblem('https://localhost/x', false)).toBe('private_address');
    expect(endpointUrlProblem('https://user:pw@hooks.example.com/', false)).toBe('invalid');
    expect(endpointUrlProblem('not a url', false)).toBe('invalid');
    expect(endpointUrlProblem('http://127.0.0.1:9000/x', true)).toBeUndefined();
  });
});

describe('signing', () => {
  const body = JSON.stringify(webhookEventBody({ id: 'evt_1', type: 'estimate.accepted', createdAt: '2026-12-04T10:00:00.000Z', data: { activity: { id: 'a1' } } }));

  it('signs timestamp and body in Stripe’s scheme, which the receiver verifies with the secret', () => {
    const header = signatureHeader(body, ['whsec_new'], 1_796_000_000);
    expect(header).toMatch(/^t=1796000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(body, header, ['whsec_new'], 1_796_000_010)).toEqual({ ok: true, timestamp: 1_796_000_000 });
    expect(verifyWebhookSignature(`${body} `, header, ['whsec_new'], 1_796_000_010)).toEqual({ ok: false, reason: 'no_signature_matches' });
    expect(verifyWebhookSignature(body, header, ['whsec_other'], 1_796_000_010)).toEqual({ ok: false, reason: 'no_signature_matches' });
  });

  it('signs with both secrets while a rolled one overlaps, so either verifies', () => {
    const header = signatureHeader(body, ['whsec_new', 'whsec_old'], 1_796_000_000);
    expect(header.split(',')).toHaveLength(3);
    expect(verifyWebhookSignature(body, header, ['whsec_old'], 1_796_000_000).ok).toBe(true);
    expect(verifyWebhookSignature(body, header, ['whsec_new'], 1_796_000_000).ok).toBe(true);
  });

  it('versions the payload', () => {
    expect(JSON.parse(body)).toEqual({ id: 'evt_1', object: 'event', type: 'estimate.accepted', api_version: '2026-12-01', created: 1_796_378_400, data: { activity: { id: 'a1' } } });
  });
});

describe('the retry schedule and the events', () => {
  it('waits a minute, then longer, at most ten hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(retryDelaySeconds)).toEqual([60, 300, 1800, 7200, 18_000, 36_000, 36_000, 36_000]);
  });

  it('turns portal events into webhook events; a profile change is none, a company change is one', () => {
    expect(webhookTypeOfPortalEvent('portal.estimate_accepted', 'estimates')).toBe('estimate.accepted');
    expect(webhookTypeOfPortalEvent('portal.changes_requested', 'estimates')).toBe('estimate.changes_requested');
    expect(webhookTypeOfPortalEvent('portal.signup', 'portal')).toBe('contact.signed_up');
    expect(webhookTypeOfPortalEvent('portal.account_updated', 'company')).toBe('company.details_changed');
    expect(webhookTypeOfPortalEvent('portal.account_updated', 'portal')).toBeUndefined();
    expect(webhookTypeOfPortalEvent('portal.signin', 'portal')).toBeUndefined();
    // Payments come from their integration events, with the whole payment.
    expect(webhookTypeOfPortalEvent('portal.payment_received', 'payments')).toBeUndefined();
  });
});
