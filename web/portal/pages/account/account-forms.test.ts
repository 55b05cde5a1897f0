import { describe, expect, it } from 'vitest';
import type { Me } from '../../app/session.ts';
import { passwordChangeBody, passwordChangeDefaults, passwordChangeFieldName, passwordChangeSchema, profileSchema, profileUpdate, profileValues } from './account-forms.ts';

const me = {
  state: 'signed_in',
  csrf_token: 'token',
  email: 'ada@example.test',
  language: 'en',
  two_factor_enabled: false,
  show_sales_orders: true,
  allow_reviews: false,
  allow_forwarding: true,
  show_projects: true,
  allow_time_entry_approval: true,
  return_url: null,
  contact: { id: 'c1', first_name: 'Ada', last_name: 'Lovelace', name: 'Ada Lovelace', email: 'ada@example.test', phone: null, avatar_url: '', permissions: [] },
  customer: { id: 'cu1', display_name: 'Analytical Engines', currency: 'GBP' },
  accounts: [],
} satisfies Me;

describe('the profile form', () => {
  it('starts from the contact, a missing phone as an empty field', () => {
    expect(profileValues(me)).toEqual({ first_name: 'Ada', last_name: 'Lovelace', phone: '' });
  });

  it('needs a first name and sends trimmed fields, an empty phone as none', () => {
    expect(profileSchema.safeParse({ first_name: '  ', last_name: '', phone: '' }).error?.issues[0]).toMatchObject({ path: ['first_name'], message: 'common.required' });
    expect(profileUpdate(profileSchema.parse({ first_name: ' Ada ', last_name: '  ', phone: '  ' }))).toEqual({ first_name: 'Ada', last_name: '', phone: null });
    expect(profileUpdate(profileSchema.parse({ first_name: 'Ada', last_name: 'King', phone: ' +44 20 7946 0000 ' })).phone).toBe('+44 20 7946 0000');
  });
});

describe('the password-change form', () => {
  it('needs the current password and a strong, confirmed new one', () => {
    const result = passwordChangeSchema.safeParse({ ...passwordChangeDefaults(), password: 'short', confirmation: 'other' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['current', 'common.required'],
      ['password', 'password.tooWeak'],
      ['confirmation', 'password.mismatch'],
    ]);
  });

  it('sends the API’s field names and puts the server’s field errors back on the form’s', () => {
    const values = passwordChangeSchema.parse({ current: 'old secret', password: 'correct horse battery', confirmation: 'correct horse battery' });
    expect(passwordChangeBody(values)).toEqual({ current_password: 'old secret', new_password: 'correct horse battery' });
    expect(passwordChangeFieldName('current_password')).toBe('current');
    expect(passwordChangeFieldName('new_password')).toBe('password');
    expect(passwordChangeFieldName('something_else')).toBeUndefined();
  });
});
