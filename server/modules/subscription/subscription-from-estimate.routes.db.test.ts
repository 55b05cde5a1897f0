import { expect } from 'vitest';
import { createEstimate } from '../../test/billing-builders.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createPlanFixture } from '../../test/subscription-fixtures.ts';
import type { SubscriptionEventResponse, SubscriptionResponse } from './subscription.schemas.ts';

type ErrorBody = { error: { code: string; message: string; details: unknown } };

/** An estimate of a new customer in `currency`, sent and marked accepted through the staff API. */
async function acceptedEstimate(staff: SignedUpStaff, currency = 'USD') {
  const customer = await createBillingCustomer(staff, { currency });
  const estimate = await createEstimate(staff, customer.id);
  const accepted = await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`, { name: 'Dana' });
  expect(accepted.statusCode).toBe(200);
  return { customer, estimate };
}

describeOnEachDialect('subscriptions from accepted estimates', { startAt: '2026-12-01T09:00:00.000Z' }, (it) => {
  it('subscribes the estimate’s customer to the plan, issues the first invoice and names the estimate in the history', async ({ t, staff }) => {
    const { customer, estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { name: 'Team', price_minor: 1500 });
    const created = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id, quantity: 2, auto_collect: false });
    expect(created.statusCode).toBe(201);
    const body = created.json<SubscriptionResponse>();
    expect(body).toMatchObject({ status: 'live', customer_id: customer.id, quantity: 2, amount_minor: 3000, plan: { id: plan.id, name: 'Team' }, auto_collect: false });
    expect(body.invoices).toMatchObject([{ total_minor: 3000, status: 'sent', billing_key: 'period:0' }]);
    expect(created.headers.etag).toBe(`"${body.version}"`);
    const row = await t.ctx.db.selectFrom('subscriptions').select(['source', 'source_document_id']).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ source: 'estimate', source_document_id: estimate.id });
    const events = (await staff.client.get(`/api/v1/subscriptions/${body.id}/events`)).json<{ data: SubscriptionEventResponse[] }>().data;
    expect(events.map((event) => event.kind)).toEqual(['created', 'invoiced']);
    expect(events[0]?.details).toMatchObject({ source: 'estimate', source_document_id: estimate.id, source_document_number: estimate.number });
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toMatchObject({ status: 'accepted' });
  });

  it('starts a trial without an invoice when the plan has trial days', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { trial_days: 14 });
    const created = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id });
    expect(created.statusCode).toBe(201);
    expect(created.json<SubscriptionResponse>()).toMatchObject({ status: 'trial', quantity: 1, invoices: [] });
  });

  it('refuses an estimate that is not accepted with 409 STATE_CONFLICT naming its status', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff, { currency: 'USD' });
    const estimate = await createEstimate(staff, customer.id);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id);
    const refused = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().error).toMatchObject({ code: 'STATE_CONFLICT', details: { status: 'sent' } });
    expect(refused.json<ErrorBody>().error.message).toContain('sent');
    expect(await t.ctx.db.selectFrom('subscriptions').select('id').where('source_document_id', '=', estimate.id).execute()).toEqual([]);
  });

  it('hides another organization’s estimate behind a 404', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const other = await signUpStaff(t.app);
    const plan = await createPlanFixture(t.ctx.db, other.organization.id);
    const refused = await other.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id });
    expect(refused.statusCode).toBe(404);
    expect((await staff.client.post('/api/v1/estimates/nothing/subscription', { plan_id: plan.id })).statusCode).toBe(404);
  });

  it('refuses a plan in another currency than the estimate’s with 422 CURRENCY_MISMATCH', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id, { currency: 'EUR' });
    const refused = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<ErrorBody>().error).toMatchObject({ code: 'CURRENCY_MISMATCH', details: [{ field: 'plan_id', params: { currency: 'EUR', expected: 'USD' } }] });
  });

  it('refuses a bad body with 400 naming the field', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id);
    const fieldOf = async (body: Record<string, unknown>) => {
      const response = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, body);
      expect(response.statusCode).toBe(400);
      return (response.json<ErrorBody>().error.details as { field: string }[])[0]?.field;
    };
    expect(await fieldOf({ plan_id: plan.id, quantity: 0 })).toBe('quantity');
    expect(await fieldOf({ quantity: 1 })).toBe('plan_id');
    expect(await fieldOf({ plan_id: plan.id, start_date: 'soon' })).toBe('start_date');
    const extra = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id, customer_id: 'someone' });
    expect(extra.statusCode).toBe(400);
  });

  it('makes one subscription of an estimate converted twice, one after the other', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id);
    const first = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id, auto_collect: false });
    expect(first.statusCode).toBe(201);
    const made = first.json<SubscriptionResponse>();
    const second = await staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id, auto_collect: false });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error).toMatchObject({ code: 'CONFLICT', details: { subscription_id: made.id, subscription_number: made.number } });
    expect(second.json<ErrorBody>().error.message).toContain(made.number);
  });

  it('makes one subscription of an estimate converted twice at once', async ({ t, staff }) => {
    const { estimate } = await acceptedEstimate(staff);
    const plan = await createPlanFixture(t.ctx.db, staff.organization.id);
    const responses = await Promise.all([0, 1].map(() => staff.client.post(`/api/v1/estimates/${estimate.id}/subscription`, { plan_id: plan.id, auto_collect: false })));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const made = responses.find((response) => response.statusCode === 201)!.json<SubscriptionResponse>();
    const refused = responses.find((response) => response.statusCode === 409)!.json<ErrorBody>();
    expect(refused.error).toMatchObject({ code: 'CONFLICT', details: { subscription_id: made.id } });
    const rows = await t.ctx.db.selectFrom('subscriptions').select('id').where('source_document_id', '=', estimate.id).execute();
    expect(rows).toEqual([{ id: made.id }]);
  });
});
