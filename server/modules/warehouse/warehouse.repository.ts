import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WarehousesTable } from '../../db/order-tables.ts';

/** The organization's warehouses: the default first, then by name; archived ones only when asked for. */
export async function listWarehouseRows(db: Db, organizationId: string, options: { includeArchived: boolean }): Promise<WarehousesTable[]> {
  let query = db.selectFrom('warehouses').selectAll().where('organization_id', '=', organizationId);
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  return query.orderBy('is_default', 'desc').orderBy('name').orderBy('id').execute();
}

export async function findWarehouse(db: Db, organizationId: string, id: string): Promise<WarehousesTable | undefined> {
  return db.selectFrom('warehouses').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findDefaultWarehouse(db: Db, organizationId: string): Promise<WarehousesTable | undefined> {
  return db.selectFrom('warehouses').selectAll().where('organization_id', '=', organizationId).where('is_default', '=', 1).executeTakeFirst();
}

/**
 * Inserts the warehouse; a default one only while the organization has none (the unique index on the
 * default decides between two writers at once). Answers whether the row was inserted.
 */
export async function insertWarehouse(db: Db, row: WarehousesTable): Promise<boolean> {
  const result = await db
    .insertInto('warehouses')
    .values(row)
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateWarehouse(db: Db, organizationId: string, id: string, changes: Updateable<WarehousesTable>): Promise<boolean> {
  const result = await db.updateTable('warehouses').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Archives a warehouse that is not the default (the default stays until another takes its place). */
export async function archiveWarehouseRow(db: Db, organizationId: string, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('warehouses')
    .set({ archived_at: now, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('is_default', '=', 0)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Takes the default from whichever warehouse has it. */
export async function clearDefaultWarehouse(db: Db, organizationId: string, now: string): Promise<void> {
  await db.updateTable('warehouses').set({ is_default: 0, updated_at: now }).where('organization_id', '=', organizationId).where('is_default', '=', 1).execute();
}

/** Makes a live warehouse the default; false when it is archived or gone. */
export async function markDefaultWarehouse(db: Db, organizationId: string, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('warehouses')
    .set({ is_default: 1, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Two writers made a default at once: the unique index on the organization's default refused the second. */
export function isSecondDefault(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && message.includes('UNIQUE constraint failed: warehouses'));
}
