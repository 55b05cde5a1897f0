/**
 * The hosted page's form: what the fields hold, the schema that checks them before sending (messages
 * are translation keys), and the body the API takes. The card is entered apart (its numbers go only to
 * the gateway) and joins the body as a token.
 */
import { z } from 'zod';
import type { Language } from '../../../../contract/portal.ts';
import type { HostedSignUpBody } from './hosted-queries.ts';

const required = z.string().trim().min(1, 'common.required');
const optional = z.string().trim();

export const hostedFormSchema = z.object({
  company_name: required,
  first_name: required,
  last_name: required,
  email: required.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'hosted.form.emailInvalid'),
  phone: optional,
  street: required,
  city: required,
  state: optional,
  postal_code: optional,
  country: required,
  quantity: z.string().trim().regex(/^[1-9]\d{0,3}$/, 'hosted.form.quantityInvalid'),
  coupon_code: optional,
});
export type HostedFormValues = z.input<typeof hostedFormSchema>;
export type HostedFormOutput = z.output<typeof hostedFormSchema>;

export function hostedFormDefaults(): HostedFormValues {
  return { company_name: '', first_name: '', last_name: '', email: '', phone: '', street: '', city: '', state: '', postal_code: '', country: '', quantity: '1', coupon_code: '' };
}

/** The sign-up as the API takes it, in the language chosen on the page; empty optional fields are left out. */
export function hostedSignUpBody(values: HostedFormOutput, language: Language, token: string): HostedSignUpBody {
  return {
    company_name: values.company_name,
    first_name: values.first_name,
    last_name: values.last_name,
    email: values.email,
    ...(values.phone ? { phone: values.phone } : {}),
    billing_address: {
      street: values.street,
      city: values.city,
      country: values.country,
      ...(values.state ? { state: values.state } : {}),
      ...(values.postal_code ? { postal_code: values.postal_code } : {}),
    },
    quantity: Number(values.quantity),
    ...(values.coupon_code ? { coupon_code: values.coupon_code } : {}),
    language,
    payment_method: { token },
  };
}

/** What makes two submits the same sign-up (never the card): a change of these starts a new one. */
export function signUpFingerprint(values: HostedFormOutput, language: Language): string {
  return JSON.stringify([values, language]);
}

/** The server's field names (`billing_address.city`) → the form's (`city`). */
export function formFieldOf(serverField: string): string | undefined {
  if (serverField.startsWith('billing_address.')) return serverField.slice('billing_address.'.length);
  if (serverField === 'billing_address') return 'street';
  if (serverField.startsWith('payment_method')) return undefined;
  return serverField;
}
