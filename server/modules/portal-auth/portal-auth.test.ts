import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, isTotpCode, normalizeRecoveryCode, personName, resolveLanguage, sessionState } from './portal-auth.ts';

describe('portal sign-in rules', () => {
  it('names the one step a session has to take next', () => {
    const ready = { pendingTwoFactor: false, twoFactorSetupRequired: false, contactPersonId: 'c1' };
    expect(sessionState(ready)).toBe('signed_in');
    expect(sessionState({ ...ready, contactPersonId: null })).toBe('choose_account');
    expect(sessionState({ ...ready, contactPersonId: null, twoFactorSetupRequired: true })).toBe('two_factor_setup_required');
    expect(sessionState({ ...ready, pendingTwoFactor: true, twoFactorSetupRequired: true })).toBe('two_factor_required');
  });

  it('speaks the person’s own language, else the customer’s, else English', () => {
    expect(resolveLanguage('ja', 'de')).toBe('ja');
    expect(resolveLanguage(null, 'de')).toBe('de');
    expect(resolveLanguage('xx', 'fr')).toBe('fr');
    expect(resolveLanguage(undefined, undefined)).toBe('en');
  });

  it('makes ten distinct, readable recovery codes and accepts them as people type them', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(normalizeRecoveryCode(' AB3CD-EF4GH ')).toBe('ab3cdef4gh');
  });

  it('tells a six-digit code from anything else', () => {
    expect(isTotpCode('123456')).toBe(true);
    expect(isTotpCode('123 456')).toBe(true);
    expect(isTotpCode('12345')).toBe(false);
    expect(isTotpCode('abcde-fghij')).toBe(false);
  });

  it('joins first and last name without stray spaces', () => {
    expect(personName({ first_name: 'Ada', last_name: '' })).toBe('Ada');
    expect(personName({ first_name: 'Ada', last_name: 'Lovelace' })).toBe('Ada Lovelace');
  });
});
