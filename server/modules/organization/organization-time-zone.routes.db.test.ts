import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { portalCustomer, type PortalCustomer } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

/** The day invoices fall due and estimates expire in these tests. */
const D = '2026-06-15';
/**
 * 12:30 UTC on D: in Auckland (NZST, UTC+12 in June) it is already 00:30 on the 16th, so an invoice due
 * D is overdue there while UTC is still on D.
 */
const aucklandPastMidnight = '2026-06-15T12:30:00.000Z';
/** 00:30 UTC on the 16th: UTC is past D, but in Honolulu (UTC−10) it is still 14:30 on D. */
const utcPastMidnight = '2026-06-16T00:30:00.000Z';

async function setTimeZone(staff: SignedUpStaff, timeZone: string): Promise<void> {
  const response = await staff.client.patch('/api/v1/portal/settings', { time_zone: timeZone });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().time_zone).toBe(timeZone);
}

interface Seen {
  staffStatus: string;
  staffOverdueList: string[];
  portalStatus: string;
  portalOverdueList: string[];
  dashboardOverdue: { currency: string; total_minor: number; count: number }[];
}

/** What staff and the contact see of one invoice: its status, the overdue lists and the dashboard's overdue figure. */
async function seenInvoice(staff: SignedUpStaff, c: PortalCustomer, id: string): Promise<Seen> {
  const staffDocument = await staff.client.get(`/api/v1/invoices/${id}`);
  const staffList = await staff.client.get(`/api/v1/invoices?status=overdue&customer_id=${c.customerId}`);
  const portalDocument = await c.client.get(`${c.api}/invoices/${id}`);
  const portalList = await c.client.get(`${c.api}/invoices?filter=overdue`);
  const dashboard = await c.client.get(`${c.api}/dashboard`);
  for (const response of [staffDocument, staffList, portalDocument, portalList, dashboard]) expect(response.statusCode, response.body).toBe(200);
  return {
    staffStatus: staffDocument.json().status,
    staffOverdueList: staffList.json().data.map((row: { id: string }) => row.id),
    portalStatus: portalDocument.json().status,
    portalOverdueList: portalList.json().data.map((row: { id: string }) => row.id),
    dashboardOverdue: dashboard.json().figures.overdue,
  };
}

const overdue = (id: string): Seen => ({
  staffStatus: 'overdue',
  staffOverdueList: [id],
  portalStatus: 'overdue',
  portalOverdueList: [id],
  dashboardOverdue: [{ currency: 'USD', total_minor: 10_000, count: 1 }],
});
const notOverdue: Seen = { staffStatus: 'sent', staffOverdueList: [], portalStatus: 'sent', portalOverdueList: [], dashboardOverdue: [] };

/** A second organization of the same app, left in UTC. */
const otherOrganization = (t: TestApp) => signUpStaff(t.app);

async function customerWithInvoiceDue(t: TestApp, staff: SignedUpStaff): Promise<{ c: PortalCustomer; id: string }> {
  const c = await portalCustomer(t, staff);
  const { id } = await c.doc({ total: 10_000, issueDate: '2026-06-01', dueDate: D });
  return { c, id };
}

/** Sessions that outlive the clock's jumps of a few weeks. */
const longSessions = { SESSION_IDLE_TIMEOUT: String(60 * 86_400), SESSION_ABSOLUTE_TIMEOUT: String(60 * 86_400) };

describeOnEachDialect('the organization’s time zone', { startAt: '2026-06-10T09:00:00.000Z', config: longSessions }, (it) => {
  it('signs an organization up in UTC, or in the zone it names', async ({ t, staff, ip }) => {
    expect(staff.organization).toMatchObject({ time_zone: 'UTC' });
    expect((await staff.client.get('/api/v1/portal/settings')).json().time_zone).toBe('UTC');

    const client = new TestClient(t.app, ip);
    const signUp = (timeZone: string) =>
      client.post('/api/v1/organizations', { organization_name: 'Kiwi Ltd', name: 'Owner', email: uniqueEmail('kiwi'), password: STRONG_PASSWORD, time_zone: timeZone });
    const zoned = await signUp('pacific/auckland');
    expect(zoned.statusCode, zoned.body).toBe(201);
    expect(zoned.json().organization.time_zone).toBe('Pacific/Auckland');
    expect((await client.get('/api/v1/organization')).json().time_zone).toBe('Pacific/Auckland');

    const refused = await signUp('Mars/Olympus');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'time_zone', code: 'unknown_time_zone' })]);
  });

  it('changes the zone in the settings, refuses anything but an IANA name and then changes nothing', async ({ t, staff }) => {
    await setTimeZone(staff, 'Pacific/Honolulu');
    for (const bad of ['Mars/Olympus', '+05:00', '', 42]) {
      const response = await staff.client.patch('/api/v1/portal/settings', { time_zone: bad, organization_name: 'Renamed Ltd' });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().error.details.map((issue: { field: string }) => issue.field)).toEqual(['time_zone']);
    }
    const settings = (await staff.client.get('/api/v1/portal/settings')).json();
    expect(settings).toMatchObject({ time_zone: 'Pacific/Honolulu', organization_name: staff.organization.name });
    // The portal's branding and the console's session carry it, for showing times.
    const c = await portalCustomer(t, staff);
    expect((await c.client.get(`${c.api}/portal`)).json()).toMatchObject({ time_zone: 'Pacific/Honolulu' });
    expect((await staff.client.get('/api/v1/organization')).json().time_zone).toBe('Pacific/Honolulu');
  });

  it('counts an invoice due on D as overdue in Auckland once Auckland’s day has ended, while UTC is still on D', async ({ t, staff, clock }) => {
    const { c, id } = await customerWithInvoiceDue(t, staff);
    const utcStaff = await otherOrganization(t);
    const utc = { staff: utcStaff, ...(await customerWithInvoiceDue(t, utcStaff)) };
    await setTimeZone(staff, 'Pacific/Auckland');

    clock.set('2026-06-15T11:30:00.000Z'); // 23:30 on D in Auckland: still due today
    expect(await seenInvoice(staff, c, id)).toEqual(notOverdue);

    clock.set(aucklandPastMidnight);
    expect(await seenInvoice(staff, c, id)).toEqual(overdue(id));
    expect(await seenInvoice(utc.staff, utc.c, utc.id)).toEqual(notOverdue);
  });

  it('keeps an invoice due on D open in Honolulu after UTC has passed midnight, and overdue for a UTC organization', async ({ t, staff, clock }) => {
    const { c, id } = await customerWithInvoiceDue(t, staff);
    const utcStaff = await otherOrganization(t);
    const utc = { staff: utcStaff, ...(await customerWithInvoiceDue(t, utcStaff)) };
    await setTimeZone(staff, 'Pacific/Honolulu');

    clock.set(utcPastMidnight);
    expect(await seenInvoice(staff, c, id)).toEqual(notOverdue);
    expect(await seenInvoice(utc.staff, utc.c, utc.id)).toEqual(overdue(utc.id));

    clock.set('2026-06-16T10:00:00.000Z'); // midnight in Honolulu
    expect(await seenInvoice(staff, c, id)).toEqual(overdue(id));
  });

  it('lets a contact accept an estimate that expires on D until D ends in the organization’s zone', async ({ t, staff, clock }) => {
    await setTimeZone(staff, 'Pacific/Honolulu');
    const c = await portalCustomer(t, staff);
    const first = await c.doc({ kind: 'estimate', issueDate: '2026-06-01', expiryDate: D });
    const second = await c.doc({ kind: 'estimate', issueDate: '2026-06-01', expiryDate: D });

    clock.set(utcPastMidnight);
    expect((await staff.client.get(`/api/v1/estimates/${first.id}`)).json().status).toBe('sent');
    expect((await staff.client.get('/api/v1/estimates?status=expired&customer_id=' + c.customerId)).json().data).toEqual([]);
    expect((await c.client.get(`${c.api}/estimates?filter=expired`)).json().data).toEqual([]);
    expect((await c.client.get(`${c.api}/dashboard`)).json().figures.estimates_awaiting).toBe(2);
    const accepted = await c.client.post(`${c.api}/estimates/${first.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);

    clock.set('2026-06-16T10:00:00.000Z'); // D has ended in Honolulu too
    expect((await staff.client.get(`/api/v1/estimates/${second.id}`)).json().status).toBe('expired');
    expect((await c.client.get(`${c.api}/estimates?filter=expired`)).json().data.map((row: { id: string }) => row.id)).toEqual([second.id]);
    const late = await c.client.post(`${c.api}/estimates/${second.id}/accept`, {});
    expect(late.statusCode).toBe(409);
    expect((await staff.client.get(`/api/v1/estimates/${second.id}`)).json().status).toBe('expired');
  });

  it('takes "this month" of a statement, and a payment’s default date, from the organization’s calendar', async ({ t, staff, clock }) => {
    const c = await portalCustomer(t, staff);
    const utc = await otherOrganization(t);
    const utcCustomer = await portalCustomer(t, utc);
    await setTimeZone(staff, 'Pacific/Auckland');

    clock.set('2026-06-30T12:30:00.000Z'); // 00:30 on 1 July in Auckland, still 30 June in UTC
    const statement = (who: SignedUpStaff, customerId: string) => who.client.get(`/api/v1/customers/${customerId}/statement?period=this_month`);
    expect((await statement(staff, c.customerId)).json()).toMatchObject({ from: '2026-07-01', to: '2026-07-31' });
    expect((await statement(utc, utcCustomer.customerId)).json()).toMatchObject({ from: '2026-06-01', to: '2026-06-30' });

    // A new invoice is issued today, there; a payment recorded without a date is paid today, there
    // (a day before the invoice, in UTC, it could not be allocated to it).
    const invoice = await staff.client.post('/api/v1/invoices', { customer_id: c.customerId, lines: [{ name: 'Work', quantity: 1, rate_minor: 1_000 }] });
    expect(invoice.json()).toMatchObject({ issue_date: '2026-07-01', due_date: '2026-07-31' });
    expect((await staff.client.post(`/api/v1/invoices/${invoice.json().id}/send`)).statusCode).toBe(200);
    const payment = await staff.client.post('/api/v1/payments', { customer_id: c.customerId, amount_minor: 500, currency: 'USD', method: 'cash' });
    expect(payment.statusCode, payment.body).toBe(201);
    expect(payment.json()).toMatchObject({ paid_on: '2026-07-01', allocations: [expect.objectContaining({ document_id: invoice.json().id, amount_minor: 500 })] });
  });
});
