import { describe, expect, it } from 'vitest';
import { parsePermissions, portalStatusOf } from './portal-access.ts';
import { linkStatusOf } from './portal-links.service.ts';

const now = new Date('2026-11-25T12:00:00Z');
const base = { portal_enabled: 0, invited_at: null, accepted_at: null, disabled_at: null };

describe('portal status of a contact', () => {
  it('is not invited before anything happened', () => {
    expect(portalStatusOf(base, null, now)).toBe('not_invited');
  });
  it('is invited while the newest invitation is valid, expired after', () => {
    const invited = { ...base, portal_enabled: 1, invited_at: '2026-11-20T00:00:00Z' };
    expect(portalStatusOf(invited, '2026-11-27T00:00:00Z', now)).toBe('invited');
    expect(portalStatusOf(invited, '2026-11-25T11:59:59Z', now)).toBe('expired');
    expect(portalStatusOf(invited, null, now)).toBe('expired');
  });
  it('is accepted once the invitation was used, disabled once access was removed', () => {
    expect(portalStatusOf({ ...base, portal_enabled: 1, invited_at: 'x', accepted_at: 'y' }, null, now)).toBe('accepted');
    expect(portalStatusOf({ ...base, invited_at: 'x', accepted_at: 'y', disabled_at: 'z' }, null, now)).toBe('disabled');
  });
});

describe('permissions', () => {
  it('keeps only known permissions in their canonical order', () => {
    expect(parsePermissions('["pay","hack","view_documents"]')).toEqual(['view_documents', 'pay']);
    expect(parsePermissions('{}')).toEqual([]);
  });
});

describe('link status', () => {
  it('is revoked, used, expired or active', () => {
    const iso = now.toISOString();
    expect(linkStatusOf({ used_at: null, revoked_at: 'r', expires_at: '2099' }, iso)).toBe('revoked');
    expect(linkStatusOf({ used_at: 'u', revoked_at: null, expires_at: '2099' }, iso)).toBe('used');
    expect(linkStatusOf({ used_at: null, revoked_at: null, expires_at: '2020' }, iso)).toBe('expired');
    expect(linkStatusOf({ used_at: null, revoked_at: null, expires_at: '2099' }, iso)).toBe('active');
  });
});
