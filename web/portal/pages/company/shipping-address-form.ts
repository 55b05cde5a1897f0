/**
 * One of the company's shipping addresses as the portal form edits it: a label the contact picks it by
 * when ordering and the address as written on a parcel, one line per line. Messages are translation keys.
 */
import { z } from 'zod';
import type { CompanyShippingAddress, NewCompanyShippingAddress } from './queries.ts';

export const shippingAddressSchema = z
  .object({
    label: z.string().trim().min(1, 'common.required').max(100, 'company.shipping.labelTooLong'),
    address: z.string().trim().min(1, 'common.required').max(1000, 'company.shipping.addressTooLong'),
    is_default: z.boolean(),
  })
  .transform((values): NewCompanyShippingAddress => ({ label: values.label, address: values.address, is_default: values.is_default }));
export type ShippingAddressValues = z.input<typeof shippingAddressSchema>;

/** The form for an address (or a new one: the first one added becomes the default). */
export function shippingAddressValues(address: CompanyShippingAddress | undefined, first: boolean): ShippingAddressValues {
  return { label: address?.label ?? '', address: address?.address ?? '', is_default: address?.is_default ?? first };
}

/** The body of a change: the default stays the default (the server refuses unmarking it). */
export function shippingAddressUpdate(address: CompanyShippingAddress | undefined, body: NewCompanyShippingAddress): NewCompanyShippingAddress {
  return address?.is_default ? { label: body.label, address: body.address } : body;
}
