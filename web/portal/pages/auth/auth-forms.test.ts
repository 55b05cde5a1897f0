import { describe, expect, it } from 'vitest';
import { codeSchema, emailRequestSchema, loginDefaults, loginSchema, signupBody, signupDefaults, signupSchema, twoFactorCode, type SignupValues } from './auth-forms.ts';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the sign-in form', () => {
  it('starts from the email in the address, if any', () => {
    expect(loginDefaults('ada@example.test')).toEqual({ email: 'ada@example.test', password: '' });
    expect(loginDefaults(null)).toEqual({ email: '', password: '' });
  });

  it('needs both fields, trims the email and sends the password as typed', () => {
    expect(issues(loginSchema.safeParse({ email: '  ', password: '' }))).toEqual([
      ['email', 'common.required'],
      ['password', 'common.required'],
    ]);
    expect(loginSchema.parse({ email: ' ada@example.test ', password: ' secret ' })).toEqual({ email: 'ada@example.test', password: ' secret ' });
  });
});

describe('the sign-up form', () => {
  const filled: SignupValues = {
    company_name: '  Globex ',
    first_name: ' Hank ',
    last_name: '  ',
    email: ' hank@globex.test ',
    password: 'correct horse battery',
    confirmation: 'correct horse battery',
  };

  it('names every missing field and the password problems together', () => {
    expect(issues(signupSchema.safeParse({ ...signupDefaults(), last_name: 'Scorpio', password: 'qwertyuiop', confirmation: '' }))).toEqual([
      ['company_name', 'common.required'],
      ['first_name', 'common.required'],
      ['email', 'common.required'],
      ['password', 'password.tooWeak'],
      ['confirmation', 'password.mismatch'],
    ]);
  });

  it('sends trimmed fields in the interface’s language, without the confirmation or an empty last name', () => {
    expect(signupBody(signupSchema.parse(filled), 'de')).toEqual({
      company_name: 'Globex',
      first_name: 'Hank',
      email: 'hank@globex.test',
      password: 'correct horse battery',
      language: 'de',
    });
    expect(signupBody(signupSchema.parse({ ...filled, last_name: ' Scorpio ' }), 'en').last_name).toBe('Scorpio');
  });
});

describe('the two-factor and email-link forms', () => {
  it('sends an app code without the spaces people type, a recovery code as it is inside', () => {
    expect(twoFactorCode(' 123 456 ', false)).toBe('123456');
    expect(twoFactorCode(' abcd-efgh ', true)).toBe('abcd-efgh');
  });

  it('needs a code and an email address', () => {
    expect(issues(codeSchema.safeParse({ code: ' ' }))).toEqual([['code', 'common.required']]);
    expect(issues(emailRequestSchema.safeParse({ email: '' }))).toEqual([['email', 'common.required']]);
    expect(emailRequestSchema.parse({ email: ' ada@example.test ' }).email).toBe('ada@example.test');
  });
});
