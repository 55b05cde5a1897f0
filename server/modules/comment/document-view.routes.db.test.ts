import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { notificationTypes, portalCustomer } from '../../test/portal-document-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('document views', (it) => {
  const viewedCount = async (staff: SignedUpStaff) => (await notificationTypes(staff)).filter((type) => type === 'portal.document_viewed').length;

  it('marks the first view once, notifies once, and logs every view with who, when, IP and agent', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, me.customerId);
    const notificationsBefore = await viewedCount(staff);
    const first = await me.client.get(`${me.api}/invoices/${invoice.id}`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ viewed_at: expect.any(String), viewed_by: { contact_person_id: me.contactId, name: 'Casey Contact' } });
    t.clock.advance(60);
    await me.client.get(`${me.api}/invoices/${invoice.id}`);
    await me.client.get(`${me.api}/invoices/${invoice.id}`);
    expect(await viewedCount(staff)).toBe(notificationsBefore + 1);
    const staffView = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
    expect(staffView.viewed_at).toBe(first.json().viewed_at);
    expect(staffView.viewed_by.name).toBe('Casey Contact');
    const log = await staff.client.get(`/api/v1/invoices/${invoice.id}/views`);
    expect(log.statusCode).toBe(200);
    expect(log.json().data).toHaveLength(3);
    expect(log.json().data[0]).toEqual({ contact_person_id: me.contactId, contact_name: 'Casey Contact', ip: me.client.ip, user_agent: 'portico-tests', viewed_at: expect.any(String) });
    expect(log.json().data[0].viewed_at > log.json().data[2].viewed_at).toBe(true);
    const activity = (await staff.client.get(`/api/v1/activities?customer_id=${me.customerId}`)).json().data;
    expect(activity.filter((a: { action: string }) => a.action === 'document_viewed')).toHaveLength(1);
  });

  it('marks and notifies once when several views race', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, me.customerId);
    const before = await viewedCount(staff);
    const responses = await Promise.all(Array.from({ length: 5 }, () => me.client.get(`${me.api}/invoices/${invoice.id}`)));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(await viewedCount(staff)).toBe(before + 1);
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}/views`)).json().data).toHaveLength(5);
  });

  it('never counts staff previews', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, me.customerId);
    const before = await viewedCount(staff);
    await staff.client.get(`/api/v1/estimates/${estimate.id}`);
    await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`);
    await staff.client.get(`/api/v1/estimates`);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/views`)).json().data).toEqual([]);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json().viewed_at).toBeNull();
    expect(await viewedCount(staff)).toBe(before);
    // Listing in the portal is not opening: only the detail counts.
    await me.client.get(`${me.api}/estimates`);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/views`)).json().data).toEqual([]);
  });

  it('logs views of retainer invoices and credit notes too', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    for (const kind of ['retainer_invoice', 'credit_note'] as const) {
      const doc = await me.doc({ kind });
      const path = kind === 'credit_note' ? 'credit-notes' : 'retainer-invoices';
      expect((await me.client.get(`${me.api}/${path}/${doc.id}`)).json().viewed_at).toEqual(expect.any(String));
      expect((await staff.client.get(`/api/v1/${path}/${doc.id}/views`)).json().data).toHaveLength(1);
    }
  });

  it('resets the viewed flag: the log stays, the next view marks and notifies again', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, me.customerId);
    await me.client.get(`${me.api}/invoices/${invoice.id}`);
    const before = await viewedCount(staff);
    const reset = await staff.client.post(`/api/v1/invoices/${invoice.id}/reset-viewed`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ id: invoice.id, viewed_at: null, viewed_by: null });
    expect(reset.json().lines).toHaveLength(1);
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json().viewed_at).toBeNull();
    await me.client.get(`${me.api}/invoices/${invoice.id}`);
    expect(await viewedCount(staff)).toBe(before + 1);
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}/views`)).json().data).toHaveLength(2);
  });

  it('keeps view logs and resets within the organization (404)', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, me.customerId);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/invoices/${invoice.id}/views`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/invoices/${invoice.id}/reset-viewed`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/estimates/${invoice.id}/views`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/invoices/${invoice.id}/views` })).statusCode).toBe(401);
  });
});
