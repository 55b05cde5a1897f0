import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createInvoice } from '../../test/billing-builders.ts';
import { notificationTypes, portalCustomer, setPermissions } from '../../test/portal-document-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('invoice disputes', (it) => {
  it('disputes a line with a reason: a dispute, its text in the thread, staff notified, counted on the invoice', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await me.doc({ lines: [{ name: 'Design', total: 6000 }, { name: 'Hosting', total: 4000 }] });
    const response = await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, { reason: 'Hosting was cancelled in May', line_id: invoice.lineIds[1] });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      document: { id: invoice.id, kind: 'invoice', number: invoice.number },
      customer: { id: me.customerId },
      line: { id: invoice.lineIds[1], name: 'Hosting' },
      reason: 'Hosting was cancelled in May',
      status: 'open',
      resolution: null,
      resolved_at: null,
    });
    expect(await notificationTypes(staff)).toContain('portal.invoice_disputed');
    const thread = (await me.client.get(`${me.api}/invoices/${invoice.id}/comments`)).json().data;
    expect(thread).toEqual([expect.objectContaining({ kind: 'dispute', author_type: 'contact', body: '“Hosting”: Hosting was cancelled in May' })]);
    const detail = (await me.client.get(`${me.api}/invoices/${invoice.id}`)).json();
    expect(detail.open_dispute_count).toBe(1);
    expect(detail.disputes).toEqual([expect.objectContaining({ id: response.json().id, status: 'open' })]);
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json().open_dispute_count).toBe(1);
  });

  it('disputes the whole invoice once; a second open dispute on it is a conflict', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await createInvoice(staff, me.customerId);
    const first = await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, { reason: 'Never ordered this' });
    expect(first.statusCode).toBe(201);
    expect(first.json().line).toBeNull();
    const again = await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, { reason: 'Still wrong' });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a missing reason and a line of another invoice naming the field; a void invoice is a conflict', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await me.doc();
    const other = await me.doc();
    const noReason = await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const wrongLine = await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, { reason: 'x', line_id: other.lineIds[0] });
    expect(wrongLine.statusCode).toBe(400);
    expect(wrongLine.json().error.details[0].field).toBe('line_id');
    const voided = await me.doc({ status: 'void', balance: 0 });
    expect((await me.client.post(`${me.api}/invoices/${voided.id}/disputes`, { reason: 'x' })).statusCode).toBe(409);
    const none = await t.ctx.db.selectFrom('disputes').select('id').where('document_id', 'in', [invoice.id, voided.id]).execute();
    expect(none).toHaveLength(0);
  });

  it('keeps disputes to the customer’s own invoices (404) and needs view_documents (403)', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const neighbour = await portalCustomer(t, staff);
    const theirs = await neighbour.doc();
    const draft = await me.doc({ status: 'draft' });
    const estimate = await me.doc({ kind: 'estimate' });
    for (const id of [theirs.id, draft.id, estimate.id]) {
      expect((await me.client.post(`${me.api}/invoices/${id}/disputes`, { reason: 'x' })).statusCode).toBe(404);
    }
    await setPermissions(staff, neighbour.contactId, ['pay']);
    expect((await neighbour.client.post(`${neighbour.api}/invoices/${theirs.id}/disputes`, { reason: 'x' })).statusCode).toBe(403);
  });

  it('lists disputes for staff by status with cursor paging, only of their organization', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const c = await portalCustomer(t, other);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const invoice = await c.doc();
      ids.push((await c.client.post(`${c.api}/invoices/${invoice.id}/disputes`, { reason: `reason ${i}` })).json().id);
    }
    const first = (await other.client.get('/api/v1/disputes?limit=2')).json();
    expect(first.data.map((d: { id: string }) => d.id)).toEqual([ids[2], ids[1]]);
    const second = (await other.client.get(`/api/v1/disputes?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second.data.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect(second.next_cursor).toBeNull();
    await other.client.post(`/api/v1/disputes/${ids[0]}/resolve`, { resolution: 'Credited' });
    expect((await other.client.get('/api/v1/disputes?status=open')).json().data).toHaveLength(2);
    expect((await other.client.get('/api/v1/disputes?status=resolved')).json().data.map((d: { id: string }) => d.id)).toEqual([ids[0]]);
    expect((await staff.client.get('/api/v1/disputes?limit=100')).json().data.map((d: { id: string }) => d.id)).not.toContain(ids[0]);
    const bad = await other.client.get('/api/v1/disputes?status=closed');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('status');
    const badCursor = await other.client.get('/api/v1/disputes?cursor=garbage');
    expect(badCursor.json().error.details[0].field).toBe('cursor');
    expect((await other.client.get('/api/v1/disputes?limit=0')).statusCode).toBe(400);
  });

  it('resolves a dispute: the resolution shows in the portal thread; mailed only when the comment setting says so', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const c = await portalCustomer(t, other);
    const invoice = await c.doc();
    const dispute = (await c.client.post(`${c.api}/invoices/${invoice.id}/disputes`, { reason: 'Wrong rate' })).json();
    expect((await other.client.patch('/api/v1/portal/settings', { email_customers_on_staff_comment: false })).statusCode).toBe(200);
    await t.deliverMail();
    const before = t.mail.sent.length;
    const missing = await other.client.post(`/api/v1/disputes/${dispute.id}/resolve`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('resolution');
    const resolved = await other.client.post(`/api/v1/disputes/${dispute.id}/resolve`, { resolution: 'Rate corrected, <i>credit note</i> issued' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ id: dispute.id, status: 'resolved', resolution: 'Rate corrected, <i>credit note</i> issued', resolved_at: expect.any(String) });
    const thread = (await c.client.get(`${c.api}/invoices/${invoice.id}/comments`)).json().data;
    expect(thread.map((x: { kind: string; author_type: string }) => [x.kind, x.author_type])).toEqual([
      ['dispute', 'contact'],
      ['dispute_resolved', 'staff'],
    ]);
    expect(thread[1].body).toBe('Rate corrected, <i>credit note</i> issued');
    expect((await t.deliverMail()).slice(before).filter((m) => m.to === c.email)).toHaveLength(0);
    expect((await c.client.get(`${c.api}/invoices/${invoice.id}`)).json().open_dispute_count).toBe(0);
    expect((await other.client.post(`/api/v1/disputes/${dispute.id}/resolve`, { resolution: 'again' })).statusCode).toBe(409);
    expect((await staff.client.post(`/api/v1/disputes/${dispute.id}/resolve`, { resolution: 'not mine' })).statusCode).toBe(404);
  });

  it('mails the resolution to the customer when the comment setting is on', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await me.doc();
    const dispute = (await me.client.post(`${me.api}/invoices/${invoice.id}/disputes`, { reason: 'Wrong rate' })).json();
    await t.deliverMail();
    const before = t.mail.sent.length;
    await staff.client.post(`/api/v1/disputes/${dispute.id}/resolve`, { resolution: 'Corrected' });
    const mails = (await t.deliverMail()).slice(before).filter((m) => m.to === me.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`New comment on ${invoice.number}`);
  });
});
