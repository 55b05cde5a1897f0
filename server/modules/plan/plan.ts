import { z } from 'zod';
import type { PlansTable } from '../../db/subscription-tables.ts';

/** Plan codes are the hosted page's address: lowercase letters, digits and dashes, 2 to 63 characters. */
export const planCodePattern = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Add-on and coupon codes: letters, digits, dashes and underscores, 2 to 63 characters. */
export const catalogueCodePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{1,62}$/;

const idList = z.array(z.string());

/** The ids a JSON column of ids holds; a malformed column reads as none. */
export function parseIdList(json: string): string[] {
  try {
    const parsed = idList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The plans a customer on `plan` may change to in the portal. */
export function portalChangeTargets(plan: Pick<PlansTable, 'portal_change_to'>): string[] {
  return parseIdList(plan.portal_change_to);
}
