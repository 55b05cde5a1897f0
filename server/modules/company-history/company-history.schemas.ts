import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';
import type { CompanyDetailChangeRow } from './company-history.repository.ts';

export const companyHistoryQuery = pagingQuery;

export const companyDetailChangeResponse = z.object({
  id: z.string(),
  /** contact (in the portal), staff (in the console) or api (an API key). */
  actor_type: z.enum(['contact', 'staff', 'api', 'system']),
  actor_name: z.string(),
  contact_person_id: z.string().nullable(),
  staff_user_id: z.string().nullable(),
  /**
   * The changed fields only, before and after: customer fields as the customer API names them
   * (addresses as objects); `saved_shipping_address` ({ label, address } or null) for an address of the
   * address book added, changed or removed, and `default_shipping_address` (its label) when the default moved.
   */
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
  created_at: z.string(),
});
export type CompanyDetailChangeResponse = z.infer<typeof companyDetailChangeResponse>;

export function presentCompanyDetailChange(row: CompanyDetailChangeRow): CompanyDetailChangeResponse {
  return {
    id: row.id,
    actor_type: row.actor_type,
    actor_name: row.actor_name,
    contact_person_id: row.contact_person_id,
    staff_user_id: row.staff_user_id,
    before: JSON.parse(row.before) as Record<string, unknown>,
    after: JSON.parse(row.after) as Record<string, unknown>,
    created_at: row.created_at,
  };
}
