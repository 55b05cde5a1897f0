import { expect } from 'vitest';
import { createEstimate } from '../../test/billing-builders.ts';
import { notificationTypes, portalCustomer, setPermissions, type PortalCustomer } from '../../test/portal-document-builders.ts';
import { addDays } from '../document/document.ts';
import { todayOf } from './portal-document.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { TestApp } from '../../test/test-app.ts';

/** The date `offset` days from the test clock's today. */
const day = (t: TestApp, offset: number) => addDays(todayOf(t.clock), offset);

describeOnEachDialect('portal estimates: accept, decline, request changes', (it) => {
  const thread = async (c: PortalCustomer, id: string) => (await c.client.get(`${c.api}/estimates/${id}/comments`)).json().data as { kind: string; body: string; author_type: string }[];

  it('accepts a sent estimate with the accepter’s name; staff are notified and see it accepted', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, me.customerId, { expiryDate: day(t, 10) });
    const response = await me.client.post(`${me.api}/estimates/${estimate.id}/accept`, { name: 'Ada Buyer' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: estimate.id, status: 'accepted', accepted_by_name: 'Ada Buyer', accepted_at: expect.any(String) });
    expect(response.json().lines).toHaveLength(1);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toMatchObject({ status: 'accepted', accepted_by_name: 'Ada Buyer' });
    expect(await notificationTypes(staff)).toContain('portal.estimate_accepted');
    expect(await thread(me, estimate.id)).toEqual([expect.objectContaining({ kind: 'accepted', author_type: 'contact', body: 'Accepted by Ada Buyer' })]);
    const again = await me.client.post(`${me.api}/estimates/${estimate.id}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_CONFLICT');
    expect((await me.client.post(`${me.api}/estimates/${estimate.id}/decline`, { reason: 'changed my mind' })).statusCode).toBe(409);
  });

  it('names the contact as accepter when no name is given', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const estimate = await me.doc({ kind: 'estimate' });
    const response = await me.client.post(`${me.api}/estimates/${estimate.id}/accept`, {});
    expect(response.json().accepted_by_name).toBe('Casey Contact');
  });

  it('declines with a required reason, and then refuses to accept it (409)', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const estimate = await me.doc({ kind: 'estimate', expiryDate: day(t, 3) });
    for (const body of [{}, { reason: '   ' }]) {
      const missing = await me.client.post(`${me.api}/estimates/${estimate.id}/decline`, body);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details[0].field).toBe('reason');
    }
    const declined = await me.client.post(`${me.api}/estimates/${estimate.id}/decline`, { reason: 'Too expensive' });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', decline_reason: 'Too expensive', declined_at: expect.any(String) });
    expect(await notificationTypes(staff)).toContain('portal.estimate_declined');
    const accept = await me.client.post(`${me.api}/estimates/${estimate.id}/accept`, {});
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/declined/);
  });

  it('refuses to accept or decline an expired estimate (409), stored or by date', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const byDate = await me.doc({ kind: 'estimate', expiryDate: day(t, -1) });
    const stored = await me.doc({ kind: 'estimate', status: 'expired' });
    for (const id of [byDate.id, stored.id]) {
      const accept = await me.client.post(`${me.api}/estimates/${id}/accept`, {});
      expect(accept.statusCode).toBe(409);
      expect(accept.json().error.message).toMatch(/expired/);
      expect((await me.client.post(`${me.api}/estimates/${id}/decline`, { reason: 'late' })).statusCode).toBe(409);
      expect((await me.client.post(`${me.api}/estimates/${id}/request-changes`, { message: 'late' })).statusCode).toBe(409);
    }
    const today = await me.doc({ kind: 'estimate', expiryDate: day(t, 0) });
    expect((await me.client.post(`${me.api}/estimates/${today.id}/accept`, {})).statusCode).toBe(200);
    const row = await t.ctx.db.selectFrom('documents').select('status').where('id', '=', byDate.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
  });

  it('requests changes: a comment in the thread, status changes_requested, staff notified; it can still be accepted', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, me.customerId);
    const missing = await me.client.post(`${me.api}/estimates/${estimate.id}/request-changes`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('message');
    const response = await me.client.post(`${me.api}/estimates/${estimate.id}/request-changes`, { message: 'Please split phase 2' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'changes_requested', changes_requested_at: expect.any(String) });
    expect(await notificationTypes(staff)).toContain('portal.changes_requested');
    expect(await thread(me, estimate.id)).toEqual([expect.objectContaining({ kind: 'changes_requested', body: 'Please split phase 2' })]);
    const staffThread = (await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data;
    expect(staffThread[0]).toMatchObject({ kind: 'changes_requested', author_type: 'contact', author_name: 'Casey Contact' });
    expect((await me.client.post(`${me.api}/estimates/${estimate.id}/accept`, {})).json().status).toBe('accepted');
  });

  it('needs approve_estimates (403) after the ownership check (404), and changes nothing', async ({ t, staff }) => {
    const c = await portalCustomer(t, staff);
    const own = await c.doc({ kind: 'estimate' });
    const neighbour = await portalCustomer(t, staff);
    const theirs = await neighbour.doc({ kind: 'estimate' });
    const draft = await c.doc({ kind: 'estimate', status: 'draft' });
    await setPermissions(staff, c.contactId, ['view_documents']);
    for (const [action, body] of [['accept', {}], ['decline', { reason: 'no' }], ['request-changes', { message: 'x' }]] as const) {
      const forbidden = await c.client.post(`${c.api}/estimates/${own.id}/${action}`, body);
      expect(forbidden.statusCode, action).toBe(403);
      expect(forbidden.json().error.code).toBe('FORBIDDEN');
      expect((await c.client.post(`${c.api}/estimates/${theirs.id}/${action}`, body)).statusCode, action).toBe(404);
      expect((await c.client.post(`${c.api}/estimates/${draft.id}/${action}`, body)).statusCode, action).toBe(404);
    }
    const row = await t.ctx.db.selectFrom('documents').select('status').where('id', '=', own.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect((await c.client.get(`${c.api}/estimates/${own.id}`)).statusCode).toBe(200);
  });

  it('refuses an invoice id on the estimate actions (404)', async ({ t, staff }) => {
    const me = await portalCustomer(t, staff);
    const invoice = await me.doc({ kind: 'invoice' });
    expect((await me.client.post(`${me.api}/estimates/${invoice.id}/accept`, {})).statusCode).toBe(404);
  });
});
