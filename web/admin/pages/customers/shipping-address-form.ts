/**
 * A customer's shipping address: a label contacts pick it by in the portal ("Warehouse Leeds") and the
 * address as it is written on a parcel, one line per line (what an order copies). One of them is the default.
 */
import { z } from 'zod';

export interface ShippingAddressValues {
  label: string;
  address: string;
  is_default: boolean;
}

export interface ShippingAddressRequest {
  label: string;
  address: string;
  is_default: boolean;
}

export function shippingAddressValues(address: { label: string | null; address: string; is_default: boolean } | undefined, firstOne: boolean): ShippingAddressValues {
  return { label: address?.label ?? '', address: address?.address ?? '', is_default: address?.is_default ?? firstOne };
}

export const shippingAddressSchema = z
  .object({
    label: z.string().trim().min(1, 'common.required').max(100, 'shippingAddresses.errors.labelTooLong'),
    address: z.string().trim().min(1, 'common.required').max(1000, 'shippingAddresses.errors.addressTooLong'),
    is_default: z.boolean(),
  })
  .transform((values): ShippingAddressRequest => ({ label: values.label, address: values.address, is_default: values.is_default }));
