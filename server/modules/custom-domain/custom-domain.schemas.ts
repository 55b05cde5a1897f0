import { z } from 'zod';

export const setCustomDomainBody = z.object({
  /** A bare host name such as portal.example.com; null removes the custom domain. */
  custom_domain: z.string().trim().max(253).nullable(),
});
export type SetCustomDomainBody = z.infer<typeof setCustomDomainBody>;

export const customDomainResponse = z.object({
  custom_domain: z.string().nullable(),
  /** none: no custom domain; pending: not verified yet; verified: routed; failed: the last check failed (see `failure`). */
  status: z.enum(['none', 'pending', 'verified', 'failed']),
  /** The CNAME target: Portico's own host name (PUBLIC_URL's). */
  cname_target: z.string(),
  /** The TXT record that proves ownership; null without a custom domain. */
  verification_record: z.object({ type: z.literal('TXT'), name: z.string(), value: z.string() }).nullable(),
  verified_at: z.string().nullable(),
  checked_at: z.string().nullable(),
  /** Why the last check failed: no TXT record at the name, none holding the token, or the DNS look-up itself failed. */
  failure: z.enum(['no_record', 'wrong_token', 'lookup_failed']).nullable(),
  /** Where the portal is reached: the custom domain once verified, else the slug path on Portico's host. */
  portal_url: z.string(),
});
export type CustomDomainResponse = z.infer<typeof customDomainResponse>;
