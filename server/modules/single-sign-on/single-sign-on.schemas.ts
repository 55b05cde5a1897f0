import { z } from 'zod';
import { languageSchema } from '../../../contract/portal.ts';
import { meResponse } from '../portal-auth/portal-auth.schemas.ts';

const id = z.string().min(1).max(64);

export const portalSessionFlow = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }).strict(),
  z.object({ type: z.literal('invoice_pay'), invoice_id: id }).strict(),
  z.object({ type: z.literal('document_view'), document_id: id }).strict(),
  z.object({ type: z.literal('order_view'), sales_order_id: id }).strict(),
  z.object({ type: z.literal('subscription_view'), subscription_id: id }).strict(),
  z.object({ type: z.literal('payment_method_update') }).strict(),
  z.object({ type: z.literal('statement') }).strict(),
]);

export const createPortalSessionBody = z
  .object({
    contact_person_id: id,
    /** Where "back to {business}" leads; its host must be listed in the portal settings' portal_session_return_hosts. */
    return_url: z.string().max(2000).optional(),
    /** The portal's language for this person from now on (also of the emails they receive). */
    locale: languageSchema.optional(),
    /** Where the portal opens; by default its home page. */
    flow: portalSessionFlow.default({ type: 'none' }),
  })
  .strict();
export type CreatePortalSessionBody = z.infer<typeof createPortalSessionBody>;

export const portalSessionResponse = z.object({
  id: z.string(),
  object: z.literal('portal_session'),
  /** Single use, valid until expires_at: open it in the contact's browser (a redirect or a link). */
  url: z.string(),
  expires_at: z.string(),
  contact_person_id: z.string(),
  customer_id: z.string(),
  return_url: z.string().nullable(),
  locale: languageSchema.nullable(),
  flow: portalSessionFlow,
  created_at: z.string(),
});
export type PortalSessionResponse = z.infer<typeof portalSessionResponse>;

export const portalSessionTokenParams = z.object({ slug: z.string(), token: z.string().min(1).max(200) });

export const openedPortalSessionResponse = z.object({
  /** Where the portal goes next, under /portal/{slug}. */
  path: z.string(),
  /** Who is now signed in, as GET /me answers. */
  me: meResponse,
});
