import { expect } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertStockItem, movementTotal, storedLevel } from '../../test/stock-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { adjustStock, commitStock, defaultWarehouseId, releaseStock, shipStock, stockOf } from './stock.service.ts';

const now = () => new Date().toISOString();

/** Runs `work` in its own transaction and answers the error code it failed with, or 'ok'. */
async function outcome(t: TestApp, work: (trx: Parameters<typeof commitStock>[0]) => Promise<void>): Promise<string> {
  try {
    await t.ctx.db.transaction().execute(work);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describeOnEachDialect('stock levels', (it) => {
  it('makes one default warehouse however many callers ask for it at once', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const ids = await Promise.all(Array.from({ length: 8 }, () => t.ctx.db.transaction().execute((trx) => defaultWarehouseId(trx, organizationId, now()))));
    expect(new Set(ids).size).toBe(1);
    const rows = await t.ctx.db.selectFrom('warehouses').selectAll().where('organization_id', '=', organizationId).execute();
    expect(rows).toEqual([expect.objectContaining({ id: ids[0], name: 'Main warehouse', is_default: 1, archived_at: null })]);
  });

  it('receives, commits, releases, ships and adjusts, keeping on hand equal to the sum of its movements', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const key = { organizationId, warehouseId, itemId: item.id };
    await adjustStock(t.ctx.db, { ...key, deltaMilli: 10_000, kind: 'receipt', reason: null, staffUserId: staff.user.id, now: now() });
    await commitStock(t.ctx.db, { ...key, quantityMilli: 4_500, now: now() });
    expect((await stockOf(t.ctx.db, organizationId, [item.id])).get(item.id)).toEqual({ on_hand_milli: 10_000, committed_milli: 4_500, available_milli: 5_500 });

    await shipStock(t.ctx.db, { ...key, quantityMilli: 2_000, releaseMilli: 2_000, salesOrderId: 'so-1', packageId: 'pkg-1', staffUserId: null, now: now() });
    await releaseStock(t.ctx.db, { ...key, quantityMilli: 1_000, now: now() });
    await adjustStock(t.ctx.db, { ...key, deltaMilli: -500, kind: 'adjustment', reason: 'Broken in the store', staffUserId: staff.user.id, now: now() });
    expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: 7_500, committed_milli: 1_500 });
    expect(await movementTotal(t.ctx.db, item.id)).toEqual({ sum: 7_500, count: 3 });
    const shipment = await t.ctx.db.selectFrom('stock_movements').selectAll().where('item_id', '=', item.id).where('kind', '=', 'shipment').executeTakeFirstOrThrow();
    expect(shipment).toMatchObject({ quantity_milli: -2_000, sales_order_id: 'so-1', package_id: 'pkg-1' });

    // Releasing more than is committed stops at zero.
    await releaseStock(t.ctx.db, { ...key, quantityMilli: 9_000, now: now() });
    expect((await storedLevel(t.ctx.db, item.id, warehouseId)).committed_milli).toBe(0);
  });

  it('refuses to commit more than is available, naming the item and what is available', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const key = { organizationId, warehouseId, itemId: item.id };
    await expect(commitStock(t.ctx.db, { ...key, quantityMilli: 1, now: now() })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { item_id: item.id, available: 0 } });
    await adjustStock(t.ctx.db, { ...key, deltaMilli: 3_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    await commitStock(t.ctx.db, { ...key, quantityMilli: 1_500, now: now() });
    await expect(commitStock(t.ctx.db, { ...key, quantityMilli: 2_000, now: now() })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { item_id: item.id, available: 1.5 } });
    expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: 3_000, committed_milli: 1_500 });
  });

  it('commits beyond what is on hand for an item that allows backorders', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId, { allow_backorders: 1 });
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    await commitStock(t.ctx.db, { organizationId, warehouseId, itemId: item.id, quantityMilli: 4_000, now: now() });
    await commitStock(t.ctx.db, { organizationId, warehouseId, itemId: item.id, quantityMilli: 1_000, now: now() });
    expect((await stockOf(t.ctx.db, organizationId, [item.id])).get(item.id)).toEqual({ on_hand_milli: 0, committed_milli: 5_000, available_milli: -5_000 });
    // Shipping still needs the goods.
    await expect(shipStock(t.ctx.db, { organizationId, warehouseId, itemId: item.id, quantityMilli: 1_000, releaseMilli: 1_000, salesOrderId: 'so', packageId: 'pkg', staffUserId: null, now: now() })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
  });

  it('does nothing for items whose stock is not tracked, and leaves them out of stockOf', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const service = await insertStockItem(t.ctx.db, organizationId, { track_stock: 0 });
    const tracked = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const key = { organizationId, warehouseId, itemId: service.id };
    await commitStock(t.ctx.db, { ...key, quantityMilli: 99_000, now: now() });
    await shipStock(t.ctx.db, { ...key, quantityMilli: 99_000, releaseMilli: 0, salesOrderId: 'so', packageId: 'pkg', staffUserId: null, now: now() });
    await adjustStock(t.ctx.db, { ...key, deltaMilli: -5_000, kind: 'adjustment', reason: 'Counted', staffUserId: null, now: now() });
    expect(await t.ctx.db.selectFrom('stock_levels').selectAll().where('item_id', '=', service.id).execute()).toEqual([]);
    expect(await movementTotal(t.ctx.db, service.id)).toEqual({ sum: 0, count: 0 });
    const stock = await stockOf(t.ctx.db, organizationId, [service.id, tracked.id]);
    expect([...stock.keys()]).toEqual([tracked.id]);
    expect(stock.get(tracked.id)).toEqual({ on_hand_milli: 0, committed_milli: 0, available_milli: 0 });
  });

  it("answers 404 for another organization's item or warehouse, and sums per warehouse when asked", async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const neighbour = await signUpStaff(t.app);
    const other = await insertStockItem(t.ctx.db, neighbour.organization.id);
    const item = await insertStockItem(t.ctx.db, organizationId);
    const main = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const foreignWarehouse = await defaultWarehouseId(t.ctx.db, other.organization_id, now());
    await expect(commitStock(t.ctx.db, { organizationId, warehouseId: main, itemId: other.id, quantityMilli: 1, now: now() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(adjustStock(t.ctx.db, { organizationId, warehouseId: foreignWarehouse, itemId: item.id, deltaMilli: 1_000, kind: 'receipt', reason: null, staffUserId: null, now: now() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.ctx.db.selectFrom('stock_levels').selectAll().where('warehouse_id', '=', foreignWarehouse).execute()).toEqual([]);
    expect((await stockOf(t.ctx.db, organizationId, [other.id])).size).toBe(0);

    const second = 'wh-' + item.id;
    await t.ctx.db.insertInto('warehouses').values({ id: second, organization_id: organizationId, name: 'Overflow', address: null, is_default: 0, archived_at: null, created_at: now(), updated_at: now() }).execute();
    await adjustStock(t.ctx.db, { organizationId, warehouseId: main, itemId: item.id, deltaMilli: 2_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    await adjustStock(t.ctx.db, { organizationId, warehouseId: second, itemId: item.id, deltaMilli: 3_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    expect((await stockOf(t.ctx.db, organizationId, [item.id])).get(item.id)?.on_hand_milli).toBe(5_000);
    expect((await stockOf(t.ctx.db, organizationId, [item.id], second)).get(item.id)?.on_hand_milli).toBe(3_000);
  });

  it('refuses an adjustment below zero and one without a reason, changing nothing', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const key = { organizationId, warehouseId, itemId: item.id };
    await adjustStock(t.ctx.db, { ...key, deltaMilli: 2_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    expect(await outcome(t, (trx) => adjustStock(trx, { ...key, deltaMilli: -2_001, kind: 'adjustment', reason: 'Lost', staffUserId: null, now: now() }))).toBe('INSUFFICIENT_STOCK');
    await expect(adjustStock(t.ctx.db, { ...key, deltaMilli: -1_000, kind: 'adjustment', reason: '  ', staffUserId: null, now: now() })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'reason' })] });
    await expect(adjustStock(t.ctx.db, { ...key, deltaMilli: -1_000, kind: 'receipt', reason: null, staffUserId: null, now: now() })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'quantity' })] });
    expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: 2_000, committed_milli: 0 });
    expect(await movementTotal(t.ctx.db, item.id)).toEqual({ sum: 2_000, count: 1 });
  });
});

describeOnEachDialect('stock changes at once', (it) => {
  it('lets exactly 2 of 20 concurrent commits of 5 through when 10 are available', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    await adjustStock(t.ctx.db, { organizationId, warehouseId, itemId: item.id, deltaMilli: 10_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => outcome(t, (trx) => commitStock(trx, { organizationId, warehouseId, itemId: item.id, quantityMilli: 5_000, now: now() }))));
    expect(outcomes.filter((code) => code === 'ok')).toHaveLength(2);
    expect(outcomes.filter((code) => code === 'INSUFFICIENT_STOCK')).toHaveLength(18);
    expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: 10_000, committed_milli: 10_000 });
  });

  it('never ships on hand below zero when 15 shipments of 3 race for 10', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    await adjustStock(t.ctx.db, { organizationId, warehouseId, itemId: item.id, deltaMilli: 10_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    const outcomes = await Promise.all(
      Array.from({ length: 15 }, (_, index) =>
        outcome(t, (trx) => shipStock(trx, { organizationId, warehouseId, itemId: item.id, quantityMilli: 3_000, releaseMilli: 0, salesOrderId: `so-${index}`, packageId: `pkg-${index}`, staffUserId: null, now: now() })),
      ),
    );
    expect(outcomes.filter((code) => code === 'ok')).toHaveLength(3);
    expect(outcomes.filter((code) => code === 'INSUFFICIENT_STOCK')).toHaveLength(12);
    expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: 1_000, committed_milli: 0 });
    expect(await movementTotal(t.ctx.db, item.id)).toEqual({ sum: 1_000, count: 4 });
  });

  it('keeps committed within on hand when commits, releases and negative adjustments race', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const item = await insertStockItem(t.ctx.db, organizationId);
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, now());
    const key = { organizationId, warehouseId, itemId: item.id };
    await adjustStock(t.ctx.db, { ...key, deltaMilli: 20_000, kind: 'receipt', reason: null, staffUserId: null, now: now() });
    const work = Array.from({ length: 30 }, (_, index) => {
      if (index % 3 === 0) return outcome(t, (trx) => adjustStock(trx, { ...key, deltaMilli: -4_000, kind: 'adjustment', reason: 'Counted', staffUserId: null, now: now() }));
      return outcome(t, (trx) => commitStock(trx, { ...key, quantityMilli: 2_000, now: now() }));
    });
    const outcomes = await Promise.all(work);
    const level = await storedLevel(t.ctx.db, item.id, warehouseId);
    const adjusted = outcomes.filter((code, index) => index % 3 === 0 && code === 'ok').length;
    const committed = outcomes.filter((code, index) => index % 3 !== 0 && code === 'ok').length;
    expect(level.on_hand_milli).toBe(20_000 - adjusted * 4_000);
    expect(level.committed_milli).toBe(committed * 2_000);
    expect(level.on_hand_milli).toBeGreaterThanOrEqual(0);
    expect(await movementTotal(t.ctx.db, item.id)).toEqual({ sum: level.on_hand_milli, count: 1 + adjusted });
  });
});
