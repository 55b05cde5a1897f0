import { expect } from 'vitest';
import { addDays, todayIn } from '../../contract/calendar.ts';
import { demoActivityDays } from './demo-activity.ts';
import { TestClient } from '../test/http-client.ts';
import { demoContact, demoStaff, printSignIns, seedDemoIfEmpty } from './demo.ts';
import { describeOnEachDialect } from '../test/fixture.ts';

describeOnEachDialect('demo data', (it) => {
  it('seeds an empty database once, with contacts in every portal status and working sign-ins', async ({ t, ip }) => {
    const signIns = await seedDemoIfEmpty(t.ctx);
    expect(signIns?.portalUrl).toBe('http://portico.test/portal/northwind-supplies');
    expect(printSignIns(signIns!)).toContain(demoContact.password);
    const again = await seedDemoIfEmpty(t.ctx);
    expect(again).toEqual(signIns);
    expect(await t.ctx.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);

    const staff = new TestClient(t.app, ip);
    expect((await staff.post('/api/v1/session', { email: demoStaff.email, password: demoStaff.password })).statusCode).toBe(200);
    const customers = (await staff.get('/api/v1/customers?limit=100')).json().data;
    const statuses = new Set<string>();
    for (const customer of customers) {
      const detail = (await staff.get(`/api/v1/customers/${customer.id}`)).json();
      for (const contact of detail.contact_persons) statuses.add(contact.portal.status);
    }
    expect([...statuses].sort()).toEqual(['accepted', 'disabled', 'expired', 'invited', 'not_invited']);
    expect((await staff.get('/api/v1/portal/settings')).json().banner_message).toContain('Welcome');

    const statusesOf = async (path: string) => new Set(((await staff.get(`/api/v1/${path}?limit=100`)).json().data as { status: string }[]).map((d) => d.status));
    expect([...(await statusesOf('invoices'))].sort()).toEqual(['draft', 'overdue', 'paid', 'partially_paid', 'sent', 'void']);
    expect([...(await statusesOf('estimates'))].sort()).toEqual(['accepted', 'declined', 'draft', 'expired', 'sent']);
    expect((await statusesOf('credit-notes')).has('open')).toBe(true);
    const payments = (await staff.get('/api/v1/payments?limit=100')).json().data as { currency: string }[];
    expect(new Set(payments.map((p) => p.currency))).toEqual(new Set(['USD', 'EUR']));
    const partial = ((await staff.get('/api/v1/invoices?limit=100')).json().data as { paid_minor: number; balance_minor: number }[]).filter((d) => d.paid_minor > 0 && d.balance_minor > 0);
    expect(partial.length).toBeGreaterThan(0);

    const orders = (await staff.get('/api/v1/sales-orders?limit=100')).json().data as { status: string }[];
    expect([...new Set(orders.map((order) => order.status))].sort()).toEqual(['cancelled', 'confirmed', 'delivered', 'draft', 'partially_shipped', 'pending_approval', 'shipped']);
    const packages = (await staff.get('/api/v1/packages?limit=100')).json().data as { status: string }[];
    expect([...new Set(packages.map((pkg) => pkg.status))].sort()).toEqual(['delivered', 'shipped']);
    const priceLists = await t.ctx.db.selectFrom('price_lists').select(['kind', 'currency']).execute();
    expect(priceLists.map((list) => `${list.kind} ${list.currency}`).sort()).toEqual(['markdown USD', 'markdown USD', 'per_item EUR']);
    const stock = await t.ctx.db.selectFrom('stock_levels').select(['on_hand_milli', 'committed_milli']).execute();
    expect(stock.every((level) => level.on_hand_milli >= 0 && level.committed_milli >= 0)).toBe(true);
    expect(stock.some((level) => level.committed_milli > 0)).toBe(true);

    const subscriptions = await t.ctx.db.selectFrom('subscriptions').select('status').execute();
    expect([...new Set(subscriptions.map((sub) => sub.status))].sort()).toEqual(['cancelled', 'expired', 'live', 'non_renewing', 'paused', 'trial', 'unpaid']);
    const plans = (await staff.get('/api/v1/plans')).json().data as { code: string; hosted_page_enabled: boolean }[];
    expect(plans.filter((plan) => plan.hosted_page_enabled).map((plan) => plan.code).sort()).toEqual(['print-basic', 'print-pro']);

    const summary = (await staff.get('/api/v1/reviews/summary')).json();
    expect(summary.count).toBeGreaterThanOrEqual(5);
    const reviews = (await staff.get('/api/v1/reviews?limit=100')).json().data as { reply: string | null; rating: number }[];
    expect(reviews.some((review) => review.reply !== null) && reviews.some((review) => review.reply === null)).toBe(true);
    expect(new Set(reviews.map((review) => review.rating)).size).toBeGreaterThanOrEqual(3);
    const forwards = await t.ctx.db.selectFrom('document_forwards').select(['subject_type', 'recipient_contact_person_id']).execute();
    expect(forwards.map((forward) => forward.subject_type)).toContain('invoice');

    // Portal activity over the last months, in many modules, counted in the report's daily rollup.
    const { time_zone: timeZone } = (await staff.get('/api/v1/organization')).json();
    const from = addDays(todayIn(timeZone, t.ctx.clock.now()), -(demoActivityDays - 1));
    const report = (await staff.get(`/api/v1/reports/portal-activities?interval=month&from=${from}`)).json();
    const raw = await t.ctx.db.selectFrom('activities').select(['customer_id', 'module', 'action']).execute();
    expect(report.total).toBeGreaterThanOrEqual(80);
    expect(report.total).toBe(raw.length);
    const modules = new Set((report.modules as { module: string }[]).map((row) => row.module));
    for (const module of ['portal', 'invoices', 'estimates', 'payments', 'project', 'reviews', 'sales_orders', 'statement']) expect(modules, module).toContain(module);
    const actions = new Set((report.rows as { action: string }[]).map((row) => row.action));
    for (const action of ['signin', 'document_viewed', 'payment_received', 'estimate_accepted', 'time_approved', 'document_forwarded', 'review_submitted']) expect(actions, action).toContain(action);
    expect((report.series as { count: number }[]).filter((bucket) => bucket.count > 0).length).toBeGreaterThanOrEqual(4);
    // The rollup agrees with the activities themselves (a customer's report reads those).
    const globexId = (customers as { id: string; display_name: string }[]).find((customer) => customer.display_name === 'Globex Corporation')!.id;
    const globexReport = (await staff.get(`/api/v1/reports/portal-activities?interval=month&customer_id=${globexId}&from=${from}`)).json();
    expect(globexReport.total).toBe(raw.filter((row) => row.customer_id === globexId).length);
    expect((report.customers as { customer_id: string; count: number }[]).find((row) => row.customer_id === globexId)?.count).toBe(globexReport.total);
    expect((report.contacts as { name: string }[]).map((row) => row.name)).toContain('Grace Hopper');
    const invoices = (await staff.get('/api/v1/invoices?limit=100')).json().data as { viewed_at: string | null }[];
    expect(invoices.some((invoice) => invoice.viewed_at !== null)).toBe(true);

    const contact = new TestClient(t.app, ip);
    const signIn = await contact.post('/portal/northwind-supplies/api/session', { email: demoContact.email, password: demoContact.password });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().accounts).toHaveLength(2);
    const globex = signIn.json().accounts.find((account: { customer_name: string }) => account.customer_name === 'Globex Corporation');
    expect((await contact.put('/portal/northwind-supplies/api/me/account', { contact_person_id: globex.contact_person_id })).statusCode).toBe(200);
    const dashboard = (await contact.get('/portal/northwind-supplies/api/dashboard')).json();
    const unpaid = (await contact.get('/portal/northwind-supplies/api/invoices?filter=unpaid&limit=100')).json().data as { balance_minor: number }[];
    expect(dashboard.figures.outstanding).toEqual([expect.objectContaining({ currency: 'USD', total_minor: unpaid.reduce((sum, d) => sum + d.balance_minor, 0), count: unpaid.length })]);
    expect(dashboard.figures.estimates_awaiting).toBe(1);
    // The demo's history is its colleague's: Ada's first sign-in still shows the banner.
    expect(dashboard.show_banner).toBe(true);
  });
});
