import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { AppContext } from '../../context.ts';
import { newId } from '../../lib/ids.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { createBillingCustomer, invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

interface ListedPayment {
  id: string;
  method: string;
  status: string;
  paid_on: string;
  gateway: string | null;
  gateway_payment_id: string | null;
  payment_method: { type: string; brand: string; last4: string } | null;
  contact: { id: string; name: string } | null;
  refunded_minor: number;
  refunds: { id: string; amount_minor: number; status: string; reason: string | null; created_at: string }[];
}

/**
 * An online payment as the payment flow records it (a gateway, its reference, the saved card, the
 * paying contact), written straight into the tables: the list only reads them.
 */
async function onlinePayment(
  ctx: AppContext,
  staff: SignedUpStaff,
  customer: { id: string; currency: string; contactId: string },
  options: { method: 'card' | 'bank_account'; status?: string; paidOn: string; amount: number; refunded?: number },
): Promise<{ id: string; methodId: string }> {
  const now = new Date().toISOString();
  const methodId = newId();
  await ctx.db
    .insertInto('payment_methods')
    .values({
      id: methodId,
      organization_id: staff.organization.id,
      customer_id: customer.id,
      gateway: 'test',
      gateway_method_id: `tok_${randomBytes(6).toString('hex')}`,
      type: options.method,
      brand: options.method === 'card' ? 'visa' : 'bank',
      last4: options.method === 'card' ? '4242' : '6789',
      exp_month: options.method === 'card' ? 12 : null,
      exp_year: options.method === 'card' ? 2030 : null,
      holder_name: null,
      billing_address: null,
      is_default: 0,
      created_by_contact_id: customer.contactId,
      created_at: now,
      updated_at: now,
      removed_at: null,
    })
    .execute();
  const id = newId();
  await ctx.db
    .insertInto('payments')
    .values({
      id,
      organization_id: staff.organization.id,
      customer_id: customer.id,
      number: `PAY-T${randomBytes(4).toString('hex')}`,
      currency: customer.currency,
      amount_minor: options.amount,
      method: options.method,
      status: options.status ?? 'completed',
      reference: null,
      notes: null,
      paid_on: options.paidOn,
      created_by: null,
      created_at: now,
      updated_at: now,
      gateway: 'test',
      gateway_payment_id: `pi_${randomBytes(6).toString('hex')}`,
      attempt_id: null,
      payment_method_id: methodId,
      contact_person_id: customer.contactId,
      refunded_minor: options.refunded ?? 0,
    })
    .execute();
  return { id, methodId };
}

async function listOf(staff: SignedUpStaff, query: string): Promise<ListedPayment[]> {
  const response = await staff.client.get(`/api/v1/payments?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: ListedPayment[] }>().data;
}

describeOnEachDialect('payments list: online payments and filters', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('shows an offline payment with no gateway, no method, no contact and no refunds', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    await invoiceOf(staff, customer.id, 5_000, { issueDate: '2026-11-01' });
    const payment = await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 1_000, currency: 'EUR', paid_on: '2026-11-20' });
    const detail = (await staff.client.get(`/api/v1/payments/${payment.id}`)).json<ListedPayment>();
    expect(detail).toMatchObject({ gateway: null, gateway_payment_id: null, payment_method: null, contact: null, refunded_minor: 0, refunds: [] });
  });

  it('shows an online payment’s gateway, method with brand and last 4, the paying contact and its refunds', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const { id } = await onlinePayment(t.ctx, staff, customer, { method: 'card', paidOn: '2026-11-21', amount: 4_000, refunded: 1_500 });
    const older = newId();
    const newer = newId();
    for (const [refundId, amount, status, reason, at] of [
      [older, 1_500, 'succeeded', 'Damaged goods', '2026-11-22T10:00:00.000Z'],
      [newer, 500, 'failed', null, '2026-11-23T10:00:00.000Z'],
    ] as const) {
      await t.ctx.db
        .insertInto('refunds')
        .values({ id: refundId, organization_id: staff.organization.id, payment_id: id, currency: 'EUR', amount_minor: amount, status, reason, gateway_refund_id: null, failure_message: null, created_by: null, created_at: at, completed_at: null })
        .execute();
    }
    const detail = (await staff.client.get(`/api/v1/payments/${id}`)).json<ListedPayment>();
    expect(detail).toMatchObject({
      method: 'card',
      gateway: 'test',
      gateway_payment_id: expect.stringMatching(/^pi_/),
      payment_method: { type: 'card', brand: 'visa', last4: '4242' },
      contact: { id: customer.contactId, name: 'Billie Payer' },
      refunded_minor: 1_500,
      refunds: [
        { id: older, amount_minor: 1_500, status: 'succeeded', reason: 'Damaged goods', created_at: '2026-11-22T10:00:00.000Z' },
        { id: newer, amount_minor: 500, status: 'failed', reason: null, created_at: '2026-11-23T10:00:00.000Z' },
      ],
    });
    expect((await listOf(staff, `customer_id=${customer.id}`))[0]).toEqual(detail);
  });

  it('filters by status, method, source, customer and payment dates, and combines them', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const other = await createBillingCustomer(staff);
    await invoiceOf(staff, customer.id, 50_000, { issueDate: '2026-10-01' });
    await invoiceOf(staff, other.id, 50_000, { issueDate: '2026-10-01' });
    const cash = await recordTestPayment(staff, { customer_id: customer.id, amount_minor: 100, currency: 'EUR', method: 'cash', paid_on: '2026-11-02' });
    const cheque = await recordTestPayment(staff, { customer_id: other.id, amount_minor: 200, currency: 'EUR', method: 'cheque', paid_on: '2026-11-10' });
    const card = await onlinePayment(t.ctx, staff, customer, { method: 'card', paidOn: '2026-11-15', amount: 300 });
    const bank = await onlinePayment(t.ctx, staff, other, { method: 'bank_account', status: 'pending', paidOn: '2026-11-20', amount: 400 });
    const ids = async (query: string) => (await listOf(staff, query)).map((payment) => payment.id);

    expect(await ids('')).toEqual([bank.id, card.id, cheque.id, cash.id]);
    expect(await ids('source=online')).toEqual([bank.id, card.id]);
    expect(await ids('source=offline')).toEqual([cheque.id, cash.id]);
    expect(await ids('status=pending')).toEqual([bank.id]);
    expect(await ids('status=completed')).toEqual([card.id, cheque.id, cash.id]);
    expect(await ids('method=card')).toEqual([card.id]);
    expect(await ids('method=bank_account')).toEqual([bank.id]);
    expect(await ids('method=cheque')).toEqual([cheque.id]);
    expect(await ids(`customer_id=${customer.id}`)).toEqual([card.id, cash.id]);
    expect(await ids('paid_from=2026-11-10&paid_to=2026-11-15')).toEqual([card.id, cheque.id]);
    expect(await ids('paid_from=2026-11-16')).toEqual([bank.id]);
    expect(await ids('paid_to=2026-11-02')).toEqual([cash.id]);
    expect(await ids(`customer_id=${other.id}&source=offline&paid_from=2026-11-01`)).toEqual([cheque.id]);
    expect(await ids('source=online&method=cash')).toEqual([]);
  });

  it('pages a filtered list with its cursor', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const made: string[] = [];
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']) made.push((await onlinePayment(t.ctx, staff, customer, { method: 'card', paidOn: day, amount: 100 })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `source=online&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await staff.client.get(`/api/v1/payments?${query}`)).json<{ data: ListedPayment[]; next_cursor: string | null }>();
      seen.push(...page.data.map((payment) => payment.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
  });

  it('names the field of a bad filter', async ({ staff }) => {
    for (const [query, field] of [
      ['status=lost', 'status'],
      ['method=bitcoin', 'method'],
      ['source=both', 'source'],
      ['paid_from=2026-13-01', 'paid_from'],
      ['paid_to=yesterday', 'paid_to'],
      ['paid_from=2026-11-10&paid_to=2026-11-01', 'paid_from'],
    ] as const) {
      const response = await staff.client.get(`/api/v1/payments?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.details[0].field, query).toBe(field);
    }
  });

  it('never lists or shows another organization’s online payments', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const customer = await createBillingCustomer(staff);
    const { id } = await onlinePayment(t.ctx, staff, customer, { method: 'card', paidOn: '2026-11-15', amount: 300 });
    expect(await listOf(other, 'source=online')).toEqual([]);
    expect(await listOf(other, `customer_id=${customer.id}`)).toEqual([]);
    expect((await other.client.get(`/api/v1/payments/${id}`)).statusCode).toBe(404);
  });
});
