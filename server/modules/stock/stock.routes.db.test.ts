import { expect } from 'vitest';
import type { Signal } from '../../signals/signal-bus.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', description: null, rate_minor: 1250, currency: 'EUR', track_stock: true };

async function trackedItem(staff: SignedUpStaff): Promise<{ id: string }> {
  return (await staff.client.post('/api/v1/items', widget)).json();
}

describeOnEachDialect('stock over REST', (it) => {
  it('records receipts and adjustments in the default warehouse, shows them per warehouse and as movements newest first, and announces them', async ({ t, staff }) => {
    const signals: Signal[] = [];
    const stop = t.ctx.signals.subscribe('stock', staff.organization.id, (signal) => signals.push(signal));
    const item = await trackedItem(staff);
    const receipt = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 10 });
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({ item_id: item.id, track_stock: true, totals: { on_hand: 10, committed: 0, available: 10 } });
    expect(receipt.json().warehouses).toEqual([expect.objectContaining({ name: 'Main warehouse', is_default: true, archived: false, on_hand: 10 })]);
    t.clock.advance(1);
    const adjusted = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'adjustment', quantity: -2.5, reason: 'Damaged in transit' });
    expect(adjusted.json().totals).toEqual({ on_hand: 7.5, committed: 0, available: 7.5 });
    stop();
    expect(signals).toEqual([
      { topic: 'stock', organizationId: staff.organization.id, ids: [item.id] },
      { topic: 'stock', organizationId: staff.organization.id, ids: [item.id] },
    ]);

    const overflow = (await staff.client.post('/api/v1/warehouses', { name: 'Overflow' })).json();
    await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 1.25, warehouse_id: overflow.id });
    const stock = (await staff.client.get(`/api/v1/items/${item.id}/stock`)).json();
    expect(stock.totals).toEqual({ on_hand: 8.75, committed: 0, available: 8.75 });
    expect(stock.warehouses.map((w: { name: string; on_hand: number }) => [w.name, w.on_hand])).toEqual([
      ['Main warehouse', 7.5],
      ['Overflow', 1.25],
    ]);

    const movements = await staff.client.get(`/api/v1/items/${item.id}/stock-movements?limit=2`);
    expect(movements.statusCode).toBe(200);
    expect(movements.json().data.map((m: { kind: string; quantity: number; warehouse_name: string }) => [m.kind, m.quantity, m.warehouse_name])).toEqual([
      ['receipt', 1.25, 'Overflow'],
      ['adjustment', -2.5, 'Main warehouse'],
    ]);
    expect(movements.json().data[1]).toMatchObject({ reason: 'Damaged in transit', staff_user_id: staff.user.id });
    const rest = (await staff.client.get(`/api/v1/items/${item.id}/stock-movements?limit=2&cursor=${movements.json().next_cursor}`)).json();
    expect(rest.data.map((m: { kind: string; quantity: number }) => [m.kind, m.quantity])).toEqual([['receipt', 10]]);
    expect(rest.next_cursor).toBeNull();
  });

  it('refuses an adjustment below zero with 409 INSUFFICIENT_STOCK and changes nothing', async ({ staff }) => {
    const item = await trackedItem(staff);
    await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 3 });
    const refused = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'adjustment', quantity: -3.001, reason: 'Stocktake' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'INSUFFICIENT_STOCK', details: { item_id: item.id, available: 3 } });
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock`)).json().totals).toEqual({ on_hand: 3, committed: 0, available: 3 });
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock-movements`)).json().data).toHaveLength(1);
  });

  it('refuses an adjustment without a reason, a negative or fractional-beyond-thousandths receipt and a zero, naming the field', async ({ staff }) => {
    const item = await trackedItem(staff);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'adjustment', quantity: -1 }, 'reason'],
      [{ kind: 'adjustment', quantity: 2, reason: '   ' }, 'reason'],
      [{ kind: 'receipt', quantity: -1 }, 'quantity'],
      [{ kind: 'receipt', quantity: 0 }, 'quantity'],
      [{ kind: 'receipt', quantity: 1.0001 }, 'quantity'],
      [{ kind: 'count', quantity: 1 }, 'kind'],
      [{ kind: 'receipt', quantity: 1, warehouse_id: 'nope' }, 'warehouse_id'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.details).toEqual([expect.objectContaining({ field })]);
    }
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock-movements`)).json().data).toEqual([]);
  });

  it('refuses adjustments of an item whose stock is not tracked, and shows no stock for it', async ({ staff }) => {
    const item = (await staff.client.post('/api/v1/items', { ...widget, track_stock: false })).json();
    const refused = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('STATE_CONFLICT');
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock`)).json()).toEqual({ item_id: item.id, track_stock: false, totals: null, warehouses: [] });
  });

  it("answers 404 for another organization's item and refuses its warehouse", async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const item = await trackedItem(staff);
    expect((await other.client.get(`/api/v1/items/${item.id}/stock`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/items/${item.id}/stock-movements`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 5 })).statusCode).toBe(404);
    const foreignWarehouse = (await other.client.post('/api/v1/warehouses', { name: 'Theirs' })).json();
    const refused = await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 5, warehouse_id: foreignWarehouse.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'warehouse_id', code: 'unknown_reference' })]);
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock`)).json().totals).toEqual({ on_hand: 0, committed: 0, available: 0 });
  });

  it('needs the orders scopes of an API key, and lets any staff role adjust', async ({ t, staff, ip }) => {
    const item = await trackedItem(staff);
    const readOnly = (await staff.client.post('/api/v1/api-keys', { name: 'Shop', scopes: ['orders.read'] })).json().key;
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'WMS', scopes: ['orders.write'] })).json().key;
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', `/api/v1/items/${item.id}/stock`, undefined, as(readOnly))).statusCode).toBe(200);
    expect((await api.request('POST', `/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 1 }, as(readOnly))).statusCode).toBe(403);
    const received = await api.request('POST', `/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 1 }, as(writer));
    expect(received.statusCode).toBe(201);
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock-movements`)).json().data[0].staff_user_id).toBeNull();

    const email = uniqueEmail('clerk');
    await staff.client.post('/api/v1/staff-users', { name: 'Clerk', email, role: 'staff', password: STRONG_PASSWORD });
    const clerk = new TestClient(t.app, ip);
    expect((await clerk.post('/api/v1/session', { email, password: STRONG_PASSWORD })).statusCode).toBe(200);
    expect((await clerk.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'adjustment', quantity: -1, reason: 'Counted' })).statusCode).toBe(201);
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock`)).json().totals.on_hand).toBe(0);
  });

  it('never takes on hand below zero when 20 removals of 1 race for 5', async ({ staff }) => {
    const item = await trackedItem(staff);
    await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 5 });
    const answers = await atOnce(20, () => staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'adjustment', quantity: -1, reason: 'Shrinkage' }));
    expect(tallyStatuses(answers)).toEqual({ 201: 5, 409: 15 });
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock`)).json().totals).toEqual({ on_hand: 0, committed: 0, available: 0 });
    expect((await staff.client.get(`/api/v1/items/${item.id}/stock-movements?limit=100`)).json().data).toHaveLength(6);
  });
});
