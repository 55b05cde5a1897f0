import type { Db } from '../../db/database.ts';
import type { PlansTable } from '../../db/subscription-tables.ts';
import { AppError, fieldIssue, validationError } from '../../lib/app-error.ts';
import { assertTaxOfOrganization } from '../tax/tax.service.ts';
import * as repo from './plan.repository.ts';

/** A reference to something that is not the organization's: 404 naming the field. */
export function unknownReference(what: string, field: string, message: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found (${field})`, [fieldIssue(field, 'unknown_reference', message)]);
}

/** A code another row of the organization has: 409 naming `code`. */
export function codeTaken(what: string, code: string): AppError {
  return new AppError('CONFLICT', `code: another ${what} of this organization has the code ${code}`, [fieldIssue('code', 'taken', `is already the code of another ${what}`, { code })]);
}

/** A tax of the organization (or none); 404 naming the field otherwise. */
export async function checkTax(db: Db, organizationId: string, taxId: string | null | undefined, field = 'tax_id'): Promise<void> {
  try {
    await assertTaxOfOrganization(db, organizationId, taxId, field);
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED') throw unknownReference('Tax', field, 'is not a tax of this organization');
    throw error;
  }
}

/**
 * The plans named in `field` as ids of plans of the organization in `currency`, without repeats, in
 * the order given: 404 naming `<field>.<i>` for an unknown plan, 422 CURRENCY_MISMATCH for another currency,
 * 400 for an archived one or (with `self`) the plan itself.
 */
export async function checkPlanIds(db: Db, organizationId: string, field: string, ids: readonly string[], currency: string, self?: string): Promise<string[]> {
  const found = new Map((await repo.findPlansByIds(db, organizationId, [...new Set(ids)])).map((plan): [string, PlansTable] => [plan.id, plan]));
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    const at = `${field}.${index}`;
    if (id === self) throw validationError(at, 'invalid_value', 'is this plan itself');
    const plan = found.get(id);
    if (!plan) throw unknownReference('Plan', at, 'is not a plan of this organization');
    if (plan.currency !== currency) {
      throw new AppError('CURRENCY_MISMATCH', `${at}: the plan is in ${plan.currency}, not ${currency}`, [fieldIssue(at, 'invalid_value', `is a plan in ${plan.currency}, not ${currency}`, { currency: plan.currency, expected: currency })]);
    }
    if (plan.archived_at !== null) throw validationError(at, 'invalid_value', 'is an archived plan');
    seen.add(id);
  });
  return [...seen];
}
