import { describe, expect, it } from 'vitest';
import { checkPassword, existingPasswordSchema, isPasswordAcceptable, newPasswordSchema } from './new-password.ts';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the password rules', () => {
  it('asks for ten characters as people count them', () => {
    expect(checkPassword('short-one', 'short-one').longEnough).toBe(false);
    expect(checkPassword('long enough', 'long enough').longEnough).toBe(true);
    // Nine emoji are nine characters, though eighteen UTF-16 units.
    expect(checkPassword('😀'.repeat(9), '').longEnough).toBe(false);
    expect(checkPassword('😀'.repeat(10), '').longEnough).toBe(true);
  });

  it('refuses the most common passwords whatever their case, and an empty one', () => {
    expect(checkPassword('Password123', 'Password123').notCommon).toBe(false);
    expect(checkPassword('QWERTYUIOP', '').notCommon).toBe(false);
    expect(checkPassword('', '').notCommon).toBe(false);
    expect(checkPassword('correct horse battery', '').notCommon).toBe(true);
  });

  it('is acceptable only when long enough, not common and confirmed', () => {
    expect(isPasswordAcceptable(checkPassword('correct horse battery', 'correct horse battery'))).toBe(true);
    expect(isPasswordAcceptable(checkPassword('correct horse battery', 'correct horse'))).toBe(false);
    expect(isPasswordAcceptable(checkPassword('', ''))).toBe(false);
  });
});

describe('the new-password form', () => {
  it('says a weak password is too weak and a different confirmation does not match, both at once', () => {
    expect(issues(newPasswordSchema.safeParse({ password: 'password123', confirmation: 'password12' }))).toEqual([
      ['password', 'password.tooWeak'],
      ['confirmation', 'password.mismatch'],
    ]);
    expect(issues(newPasswordSchema.safeParse({ password: 'short', confirmation: 'short' }))).toEqual([['password', 'password.tooWeak']]);
  });

  it('passes a strong, confirmed password as typed (spaces are part of it)', () => {
    expect(newPasswordSchema.parse({ password: ' correct horse ', confirmation: ' correct horse ' })).toEqual({ password: ' correct horse ', confirmation: ' correct horse ' });
  });

  it('only asks for the current password of an existing account', () => {
    expect(issues(existingPasswordSchema.safeParse({ password: '', confirmation: '' }))).toEqual([['password', 'common.required']]);
    expect(existingPasswordSchema.safeParse({ password: 'abc', confirmation: '' }).success).toBe(true);
  });
});
