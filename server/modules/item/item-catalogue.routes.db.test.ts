import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const widget = { name: 'Widget', sku: 'W-1', unit: 'pcs', description: null, rate_minor: 1250, currency: 'EUR' };

describeOnEachDialect('the catalogue for ordering', (it) => {
  it('keeps the category and the portal, backorder and stock flags, and answers them as booleans', async ({ staff }) => {
    const created = await staff.client.post('/api/v1/items', { ...widget, category: 'Tools', sellable_in_portal: true, allow_backorders: true, track_stock: true });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ category: 'Tools', sellable_in_portal: true, allow_backorders: true, track_stock: true, stock: { on_hand: 0, committed: 0, available: 0 }, images: [] });

    const plain = (await staff.client.post('/api/v1/items', { ...widget, name: 'Consulting' })).json();
    expect(plain).toMatchObject({ category: null, sellable_in_portal: false, allow_backorders: false, track_stock: false, stock: null, images: [] });

    const changed = await staff.client.patch(`/api/v1/items/${plain.id}`, { category: 'Services', sellable_in_portal: true, track_stock: true });
    expect(changed.json()).toMatchObject({ category: 'Services', sellable_in_portal: true, allow_backorders: false, track_stock: true, stock: { on_hand: 0, committed: 0, available: 0 } });
    const untracked = await staff.client.patch(`/api/v1/items/${plain.id}`, { track_stock: false, category: null });
    expect(untracked.json()).toMatchObject({ category: null, track_stock: false, stock: null });
  });

  it('refuses a flag that is not a boolean and an empty category, naming the field', async ({ staff }) => {
    const flag = await staff.client.post('/api/v1/items', { ...widget, track_stock: 1 });
    expect(flag.statusCode).toBe(400);
    expect(flag.json().error.details).toEqual([expect.objectContaining({ field: 'track_stock' })]);
    const category = await staff.client.post('/api/v1/items', { ...widget, category: '   ' });
    expect(category.statusCode).toBe(400);
    expect(category.json().error.details).toEqual([expect.objectContaining({ field: 'category' })]);
    expect((await staff.client.get('/api/v1/items')).json().data).toEqual([]);
  });

  it('filters the list by category and by whether the portal sells it, and lists the categories in use', async ({ t, staff }) => {
    await staff.client.post('/api/v1/items', { ...widget, name: 'Hammer', category: 'Tools', sellable_in_portal: true });
    await staff.client.post('/api/v1/items', { ...widget, name: 'Saw', category: 'Tools' });
    await staff.client.post('/api/v1/items', { ...widget, name: 'Nails', category: 'Hardware', sellable_in_portal: true });
    const archived = (await staff.client.post('/api/v1/items', { ...widget, name: 'Old drill', category: 'Power tools' })).json();
    await staff.client.delete(`/api/v1/items/${archived.id}`);
    await staff.client.post('/api/v1/items', { ...widget, name: 'Advice' });
    const names = async (query: string) => (await staff.client.get(`/api/v1/items${query}`)).json().data.map((item: { name: string }) => item.name);
    expect(await names('?category=Tools')).toEqual(['Hammer', 'Saw']);
    expect(await names('?sellable=true')).toEqual(['Hammer', 'Nails']);
    expect(await names('?sellable=false&category=Tools')).toEqual(['Saw']);
    expect(await names('?category=Garden')).toEqual([]);
    const bad = await staff.client.get('/api/v1/items?sellable=yes');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ field: 'sellable' })]);

    const categories = await staff.client.get('/api/v1/items/categories');
    expect(categories.statusCode).toBe(200);
    expect(categories.json()).toEqual({ data: [{ name: 'Hardware', item_count: 1 }, { name: 'Tools', item_count: 2 }] });
    const other = await signUpStaff(t.app);
    expect((await other.client.get('/api/v1/items/categories')).json()).toEqual({ data: [] });
  });

  it('shows the stock summed over the warehouses in the item and the list', async ({ staff }) => {
    const item = (await staff.client.post('/api/v1/items', { ...widget, track_stock: true })).json();
    const overflow = (await staff.client.post('/api/v1/warehouses', { name: 'Overflow' })).json();
    await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 2.5 });
    await staff.client.post(`/api/v1/items/${item.id}/stock-adjustments`, { kind: 'receipt', quantity: 4, warehouse_id: overflow.id });
    expect((await staff.client.get(`/api/v1/items/${item.id}`)).json().stock).toEqual({ on_hand: 6.5, committed: 0, available: 6.5 });
    expect((await staff.client.get('/api/v1/items')).json().data[0].stock).toEqual({ on_hand: 6.5, committed: 0, available: 6.5 });
  });
});
