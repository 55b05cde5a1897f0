import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createAddonFixture, createPlanFixture } from '../../test/subscription-fixtures.ts';
import type { SubscriptionEventResponse, SubscriptionResponse, SubscriptionSummaryResponse } from './subscription.schemas.ts';

describeOnEachDialect('staff subscriptions API', (it) => {
  it('creates a subscription and shows it with its invoice and history', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { name: 'Team', price_minor: 1500 });
    const seat = await createAddonFixture(t.ctx.db, staff.organization.id, { price_minor: 300 });
    const created = await staff.client.post('/api/v1/subscriptions', { customer_id: customer.id, plan_id: plan.id, quantity: 2, addons: [{ addon_id: seat.id, quantity: 3 }], auto_collect: false });
    expect(created.statusCode).toBe(201);
    const body = created.json<SubscriptionResponse>();
    expect(body).toMatchObject({ status: 'live', quantity: 2, amount_minor: 3900, plan: { id: plan.id, name: 'Team' }, auto_collect: false, customer_id: customer.id, addons: [{ addon_id: seat.id, quantity: 3, unit_price_minor: 300 }] });
    expect(body.invoices).toMatchObject([{ total_minor: 3900, status: 'sent', billing_key: 'period:0' }]);
    expect(created.headers.etag).toBe(`"${body.version}"`);

    const detail = await staff.client.get(`/api/v1/subscriptions/${body.id}`);
    expect(detail.json<SubscriptionResponse>()).toEqual(body);
    const events = await staff.client.get(`/api/v1/subscriptions/${body.id}/events`);
    expect(events.json<{ data: SubscriptionEventResponse[] }>().data.map((event) => [event.kind, event.actor_type, event.actor_name])).toEqual([
      ['created', 'staff', 'Owner Person'],
      ['invoiced', 'staff', 'Owner Person'],
    ]);
  });

  it('lists subscriptions by status, customer and plan, page by page', async ({ t, staff }) => {
    const first = await createBillingCustomer(staff, { currency: 'USD' });
    const second = await createBillingCustomer(staff, { currency: 'USD' });
    const monthly = await createPlanFixture(t.ctx.db, staff.organization.id);
    const trial = await createPlanFixture(t.ctx.db, staff.organization.id, { trial_days: 7 });
    const ids: string[] = [];
    for (const [customer, plan] of [[first, monthly], [second, monthly], [first, trial]] as const) {
      const response = await staff.client.post('/api/v1/subscriptions', { customer_id: customer.id, plan_id: plan.id, auto_collect: false });
      expect(response.statusCode).toBe(201);
      ids.push(response.json<{ id: string }>().id);
    }
    const list = async (query: string) => (await staff.client.get(`/api/v1/subscriptions?${query}`)).json<{ data: SubscriptionSummaryResponse[]; next_cursor: string | null }>();
    expect((await list('')).data.map((row) => row.id)).toEqual([...ids].reverse());
    expect((await list('status=trial')).data.map((row) => row.id)).toEqual([ids[2]]);
    expect((await list(`customer_id=${first.id}`)).data.map((row) => row.id)).toEqual([ids[2], ids[0]]);
    expect((await list(`plan_id=${monthly.id}&sort=number`)).data.map((row) => row.number)).toEqual(['SUB-000001', 'SUB-000002']);
    const page = await list('limit=2');
    expect(page.data).toHaveLength(2);
    const next = await list(`limit=2&cursor=${page.next_cursor}`);
    expect(next.data.map((row) => row.id)).toEqual([ids[0]]);
    expect(next.next_cursor).toBeNull();
    expect((await list('status=live')).data[0]).toMatchObject({ customer_name: expect.any(String), amount_minor: 1000, interval: 'month' });
    expect((await staff.client.get('/api/v1/subscriptions?status=sleeping')).statusCode).toBe(400);
  });

  it('hides other organizations’ subscriptions and refuses bad input', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id);
    const created = await staff.client.post('/api/v1/subscriptions', { customer_id: customer.id, plan_id: plan.id, auto_collect: false });
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/subscriptions/${created.json<{ id: string }>().id}`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/subscriptions/${created.json<{ id: string }>().id}/events`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/subscriptions')).json<{ data: unknown[] }>().data).toEqual([]);
    const foreign = await other.client.post('/api/v1/subscriptions', { customer_id: customer.id, plan_id: plan.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('customer_id');
    const zero = await staff.client.post('/api/v1/subscriptions', { customer_id: customer.id, plan_id: plan.id, quantity: 0 });
    expect(zero.statusCode).toBe(400);
    const unknownCustomer = await staff.client.post('/api/v1/subscriptions', { customer_id: 'nobody', plan_id: plan.id });
    expect(unknownCustomer.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('customer_id');
  });
});
