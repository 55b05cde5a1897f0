import { percentToMillipercent } from '../../../contract/units.ts';
import type { AppContext } from '../../context.ts';
import type { TaxesTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import { notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { findTax, insertTax, listTaxes, updateTax } from './tax.repository.ts';
import type { TaxBody, TaxChanges } from './tax.schemas.ts';

export async function listTaxRates(ctx: AppContext, organizationId: string): Promise<TaxesTable[]> {
  return listTaxes(ctx.db, organizationId);
}

export async function addTaxRate(ctx: AppContext, organizationId: string, input: TaxBody): Promise<TaxesTable> {
  const now = isoNow(ctx.clock);
  const row: TaxesTable = {
    id: newId(),
    organization_id: organizationId,
    name: input.name,
    rate_millipercent: percentToMillipercent(input.rate_percent),
    archived_at: null,
    created_at: now,
    updated_at: now,
    vat_category: input.vat_category ?? null,
    exemption_reason: input.exemption_reason || null,
  };
  await insertTax(ctx.db, row);
  return row;
}

/** Documents keep the rate they were made with; only new lines see the change. */
export async function changeTaxRate(ctx: AppContext, organizationId: string, id: string, input: TaxChanges): Promise<TaxesTable> {
  await getTax(ctx.db, organizationId, id);
  await updateTax(ctx.db, organizationId, id, {
    updated_at: isoNow(ctx.clock),
    ...(input.name ? { name: input.name } : {}),
    ...(input.rate_percent !== undefined ? { rate_millipercent: percentToMillipercent(input.rate_percent) } : {}),
    ...(input.vat_category !== undefined ? { vat_category: input.vat_category } : {}),
    ...(input.exemption_reason !== undefined ? { exemption_reason: input.exemption_reason || null } : {}),
  });
  return getTax(ctx.db, organizationId, id);
}

export async function archiveTaxRate(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await getTax(ctx.db, organizationId, id);
  await updateTax(ctx.db, organizationId, id, { archived_at: isoNow(ctx.clock) });
}

async function getTax(db: Db, organizationId: string, id: string): Promise<TaxesTable> {
  const row = await findTax(db, organizationId, id);
  if (!row) throw notFound('Tax');
  return row;
}

/** A 400 on `field` unless `taxId` (when given) is a tax of the organization. */
export async function assertTaxOfOrganization(db: Db, organizationId: string, taxId: string | null | undefined, field = 'tax_id'): Promise<void> {
  if (taxId && !(await findTax(db, organizationId, taxId))) throw validationError(field, 'unknown_reference', 'is not a tax of this organization');
}
