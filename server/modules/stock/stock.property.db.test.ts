import fc from 'fast-check';
import { expect } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertStockItem, movementTotal, storedLevel } from '../../test/stock-builders.ts';
import { adjustStock, commitStock, defaultWarehouseId, releaseStock, shipStock, stockOf } from './stock.service.ts';

type Step =
  | { kind: 'receipt'; quantity: number }
  | { kind: 'adjustment'; delta: number }
  | { kind: 'commit'; quantity: number }
  | { kind: 'release'; quantity: number }
  | { kind: 'ship'; quantity: number; release: number };

const milli = fc.integer({ min: 1, max: 9_000 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('receipt' as const), quantity: milli }),
  fc.record({ kind: fc.constant('adjustment' as const), delta: fc.integer({ min: -9_000, max: 9_000 }).filter((delta) => delta !== 0) }),
  fc.record({ kind: fc.constant('commit' as const), quantity: milli }),
  fc.record({ kind: fc.constant('release' as const), quantity: milli }),
  fc.record({ kind: fc.constant('ship' as const), quantity: milli, release: fc.integer({ min: 0, max: 9_000 }) }),
);

/** What the stock must be after the steps that were allowed, computed without the database. */
interface Model {
  onHand: number;
  committed: number;
  receipts: number;
  adjustments: number;
  shipped: number;
}

/** Applies a step to the model; false when the step must be refused. */
function applyToModel(model: Model, s: Step): boolean {
  switch (s.kind) {
    case 'receipt':
      model.onHand += s.quantity;
      model.receipts += s.quantity;
      return true;
    case 'adjustment':
      if (model.onHand + s.delta < 0) return false;
      model.onHand += s.delta;
      model.adjustments += s.delta;
      return true;
    case 'commit':
      if (model.onHand - model.committed < s.quantity) return false;
      model.committed += s.quantity;
      return true;
    case 'release':
      model.committed = Math.max(0, model.committed - s.quantity);
      return true;
    case 'ship':
      if (model.onHand < s.quantity) return false;
      model.onHand -= s.quantity;
      model.shipped += s.quantity;
      model.committed = Math.max(0, model.committed - s.release);
      return true;
  }
}

describeOnEachDialect('stock over any sequence of changes', (it) => {
  it('keeps on hand = receipts + adjustments − shipped = the sum of movements, available = on hand − committed, nothing negative', async ({ t, staff }) => {
    const organizationId = staff.organization.id;
    const warehouseId = await defaultWarehouseId(t.ctx.db, organizationId, new Date().toISOString());
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 5_000 }), async (steps, probe) => {
        const item = await insertStockItem(t.ctx.db, organizationId);
        const key = { organizationId, warehouseId, itemId: item.id };
        const model: Model = { onHand: 0, committed: 0, receipts: 0, adjustments: 0, shipped: 0 };
        for (const s of steps) {
          const allowed = applyToModel(model, s);
          const now = new Date().toISOString();
          const run = t.ctx.db.transaction().execute(async (trx) => {
            if (s.kind === 'receipt') await adjustStock(trx, { ...key, deltaMilli: s.quantity, kind: 'receipt', reason: null, staffUserId: null, now });
            if (s.kind === 'adjustment') await adjustStock(trx, { ...key, deltaMilli: s.delta, kind: 'adjustment', reason: 'Stocktake', staffUserId: null, now });
            if (s.kind === 'commit') await commitStock(trx, { ...key, quantityMilli: s.quantity, now });
            if (s.kind === 'release') await releaseStock(trx, { ...key, quantityMilli: s.quantity, now });
            if (s.kind === 'ship') await shipStock(trx, { ...key, quantityMilli: s.quantity, releaseMilli: s.release, salesOrderId: 'so', packageId: 'pkg', staffUserId: null, now });
          });
          if (allowed) await run;
          else await expect(run).rejects.toSatisfy((error) => error instanceof AppError && error.code === 'INSUFFICIENT_STOCK');
          const level = await storedLevel(t.ctx.db, item.id, warehouseId);
          expect(level.on_hand_milli).toBeGreaterThanOrEqual(0);
          expect(level.committed_milli).toBeGreaterThanOrEqual(0);
        }
        const stock = (await stockOf(t.ctx.db, organizationId, [item.id])).get(item.id);
        expect(stock).toEqual({ on_hand_milli: model.onHand, committed_milli: model.committed, available_milli: model.onHand - model.committed });
        expect(model.onHand).toBe(model.receipts + model.adjustments - model.shipped);
        expect((await movementTotal(t.ctx.db, item.id)).sum).toBe(model.onHand);

        // Releasing exactly what was committed brings committed back to where it started.
        const held = Math.min(probe, model.onHand - model.committed);
        if (held > 0) {
          await commitStock(t.ctx.db, { ...key, quantityMilli: held, now: new Date().toISOString() });
          expect((await storedLevel(t.ctx.db, item.id, warehouseId)).committed_milli).toBe(model.committed + held);
          await releaseStock(t.ctx.db, { ...key, quantityMilli: held, now: new Date().toISOString() });
        }
        expect(await storedLevel(t.ctx.db, item.id, warehouseId)).toEqual({ on_hand_milli: model.onHand, committed_milli: model.committed });
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
