import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { safeNext, signInSchema, signUpDefaults, signUpSchema } from './auth-form.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

describe('the sign-in and sign-up forms', () => {
  it('go on only to a path inside the console', () => {
    expect(safeNext('/invoices/1?tab=views')).toBe('/invoices/1?tab=views');
    expect(safeNext(null)).toBe('/customers');
    expect(safeNext('https://evil.test/')).toBe('/customers');
    expect(safeNext('//evil.test/')).toBe('/customers');
    expect(safeNext('/\\evil.test/')).toBe('/customers');
  });

  it('need an email and a password to sign in', () => {
    expect(signInSchema.safeParse({ email: ' ', password: '' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['email', 'password']);
    expect(signInSchema.parse({ email: ' olivia@example.test ', password: ' secret ' })).toEqual({ email: 'olivia@example.test', password: ' secret ' });
  });

  it('need every field and a password of ten characters to sign up', () => {
    const result = signUpSchema(i18n.t).safeParse({ ...signUpDefaults, password: 'short' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['organization_name', 'common.required'],
      ['name', 'common.required'],
      ['email', 'common.required'],
      ['password', 'At least 10 characters.'],
    ]);
  });
});
