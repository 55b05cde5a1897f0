import type { Updateable } from 'kysely';
import type { TaxesTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export async function findTax(db: Db, organizationId: string, id: string): Promise<TaxesTable | undefined> {
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** The organization's tax rates (archived ones included), by name. */
export async function listTaxes(db: Db, organizationId: string): Promise<TaxesTable[]> {
  return db.selectFrom('taxes').selectAll().where('organization_id', '=', organizationId).orderBy('name').execute();
}

export async function insertTax(db: Db, row: TaxesTable): Promise<void> {
  await db.insertInto('taxes').values(row).execute();
}

export async function updateTax(db: Db, organizationId: string, id: string, changes: Updateable<TaxesTable>): Promise<void> {
  await db.updateTable('taxes').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}
