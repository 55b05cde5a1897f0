import { expect } from 'vitest';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { setPermissions } from '../../test/portal-document-builders.ts';
import { planFor, subscribe, subscribedContact, type SubscribedContact } from '../../test/subscription-action-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

describeOnEachDialect('portal invoices: the plan filter', { startAt: '2026-12-01T12:00:00.000Z' }, (it) => {
  const numbers = (response: { json(): unknown }) => (response.json() as { data: { number: string }[] }).data.map((d) => d.number);
  /** The invoice each subscription issued on creation (period 0). */
  const invoiceOf = async (t: TestApp, subscriptionId: string) =>
    t.ctx.db
      .selectFrom('subscription_invoices')
      .innerJoin('documents', 'documents.id', 'subscription_invoices.document_id')
      .select(['documents.id', 'documents.number'])
      .where('subscription_invoices.subscription_id', '=', subscriptionId)
      .executeTakeFirstOrThrow();
  const list = (c: SubscribedContact, query: string) => c.client.get(`${c.api}/invoices?sort=number&${query}`);

  it('lists only the invoices of the customer’s subscriptions on that plan, with the other filters and search still applied', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const basic = await planFor(t, staff, c.currency, { name: 'Basic', price_minor: 3100 });
    const pro = await planFor(t, staff, c.currency, { name: 'Pro', price_minor: 6200 });
    const basic1 = await invoiceOf(t, (await subscribe(t, staff, c, basic)).id);
    const basic2 = await invoiceOf(t, (await subscribe(t, staff, c, basic)).id);
    const pro1 = await invoiceOf(t, (await subscribe(t, staff, c, pro)).id);
    const manual = await c.doc({ number: 'INV-MANUAL-1' });

    expect(numbers(await list(c, `plan_id=${basic.id}`))).toEqual([basic1.number, basic2.number].sort());
    expect(numbers(await list(c, `plan_id=${pro.id}`))).toEqual([pro1.number]);
    expect(numbers(await list(c, ''))).toEqual([basic1.number, basic2.number, pro1.number, manual.number].sort());

    await t.ctx.db.updateTable('documents').set({ status: 'paid', balance_minor: 0 }).where('id', '=', basic2.id).execute();
    expect(numbers(await list(c, `plan_id=${basic.id}&filter=paid`))).toEqual([basic2.number]);
    expect(numbers(await list(c, `plan_id=${basic.id}&filter=unpaid`))).toEqual([basic1.number]);
    expect(numbers(await list(c, `plan_id=${pro.id}&filter=paid`))).toEqual([]);
    expect(numbers(await list(c, `plan_id=${basic.id}&search=${encodeURIComponent(basic1.number)}`))).toEqual([basic1.number]);
    expect(numbers(await list(c, `plan_id=${pro.id}&search=${encodeURIComponent(basic1.number)}`))).toEqual([]);
  });

  it('answers an empty list for an unknown plan or another customer’s plan, and never shows another customer’s invoices', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const other = await subscribedContact(t, staff);
    const shared = await planFor(t, staff, c.currency, { name: 'Shared' });
    const theirs = await planFor(t, staff, other.currency, { name: 'Theirs' });
    const own = await invoiceOf(t, (await subscribe(t, staff, c, shared)).id);
    const otherShared = await invoiceOf(t, (await subscribe(t, staff, other, shared)).id);
    await subscribe(t, staff, other, theirs);

    const unknown = await list(c, 'plan_id=no-such-plan');
    expect(unknown.statusCode, unknown.body).toBe(200);
    expect(unknown.json()).toEqual({ data: [], next_cursor: null });
    expect(numbers(await list(c, `plan_id=${theirs.id}`))).toEqual([]);
    expect(numbers(await list(c, `plan_id=${shared.id}`))).toEqual([own.number]);
    expect(numbers(await list(other, `plan_id=${shared.id}`))).toEqual([otherShared.number]);
  });

  it('pages the filtered list with a cursor, each invoice once', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const basic = await planFor(t, staff, c.currency, { name: 'Basic' });
    const pro = await planFor(t, staff, c.currency, { name: 'Pro' });
    const expected: string[] = [];
    for (let i = 0; i < 5; i++) expected.push((await invoiceOf(t, (await subscribe(t, staff, c, basic)).id)).number);
    await subscribe(t, staff, c, pro);
    await c.doc({ number: 'INV-MANUAL-2' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(c, `plan_id=${basic.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode, page.body).toBe(200);
      expect(numbers(page).length).toBeLessThanOrEqual(2);
      seen.push(...numbers(page));
      cursor = page.json<{ next_cursor: string | null }>().next_cursor;
    } while (cursor);
    expect(seen).toEqual(expected.sort());
  });

  it('names the plans the customer has subscriptions on, for the filter’s choices', async ({ t, staff }) => {
    const c = await subscribedContact(t, staff);
    const other = await subscribedContact(t, staff);
    const none = await subscribedContact(t, staff);
    const pro = await planFor(t, staff, c.currency, { name: 'Pro' });
    const basic = await planFor(t, staff, c.currency, { name: 'Basic' });
    const theirs = await planFor(t, staff, other.currency, { name: 'Theirs' });
    await subscribe(t, staff, c, pro);
    await subscribe(t, staff, c, basic);
    await subscribe(t, staff, c, basic);
    await subscribe(t, staff, other, theirs);

    const plans = await c.client.get(`${c.api}/invoices/plans`);
    expect(plans.statusCode, plans.body).toBe(200);
    expect(plans.json()).toEqual({ data: [{ id: basic.id, name: 'Basic' }, { id: pro.id, name: 'Pro' }] });
    expect((await none.client.get(`${none.api}/invoices/plans`)).json()).toEqual({ data: [] });

    await setPermissions(staff, c.contactId, ['pay']);
    expect((await c.client.get(`${c.api}/invoices/plans`)).statusCode).toBe(403);
    expect((await c.client.get(`${c.api}/invoices?plan_id=${basic.id}`)).statusCode).toBe(403);
  });
});
