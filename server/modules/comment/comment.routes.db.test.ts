import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { mailsTo } from '../../test/portal-builders.ts';
import { notificationTypes, portalCustomer, setPermissions, type PortalCustomer } from '../../test/portal-document-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const script = '<script>alert("x")</script> & <b>bold</b>';

describeOnEachDialect('document comments', (it) => {
  const portalThread = async (c: PortalCustomer, path: string) => (await c.client.get(`${c.api}/${path}/comments`)).json().data as { body: string; author_type: string; display_in_portal: boolean }[];

  it('stores a contact’s comment with markup verbatim as plain text and notifies staff', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff, { language: 'de' });
    const invoice = await createInvoice(staff, me.customerId);
    const response = await me.client.post(`${me.api}/invoices/${invoice.id}/comments`, { body: script });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ author_type: 'contact', author_name: 'Casey Contact', kind: 'comment', body: script, display_in_portal: true });
    const stored = await t.ctx.db.selectFrom('document_comments').select('body').where('document_id', '=', invoice.id).executeTakeFirstOrThrow();
    expect(stored.body).toBe(script);
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}/comments`)).json().data[0].body).toBe(script);
    expect(await notificationTypes(staff)).toContain('portal.comment_added');
    const activity = (await staff.client.get(`/api/v1/activities?customer_id=${me.customerId}`)).json().data;
    expect(activity.map((a: { action: string }) => a.action)).toContain('comment_added');
  });

  it('shows staff comments in the portal only with display_in_portal, and mails those in the customer’s language', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff, { language: 'de' });
    const estimate = await createEstimate(staff, me.customerId);
    await t.deliverMail();
    const before = t.mail.sent.length;
    const internal = await staff.client.post(`/api/v1/estimates/${estimate.id}/comments`, { body: 'Internal: margin is thin' });
    expect(internal.statusCode).toBe(201);
    expect(internal.json()).toMatchObject({ author_type: 'staff', author_name: 'Owner Person', display_in_portal: false });
    const shown = await staff.client.post(`/api/v1/estimates/${estimate.id}/comments`, { body: `We can do 5% off ${script}`, display_in_portal: true });
    expect(shown.statusCode).toBe(201);
    expect((await portalThread(me, `estimates/${estimate.id}`)).map((c) => c.body)).toEqual([`We can do 5% off ${script}`]);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data).toHaveLength(2);
    const mails = (await t.deliverMail()).slice(before).filter((m) => m.to === me.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`Neuer Kommentar zu ${estimate.number}`);
    expect(mail.text).toContain(`We can do 5% off ${script}`);
    expect(mail.text).toContain(`/portal/${staff.organization.slug}/estimates/${estimate.id}`);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
  });

  it('mails nobody when the portal setting is off, nor for drafts', async ({ t }) => {
    const other = await signUpStaff(t.app);
    const c = await portalCustomer(t, other);
    const invoice = await createInvoice(other, c.customerId);
    const draft = await createInvoice(other, c.customerId, { draft: true });
    await t.deliverMail();
    const before = t.mail.sent.length;
    await other.client.post(`/api/v1/invoices/${draft.id}/comments`, { body: 'draft note', display_in_portal: true });
    expect((await other.client.patch('/api/v1/portal/settings', { email_customers_on_staff_comment: false })).statusCode).toBe(200);
    await other.client.post(`/api/v1/invoices/${invoice.id}/comments`, { body: 'Shown but not mailed', display_in_portal: true });
    expect(mailsTo((await t.deliverMail()).slice(before), c.email)).toHaveLength(0);
    expect((await portalThread(c, `invoices/${invoice.id}`)).map((x) => x.body)).toEqual(['Shown but not mailed']);
    expect((await c.client.get(`${c.api}/invoices/${draft.id}/comments`)).statusCode).toBe(404);
  });

  it('refuses empty and oversized bodies naming the field', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff, { language: 'de' });
    const invoice = await me.doc();
    for (const body of [{}, { body: '' }, { body: '   ' }, { body: 'x'.repeat(5001) }]) {
      const portal = await me.client.post(`${me.api}/invoices/${invoice.id}/comments`, body);
      expect(portal.statusCode).toBe(400);
      expect(portal.json().error.details[0].field).toBe('body');
      const staffSide = await staff.client.post(`/api/v1/invoices/${invoice.id}/comments`, body);
      expect(staffSide.statusCode).toBe(400);
    }
    expect((await me.client.post(`${me.api}/invoices/${invoice.id}/comments`, { body: 'x'.repeat(5000) })).statusCode).toBe(201);
  });

  it('keeps threads within the customer and organization (404), and needs view_documents (403)', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff, { language: 'de' });
    const neighbour = await portalCustomer(t, staff);
    const theirs = await neighbour.doc();
    expect((await me.client.get(`${me.api}/invoices/${theirs.id}/comments`)).statusCode).toBe(404);
    expect((await me.client.post(`${me.api}/invoices/${theirs.id}/comments`, { body: 'hi' })).statusCode).toBe(404);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/invoices/${theirs.id}/comments`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/invoices/${theirs.id}/comments`, { body: 'hi' })).statusCode).toBe(404);
    await setPermissions(staff, neighbour.contactId, ['pay']);
    expect((await neighbour.client.get(`${neighbour.api}/invoices/${theirs.id}/comments`)).statusCode).toBe(403);
    expect((await neighbour.client.post(`${neighbour.api}/invoices/${theirs.id}/comments`, { body: 'hi' })).statusCode).toBe(403);
    const count = await t.ctx.db.selectFrom('document_comments').select('id').where('document_id', '=', theirs.id).execute();
    expect(count).toHaveLength(0);
  });

  it('does not mail contacts without view_documents or without portal access', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const invoice = await c.doc();
    await setPermissions(staff, c.contactId, ['pay']);
    await t.deliverMail();
    const before = t.mail.sent.length;
    await staff.client.post(`/api/v1/invoices/${invoice.id}/comments`, { body: 'Shown', display_in_portal: true });
    expect(mailsTo((await t.deliverMail()).slice(before), c.email)).toHaveLength(0);
  });
});
