/** The edit dialog of a saved method: expiry as typed (MM/YY) and the billing address, to and from the API. */
import { z } from 'zod';
import { parseExpiry } from './card-entry.ts';
import type { SavedMethod, UpdateMethodBody } from './queries.ts';

const text = (max: number) => z.string().trim().max(max);

export const methodEditSchema = z
  .object({
    expiry: z.string().trim(),
    line1: text(200),
    line2: text(200),
    city: text(100),
    state: text(100),
    postal_code: text(20),
    country: z.string().trim().toUpperCase().refine((value) => value === '' || /^[A-Z]{2}$/.test(value), 'paymentMethods.edit.countryInvalid'),
  })
  .superRefine((values, context) => {
    if (values.expiry !== '' && !parseExpiry(values.expiry)) context.addIssue({ code: 'custom', path: ['expiry'], message: 'pay.card.expiryInvalid' });
  });
export type MethodEditValues = z.input<typeof methodEditSchema>;

export function methodEditDefaults(method: SavedMethod): MethodEditValues {
  const address = method.billing_address;
  return {
    expiry: method.exp_month && method.exp_year ? `${String(method.exp_month).padStart(2, '0')}/${String(method.exp_year).slice(-2)}` : '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    postal_code: address?.postal_code ?? '',
    country: address?.country ?? '',
  };
}

/** The PATCH body: the expiry only for a card, the address with empty parts as null (no address at all: null). */
export function methodEditBody(method: SavedMethod, values: z.output<typeof methodEditSchema>): UpdateMethodBody {
  const orNull = (value: string) => (value === '' ? null : value);
  const address = { line1: orNull(values.line1), line2: orNull(values.line2), city: orNull(values.city), state: orNull(values.state), postal_code: orNull(values.postal_code), country: orNull(values.country) };
  const empty = Object.values(address).every((value) => value === null);
  const expiry = method.type === 'card' ? parseExpiry(values.expiry) : null;
  return { ...(expiry ? { exp_month: expiry.month, exp_year: expiry.year } : {}), billing_address: empty ? null : address };
}

/** The server's field names → the dialog's (`exp_year` → `expiry`, `billing_address.city` → `city`). */
export function methodEditField(serverField: string): string | undefined {
  if (serverField === 'exp_month' || serverField === 'exp_year') return 'expiry';
  if (serverField.startsWith('billing_address.')) return serverField.slice('billing_address.'.length);
  return undefined;
}
