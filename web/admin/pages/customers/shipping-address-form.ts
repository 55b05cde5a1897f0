/**
 * A customer's shipping address: a label contacts pick it by in the portal ("Warehouse Leeds") and the
 * address in the same parts as the customer's own addresses (at least one filled in). One of them is
 * the default.
 */
import { z } from 'zod';
import { addressFields, addressValues, toAddress, type AddressField, type AddressValues } from './customer-form.ts';

export interface ShippingAddressValues {
  label: string;
  shipping: AddressValues;
  is_default: boolean;
}

export interface ShippingAddressRequest {
  label: string;
  address: Partial<AddressValues>;
  is_default: boolean;
}

export function shippingAddressValues(address: { label: string | null; address: Partial<Record<AddressField, string>>; is_default: boolean } | undefined, firstOne: boolean): ShippingAddressValues {
  return { label: address?.label ?? '', shipping: addressValues(address?.address), is_default: address?.is_default ?? firstOne };
}

const part = z.string().max(300, 'shippingAddresses.errors.partTooLong');

export const shippingAddressSchema = z
  .object({
    label: z.string().trim().min(1, 'common.required').max(100, 'shippingAddresses.errors.labelTooLong'),
    shipping: z.object(Object.fromEntries(addressFields.map((field) => [field, part])) as Record<AddressField, typeof part>),
    is_default: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (!toAddress(values.shipping)) ctx.addIssue({ code: 'custom', path: ['shipping', 'street'], message: 'shippingAddresses.errors.addressRequired' });
  })
  .transform((values): ShippingAddressRequest => ({ label: values.label, address: toAddress(values.shipping) ?? {}, is_default: values.is_default }));

/** The form's field for a field the server named (`address.city` → `shipping.city`; the whole address → its street). */
export function shippingAddressFieldName(field: string): string {
  if (field === 'address') return 'shipping.street';
  return field.replace(/^address\./, 'shipping.');
}
