import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { atOnce, tallyStatuses } from '../../test/tally.ts';

const warehouse = '1 Dock Road\n20457 Hamburg\nGermany';
const office = '5 Main St\n10115 Berlin\nGermany';

describeOnEachDialect("the portal's shipping addresses", (it) => {
  it('lets a contact add, edit, mark the default and remove addresses, each recorded and told to staff', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const base = `${contact.api}/company/shipping-addresses`;
    const history = `/api/v1/customers/${contact.customerId}/company-history`;
    expect((await contact.client.get(base)).json()).toEqual({ data: [] });

    const first = await contact.client.post(base, { label: 'Warehouse', address: warehouse });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ label: 'Warehouse', is_default: true, stored: true });
    const second = (await contact.client.post(base, { label: 'Office', address: office })).json();
    expect(second.is_default).toBe(false);
    // Staff see the same addresses (ordering uses them).
    expect((await staff.client.get(`/api/v1/customers/${contact.customerId}/shipping-addresses`)).json().data.map((row: { label: string }) => row.label)).toEqual(['Warehouse', 'Office']);

    let rows = (await staff.client.get(history)).json().data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      actor_type: 'contact',
      before: { saved_shipping_address: null, default_shipping_address: null },
      after: { saved_shipping_address: { label: 'Warehouse', address: warehouse }, default_shipping_address: 'Warehouse' },
    });
    expect(rows[0]).toEqual(expect.objectContaining({ before: { saved_shipping_address: null }, after: { saved_shipping_address: { label: 'Office', address: office } } }));

    const edited = await contact.client.patch(`${base}/${second.id}`, { label: 'Head office' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ label: 'Head office', address: office });
    const marked = await contact.client.patch(`${base}/${second.id}`, { is_default: true });
    expect(marked.json().is_default).toBe(true);
    rows = (await staff.client.get(history)).json().data;
    expect(rows[1]).toMatchObject({ before: { saved_shipping_address: { label: 'Office' } }, after: { saved_shipping_address: { label: 'Head office' } } });
    expect(rows[0]).toEqual(expect.objectContaining({ before: { default_shipping_address: 'Warehouse' }, after: { default_shipping_address: 'Head office' } }));

    // Marking the default again changes nothing and records nothing.
    await contact.client.patch(`${base}/${second.id}`, { is_default: true });
    expect((await staff.client.get(history)).json().data).toHaveLength(4);

    expect((await contact.client.delete(`${base}/${second.id}`)).statusCode).toBe(204);
    expect((await contact.client.get(base)).json().data.map((row: { label: string; is_default: boolean }) => [row.label, row.is_default])).toEqual([['Warehouse', true]]);
    rows = (await staff.client.get(history)).json().data;
    expect(rows[0]).toEqual(
      expect.objectContaining({
        before: { saved_shipping_address: { label: 'Head office', address: office }, default_shipping_address: 'Head office' },
        after: { saved_shipping_address: null, default_shipping_address: 'Warehouse' },
      }),
    );
    const messages = (await staff.client.get('/api/v1/notifications')).json().data.map((row: { message: string }) => row.message);
    expect(messages[0]).toContain('removed the shipping address Head office');
    expect(messages).toContainEqual(expect.stringContaining('made Head office the default shipping address'));
    expect(messages).toContainEqual(expect.stringContaining('added the shipping address Warehouse'));
  });

  it('refuses changes without manage_company or with the setting off (403), bad input naming the field', async ({ t }) => {
    const own = await signUpStaff(t.app);
    const contact = await acceptedContact(t, own);
    const base = `${contact.api}/company/shipping-addresses`;
    const kept = (await own.client.post(`/api/v1/customers/${contact.customerId}/shipping-addresses`, { label: 'Kept', address: warehouse })).json();
    const bad = await contact.client.post(base, { label: ' ', address: office });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('label');

    await own.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents'] });
    expect((await contact.client.get(base)).json().data).toHaveLength(1);
    for (const response of [
      await contact.client.post(base, { label: 'No', address: office }),
      await contact.client.patch(`${base}/${kept.id}`, { label: 'No' }),
      await contact.client.delete(`${base}/${kept.id}`),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
    await own.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['view_documents', 'manage_company'] });
    await own.client.patch('/api/v1/portal/settings', { allow_edit_own_info: false });
    expect((await contact.client.post(base, { label: 'No', address: office })).statusCode).toBe(403);
    expect((await contact.client.patch(`${base}/${kept.id}`, { is_default: true })).statusCode).toBe(403);
    expect((await contact.client.delete(`${base}/${kept.id}`)).statusCode).toBe(403);
    expect((await own.client.get(`/api/v1/customers/${contact.customerId}/shipping-addresses`)).json().data).toMatchObject([{ label: 'Kept' }]);
    // Only staff's own addition is in the history: the refused changes recorded nothing.
    expect((await own.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).json().data).toMatchObject([{ actor_type: 'staff', after: { saved_shipping_address: { label: 'Kept' } } }]);
  });

  it("answers 404 for another customer's address and leaves it alone", async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const neighbour = (await staff.client.post('/api/v1/customers', { display_name: 'Neighbour' })).json();
    const theirs = (await staff.client.post(`/api/v1/customers/${neighbour.id}/shipping-addresses`, { label: 'Theirs', address: office })).json();
    const base = `${contact.api}/company/shipping-addresses`;
    expect((await contact.client.patch(`${base}/${theirs.id}`, { label: 'Mine now' })).statusCode).toBe(404);
    expect((await contact.client.patch(`${base}/${theirs.id}`, { is_default: true })).statusCode).toBe(404);
    expect((await contact.client.delete(`${base}/${theirs.id}`)).statusCode).toBe(404);
    expect((await contact.client.delete(`${base}/no-such-address`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/customers/${neighbour.id}/shipping-addresses`)).json().data).toMatchObject([{ id: theirs.id, label: 'Theirs', is_default: true }]);
    // Only staff's addition is in the neighbour's history.
    expect((await staff.client.get(`/api/v1/customers/${neighbour.id}/company-history`)).json().data).toMatchObject([{ actor_type: 'staff', after: { saved_shipping_address: { label: 'Theirs' } } }]);
    expect((await staff.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).json().data).toEqual([]);
  });

  it('leaves exactly one default when two contacts mark different addresses at once', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const base = `${contact.api}/company/shipping-addresses`;
    const ids: string[] = [];
    for (const label of ['A', 'B', 'C']) ids.push((await contact.client.post(base, { label, address: warehouse })).json().id);
    const answers = await atOnce(6, (index) => contact.client.patch(`${base}/${ids[1 + (index % 2)]}`, { is_default: true }));
    expect(tallyStatuses(answers)).toEqual({ 200: 6 });
    const defaults = await t.ctx.db.selectFrom('customer_addresses').select('id').where('customer_id', '=', contact.customerId).where('is_default', '=', 1).where('removed_at', 'is', null).execute();
    expect(defaults).toHaveLength(1);
    const listed = (await contact.client.get(base)).json().data;
    expect(listed.filter((row: { is_default: boolean }) => row.is_default)).toHaveLength(1);
    // Each recorded move names the default as it really was.
    const rows = (await staff.client.get(`/api/v1/customers/${contact.customerId}/company-history`)).json().data;
    const moves = rows.filter((row: { after: Record<string, unknown> }) => 'default_shipping_address' in row.after && !('saved_shipping_address' in row.after)).reverse();
    let current = 'A';
    for (const move of moves) {
      expect(move.before.default_shipping_address).toBe(current);
      current = move.after.default_shipping_address;
    }
    expect(listed[0].label).toBe(current);
  });
});
