import { z } from 'zod';
import { languageSchema } from '../../../contract/portal.ts';
import { passwordField } from '../../http/schemas.ts';
import { dashboardFigures } from '../portal-document/portal-document.schemas.ts';
import { dashboardOrders } from '../portal-order/portal-order.schemas.ts';

export const updateMeBody = z
  .object({
    first_name: z.string().trim().min(1, 'is required').max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
    phone: z.string().trim().max(50).nullable().optional(),
    /** null goes back to the customer's portal language. */
    language: languageSchema.nullable().optional(),
  })
  .strict();
export type UpdateMeBody = z.infer<typeof updateMeBody>;

export const changePasswordBody = z.object({ current_password: passwordField, new_password: passwordField });
export const switchAccountBody = z.object({ contact_person_id: z.string().min(1).max(64) });

export const twoFactorSetupResponse = z.object({ secret: z.string(), otpauth_url: z.string(), qr_code_data_url: z.string() });
export const recoveryCodesResponse = z.object({ recovery_codes: z.array(z.string()) });

export const dashboardResponse = z.object({
  banner_message: z.string(),
  show_banner: z.boolean(),
  organization: z.object({
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
    logo_url: z.string().nullable(),
  }),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  contact_name: z.string(),
  /** Each with its text in the contact's language, and the code with its parameters (docs/api.md, "Messages"). */
  recent_activity: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      module: z.string(),
      actor_name: z.string(),
      message: z.string(),
      message_code: z.string().nullable(),
      message_params: z.record(z.string(), z.unknown()).nullable(),
      created_at: z.string(),
    }),
  ),
  /** Null when the contact's role does not include view_documents. */
  figures: dashboardFigures.nullable(),
  /** Open orders and the latest shipment; null while the portal's sales orders are switched off or the role reads no orders. */
  orders: dashboardOrders.nullable(),
});
