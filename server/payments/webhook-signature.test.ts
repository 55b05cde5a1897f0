import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signWebhookPayload, verifyWebhookSignature } from './webhook-signature.ts';

const secret = 'whsec_test_secret';
const body = '{"id":"evt_1","type":"payment.succeeded"}';
const at = 1_780_000_000;

describe('webhook signatures', () => {
  it('signs <t>.<body> with HMAC-SHA256 in hex, as Stripe does', () => {
    const expected = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
    expect(signWebhookPayload(body, secret, at)).toBe(`t=${at},v1=${expected}`);
  });

  it('accepts its own signature within the tolerance, either side of now', () => {
    const header = signWebhookPayload(body, secret, at);
    expect(verifyWebhookSignature(body, header, [secret], at)).toEqual({ ok: true, timestamp: at });
    expect(verifyWebhookSignature(body, header, [secret], at + 300).ok).toBe(true);
    expect(verifyWebhookSignature(body, header, [secret], at - 300).ok).toBe(true);
  });

  it('refuses a matching signature older or newer than the tolerance', () => {
    const header = signWebhookPayload(body, secret, at);
    expect(verifyWebhookSignature(body, header, [secret], at + 301)).toEqual({ ok: false, reason: 'timestamp_outside_tolerance' });
    expect(verifyWebhookSignature(body, header, [secret], at - 301)).toEqual({ ok: false, reason: 'timestamp_outside_tolerance' });
    expect(verifyWebhookSignature(body, header, [secret], at + 60, 30).ok).toBe(false);
  });

  it('refuses another secret, another body and a moved timestamp', () => {
    const header = signWebhookPayload(body, secret, at);
    expect(verifyWebhookSignature(body, header, ['whsec_other'], at)).toEqual({ ok: false, reason: 'no_signature_matches' });
    expect(verifyWebhookSignature(`${body} `, header, [secret], at)).toEqual({ ok: false, reason: 'no_signature_matches' });
    expect(verifyWebhookSignature(body, header.replace(`t=${at}`, `t=${at + 1}`), [secret], at)).toEqual({ ok: false, reason: 'no_signature_matches' });
  });

  it('accepts either secret while one is rolled, and any of several v1 values', () => {
    const previous = signWebhookPayload(body, 'whsec_previous', at);
    expect(verifyWebhookSignature(body, previous, [secret, 'whsec_previous'], at).ok).toBe(true);
    const both = `${signWebhookPayload(body, secret, at)},v1=${previous.split('v1=')[1]}`;
    expect(verifyWebhookSignature(body, both, ['whsec_previous'], at).ok).toBe(true);
  });

  it('calls missing, malformed or timestamp-less headers malformed', () => {
    for (const header of [undefined, '', 'garbage', 'v1=abc', `t=${at}`.replace('t=', 't'), 't=soon,v1=00', `t=${at},t=${at},v1=00`]) {
      expect(verifyWebhookSignature(body, header, [secret], at), String(header)).toEqual({ ok: false, reason: 'malformed_header' });
    }
    // A timestamp with no usable v1 is well formed but matches nothing.
    expect(verifyWebhookSignature(body, `t=${at},v0=abc`, [secret], at)).toEqual({ ok: false, reason: 'no_signature_matches' });
  });

  it('verifies every signed body and refuses every changed one (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (payload, key, extra) => {
        const header = signWebhookPayload(payload, key, at);
        expect(verifyWebhookSignature(payload, header, [key], at).ok).toBe(true);
        expect(verifyWebhookSignature(payload + extra, header, [key], at).ok).toBe(false);
      }),
    );
  });
});
