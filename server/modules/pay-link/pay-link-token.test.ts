import { describe, expect, it } from 'vitest';
import { payLinkExpiry, payLinkKey, readPayLink, signPayLink } from './pay-link-token.ts';

const claims = {
  organizationId: '01936a4e-0000-7000-8000-000000000001',
  documentId: '01936a4e-0000-7000-8000-000000000002',
  contactPersonId: '01936a4e-0000-7000-8000-000000000003',
  expiresAt: 1_800_000_000,
};
const key = payLinkKey('instance-secret');

describe('pay link tokens', () => {
  it('read back what they were signed with, in a short URL-safe token', () => {
    const token = signPayLink(key, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]{114}$/);
    expect(readPayLink(key, token)).toEqual(claims);
  });

  it('are refused when any character changes, when another secret signed them, or when malformed', () => {
    const token = signPayLink(key, claims);
    for (const index of [0, 5, 40, 70, token.length - 1]) {
      const changed = token.slice(0, index) + (token[index] === 'A' ? 'B' : 'A') + token.slice(index + 1);
      expect(readPayLink(key, changed)).toBeUndefined();
    }
    expect(readPayLink(payLinkKey('another-secret'), token)).toBeUndefined();
    expect(readPayLink(key, token.slice(0, -2))).toBeUndefined();
    expect(readPayLink(key, `${token}A`)).toBeUndefined();
    expect(readPayLink(key, 'not a token')).toBeUndefined();
    expect(readPayLink(key, '')).toBeUndefined();
  });

  it('use a key of their own, not the instance secret itself', () => {
    expect(payLinkKey('s').equals(payLinkKey('s'))).toBe(true);
    expect(payLinkKey('s').toString('hex')).not.toBe(Buffer.from('s').toString('hex'));
  });

  it('expire 60 days after issue, or 60 days after the due date when that is later', () => {
    const issued = new Date('2026-12-01T10:00:00.000Z');
    const sixtyDays = Date.parse('2027-01-30T10:00:00.000Z') / 1000;
    expect(payLinkExpiry(issued, null)).toBe(sixtyDays);
    expect(payLinkExpiry(issued, '2026-11-15')).toBe(sixtyDays);
    // Due on 1 March 2027: usable through 30 April 2027 (the end of the 60th day after it).
    expect(payLinkExpiry(issued, '2027-03-01')).toBe(Date.parse('2027-05-01T00:00:00.000Z') / 1000);
  });
});
