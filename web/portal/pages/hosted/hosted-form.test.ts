import { describe, expect, it } from 'vitest';
import { formFieldOf, hostedFormDefaults, hostedFormSchema, hostedSignUpBody, signUpFingerprint } from './hosted-form.ts';

const filled = { ...hostedFormDefaults(), company_name: ' Analytical Engines ', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.test', street: '12 St James Square', city: 'London', country: 'United Kingdom', quantity: '3' };

describe('the hosted page’s form', () => {
  it('names what is missing or wrong with translation keys', () => {
    const result = hostedFormSchema.safeParse({ ...hostedFormDefaults(), email: 'ada@', quantity: '0' });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(issues).toMatchObject({ company_name: 'common.required', city: 'common.required', email: 'hosted.form.emailInvalid', quantity: 'hosted.form.quantityInvalid' });
    expect(issues.phone).toBeUndefined();
  });

  it('sends the sign-up in the page’s language with the card token, leaving empty optional fields out', () => {
    const values = hostedFormSchema.parse(filled);
    expect(hostedSignUpBody(values, 'fr', 'tok_1')).toEqual({
      company_name: 'Analytical Engines',
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: 'ada@example.test',
      billing_address: { street: '12 St James Square', city: 'London', country: 'United Kingdom' },
      quantity: 3,
      language: 'fr',
      payment_method: { token: 'tok_1' },
    });
    expect(hostedSignUpBody(hostedFormSchema.parse({ ...filled, phone: '+1 555', postal_code: 'SW1', coupon_code: 'WELCOME' }), 'en', 't')).toMatchObject({ phone: '+1 555', billing_address: { postal_code: 'SW1' }, coupon_code: 'WELCOME' });
  });

  it('is another sign-up when the details or the language change, never because of the card', () => {
    const values = hostedFormSchema.parse(filled);
    expect(signUpFingerprint(values, 'en')).toBe(signUpFingerprint(hostedFormSchema.parse(filled), 'en'));
    expect(signUpFingerprint(values, 'en')).not.toBe(signUpFingerprint(values, 'de'));
    expect(signUpFingerprint(values, 'en')).not.toBe(signUpFingerprint({ ...values, quantity: '4' }, 'en'));
  });

  it('puts the server’s field names on the form’s fields', () => {
    expect(formFieldOf('billing_address.city')).toBe('city');
    expect(formFieldOf('email')).toBe('email');
    expect(formFieldOf('payment_method.token')).toBeUndefined();
  });
});
