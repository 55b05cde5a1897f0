import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('customers: allow bank payments', (it) => {
  it('is off for a new customer unless asked, and shows in the customer, the list and the summary', async ({ staff }) => {
    const plain = await staff.client.post('/api/v1/customers', { display_name: 'No Bank Ltd' });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().allow_bank_payments).toBe(false);

    const bank = await staff.client.post('/api/v1/customers', { display_name: 'Bank Friendly Inc', allow_bank_payments: true });
    expect(bank.statusCode, bank.body).toBe(201);
    expect(bank.json().allow_bank_payments).toBe(true);
    expect((await staff.client.get(`/api/v1/customers/${bank.json().id}`)).json().allow_bank_payments).toBe(true);
    const list = (await staff.client.get('/api/v1/customers?search=Bank%20Friendly')).json().data;
    expect(list).toEqual([expect.objectContaining({ id: bank.json().id, allow_bank_payments: true })]);
  });

  it('is switched on and off by an update, and left alone by one that does not name it', async ({ staff }) => {
    const id = (await staff.client.post('/api/v1/customers', { display_name: 'Switching Co' })).json().id as string;
    const on = await staff.client.patch(`/api/v1/customers/${id}`, { allow_bank_payments: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().allow_bank_payments).toBe(true);
    const renamed = await staff.client.patch(`/api/v1/customers/${id}`, { display_name: 'Switching Company' });
    expect(renamed.json()).toMatchObject({ display_name: 'Switching Company', allow_bank_payments: true });
    const off = await staff.client.patch(`/api/v1/customers/${id}`, { allow_bank_payments: false });
    expect(off.json().allow_bank_payments).toBe(false);
  });

  it('names the field when it is not a boolean, and changes nothing', async ({ staff }) => {
    const created = await staff.client.post('/api/v1/customers', { display_name: 'Strict Ltd', allow_bank_payments: 'yes' });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.details[0].field).toBe('allow_bank_payments');
    const id = (await staff.client.post('/api/v1/customers', { display_name: 'Strict Ltd' })).json().id as string;
    const updated = await staff.client.patch(`/api/v1/customers/${id}`, { allow_bank_payments: 1 });
    expect(updated.statusCode).toBe(400);
    expect(updated.json().error.details[0].field).toBe('allow_bank_payments');
    expect((await staff.client.get(`/api/v1/customers/${id}`)).json().allow_bank_payments).toBe(false);
  });

  it('cannot be changed on another organization’s customer', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const id = (await staff.client.post('/api/v1/customers', { display_name: 'Mine' })).json().id as string;
    expect((await other.client.patch(`/api/v1/customers/${id}`, { allow_bank_payments: true })).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/customers/${id}`)).json().allow_bank_payments).toBe(false);
  });
});
