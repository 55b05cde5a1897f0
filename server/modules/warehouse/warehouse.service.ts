import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { WarehousesTable } from '../../db/order-tables.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import {
  archiveWarehouseRow,
  clearDefaultWarehouse,
  findDefaultWarehouse,
  findWarehouse,
  insertWarehouse,
  isSecondDefault,
  listWarehouseRows,
  markDefaultWarehouse,
  updateWarehouse,
} from './warehouse.repository.ts';

export const MAIN_WAREHOUSE_NAME = 'Main warehouse';

/**
 * The organization's default warehouse, made ("Main warehouse") when it has none yet. Two callers at
 * once both end with the same one: the unique index on the default lets only one insert through.
 */
export async function ensureDefaultWarehouse(db: Db, organizationId: string, now: string): Promise<WarehousesTable> {
  const existing = await findDefaultWarehouse(db, organizationId);
  if (existing) return existing;
  await insertWarehouse(db, { id: newId(), organization_id: organizationId, name: MAIN_WAREHOUSE_NAME, address: null, is_default: 1, archived_at: null, created_at: now, updated_at: now });
  const made = await findDefaultWarehouse(db, organizationId);
  if (!made) throw new Error('the default warehouse could not be made');
  return made;
}

/** A warehouse of the organization (archived or not), or undefined. */
export async function findWarehouseOfOrganization(db: Db, organizationId: string, id: string): Promise<WarehousesTable | undefined> {
  return findWarehouse(db, organizationId, id);
}

/** A warehouse of the organization (archived or not), or a 404. */
export async function warehouseOfOrganization(db: Db, organizationId: string, id: string): Promise<WarehousesTable> {
  const row = await findWarehouse(db, organizationId, id);
  if (!row) throw notFound('Warehouse');
  return row;
}

export async function listWarehouses(ctx: AppContext, organizationId: string, options: { includeArchived: boolean }): Promise<WarehousesTable[]> {
  return ctx.db.transaction().execute(async (trx) => {
    await ensureDefaultWarehouse(trx, organizationId, isoNow(ctx.clock));
    return listWarehouseRows(trx, organizationId, options);
  });
}

export async function getWarehouse(ctx: AppContext, organizationId: string, id: string): Promise<WarehousesTable> {
  return warehouseOfOrganization(ctx.db, organizationId, id);
}

export interface WarehouseInput {
  name: string;
  address?: string | null | undefined;
  is_default?: boolean | undefined;
}

export async function addWarehouse(ctx: AppContext, organizationId: string, input: WarehouseInput): Promise<WarehousesTable> {
  const now = isoNow(ctx.clock);
  const id = newId();
  return withDefaultRace(() =>
    ctx.db.transaction().execute(async (trx) => {
      // The organization's first warehouse is its default, whatever was asked.
      const hasDefault = (await findDefaultWarehouse(trx, organizationId)) !== undefined;
      if (input.is_default === true && hasDefault) await clearDefaultWarehouse(trx, organizationId, now);
      const row: WarehousesTable = {
        id,
        organization_id: organizationId,
        name: input.name,
        address: input.address ?? null,
        is_default: input.is_default === true || !hasDefault ? 1 : 0,
        archived_at: null,
        created_at: now,
        updated_at: now,
      };
      if (!(await insertWarehouse(trx, row))) throw secondDefault();
      return row;
    }),
  );
}

export async function changeWarehouse(ctx: AppContext, organizationId: string, id: string, input: Partial<WarehouseInput>): Promise<WarehousesTable> {
  const now = isoNow(ctx.clock);
  return withDefaultRace(() =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await warehouseOfOrganization(trx, organizationId, id);
      if (input.is_default === false && current.is_default === 1) {
        throw new AppError('STATE_CONFLICT', 'The default warehouse stays the default until another one is made the default', { field: 'is_default' });
      }
      const changes = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.address !== undefined ? { address: input.address } : {}), updated_at: now };
      await updateWarehouse(trx, organizationId, id, changes);
      if (input.is_default === true && current.is_default === 0) await makeDefault(trx, organizationId, current, now);
      return warehouseOfOrganization(trx, organizationId, id);
    }),
  );
}

export async function setDefaultWarehouse(ctx: AppContext, organizationId: string, id: string): Promise<WarehousesTable> {
  const now = isoNow(ctx.clock);
  return withDefaultRace(() =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await warehouseOfOrganization(trx, organizationId, id);
      if (current.is_default === 0) await makeDefault(trx, organizationId, current, now);
      return warehouseOfOrganization(trx, organizationId, id);
    }),
  );
}

/** Archives a warehouse other than the default; its levels and movements stay. */
export async function archiveWarehouse(ctx: AppContext, organizationId: string, id: string): Promise<WarehousesTable> {
  const now = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await warehouseOfOrganization(trx, organizationId, id);
    if (current.archived_at !== null) return current;
    if (!(await archiveWarehouseRow(trx, organizationId, id, now))) {
      throw new AppError('STATE_CONFLICT', 'The default warehouse cannot be archived; make another one the default first', { is_default: true });
    }
    return warehouseOfOrganization(trx, organizationId, id);
  });
}

async function makeDefault(trx: Db, organizationId: string, warehouse: WarehousesTable, now: string): Promise<void> {
  if (warehouse.archived_at !== null) throw new AppError('STATE_CONFLICT', 'An archived warehouse cannot be the default', { archived: true });
  await clearDefaultWarehouse(trx, organizationId, now);
  if (!(await markDefaultWarehouse(trx, organizationId, warehouse.id, now))) throw notFound('Warehouse');
}

function secondDefault(): AppError {
  return new AppError('STATE_CONFLICT', 'Another change of the default warehouse was made at the same moment; reload and try again');
}

/** Two changes of the default at once: the second is refused by the unique index and answered as a conflict. */
async function withDefaultRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isSecondDefault(error)) throw secondDefault();
    throw error;
  }
}
