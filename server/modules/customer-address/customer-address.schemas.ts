import { z } from 'zod';

export const shippingAddressParams = z.object({ id: z.string().min(1).max(64), addressId: z.string().min(1).max(64) });

export const newShippingAddressBody = z
  .object({
    label: z.string().trim().min(1, 'is required').max(100),
    /** The address as it is written on a parcel, one line per line. */
    address: z.string().trim().min(1, 'is required').max(1000),
    is_default: z.boolean().default(false),
  })
  .strict();
export type NewShippingAddressBody = z.infer<typeof newShippingAddressBody>;

export const updateShippingAddressBody = z
  .object({
    label: newShippingAddressBody.shape.label,
    address: newShippingAddressBody.shape.address,
    /** true makes this the default; the default cannot be unmarked (mark another one instead). */
    is_default: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateShippingAddressBody = z.infer<typeof updateShippingAddressBody>;

export const shippingAddressResponse = z.object({
  /** 'default' for the customer's own shipping address when no addresses are stored. */
  id: z.string(),
  /** null for the customer's own shipping address (the apps show their own word for it). */
  label: z.string().nullable(),
  /** As written on a parcel, lines separated by newlines (what an order copies). */
  address: z.string(),
  /** The same, line by line (empty lines left out). */
  address_lines: z.array(z.string()),
  is_default: z.boolean(),
  /** false for the entry made from the customer's own shipping address. */
  stored: z.boolean(),
});
export type ShippingAddressResponse = z.infer<typeof shippingAddressResponse>;
