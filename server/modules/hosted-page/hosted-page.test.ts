import { describe, expect, it } from 'vitest';
import { FORM_TOKEN_TTL_SECONDS, formTokenFor, formTokenValid, signUpFingerprintBody } from './hosted-page.ts';

const secret = 'test-secret-test-secret-test-secret-0123';
const now = Date.parse('2026-12-03T12:00:00Z');

describe('the hosted page’s form token', () => {
  it('is valid for its organization and plan for a day', () => {
    const token = formTokenFor(secret, 'org-1', 'plan-1', now);
    expect(formTokenValid(secret, 'org-1', 'plan-1', token, now)).toBe(true);
    expect(formTokenValid(secret, 'org-1', 'plan-1', token, now + (FORM_TOKEN_TTL_SECONDS - 1) * 1000)).toBe(true);
    expect(formTokenValid(secret, 'org-1', 'plan-1', token, now + (FORM_TOKEN_TTL_SECONDS + 1) * 1000)).toBe(false);
  });

  it('is refused for another plan, organization or secret, tampered, or missing', () => {
    const token = formTokenFor(secret, 'org-1', 'plan-1', now);
    expect(formTokenValid(secret, 'org-1', 'plan-2', token, now)).toBe(false);
    expect(formTokenValid(secret, 'org-2', 'plan-1', token, now)).toBe(false);
    expect(formTokenValid(`${secret}x`, 'org-1', 'plan-1', token, now)).toBe(false);
    const [stamp, signature] = token.split('.');
    expect(formTokenValid(secret, 'org-1', 'plan-1', `${(parseInt(stamp!, 36) + 60).toString(36)}.${signature}`, now)).toBe(false);
    for (const bad of [undefined, '', 'garbage', '.', `${stamp}.`, `!!.${signature}`]) expect(formTokenValid(secret, 'org-1', 'plan-1', bad, now)).toBe(false);
  });
});

describe('what makes two sign-ups the same', () => {
  it('leaves the card token out, so another card after a refusal is the same sign-up', () => {
    const body = { email: 'ada@example.test', quantity: 2, payment_method: { token: 'tok_1' } };
    expect(signUpFingerprintBody(body)).toEqual({ email: 'ada@example.test', quantity: 2 });
    expect(signUpFingerprintBody({ ...body, payment_method: { token: 'tok_2' } })).toEqual(signUpFingerprintBody(body));
  });
});
