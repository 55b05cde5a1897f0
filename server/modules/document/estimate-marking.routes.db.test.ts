import { expect } from 'vitest';
import { createEstimate, createInvoice } from '../../test/billing-builders.ts';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { signUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';
import { addDays, dateOf } from './document.ts';

describeOnEachDialect('marking estimates accepted or declined for the customer', { startAt: '2026-12-01T09:00:00.000Z' }, (it) => {
  it('marks a sent estimate accepted: who on staff and when, and the thread says so in the portal too', async ({ t, staff, clock }) => {
    const customer = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, customer.customerId);
    const marked = await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`, { name: 'Dana on the phone' });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({
      status: 'accepted',
      accepted_at: clock.now().toISOString(),
      accepted_by_name: 'Dana on the phone',
      marked_by_staff: { staff_user_id: staff.user.id, name: 'Owner Person' },
      version: 3,
    });
    expect(marked.headers.etag).toBe('"3"');
    const staffThread = (await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data;
    expect(staffThread).toEqual([expect.objectContaining({ kind: 'accepted', author_type: 'staff', author_name: 'Owner Person', display_in_portal: true })]);
    expect(staffThread[0]).toMatchObject({ body: 'Marked as accepted on the customer’s behalf by Owner Person; accepted by Dana on the phone', message_params: { staff: 'Owner Person', signer: 'Dana on the phone' } });
    const portal = (await customer.client.get(`${customer.api}/estimates/${estimate.id}`)).json();
    expect(portal).toMatchObject({ status: 'accepted', marked_by_staff: { name: 'Owner Person' } });
    const portalThread = (await customer.client.get(`${customer.api}/estimates/${estimate.id}/comments`)).json().data;
    expect(portalThread).toEqual([
      expect.objectContaining({ kind: 'accepted', author_type: 'staff', message_code: 'comment.estimate_marked_accepted', body: 'Recorded as accepted by Owner Person (accepted by Dana on the phone)' }),
    ]);
    const converted = await staff.client.post(`/api/v1/estimates/${estimate.id}/convert`);
    expect(converted.json()).toMatchObject({ kind: 'invoice', source_document_id: estimate.id, marked_by_staff: null, version: 1 });
  });

  it('marks an estimate with changes requested declined, with or without a reason', async ({ t, staff }) => {
    const customer = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, customer.customerId);
    await customer.client.post(`${customer.api}/estimates/${estimate.id}/request-changes`, { message: 'Cheaper please' });
    const declined = await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-declined`, { reason: 'They chose another supplier' });
    expect(declined.json()).toMatchObject({ status: 'declined', decline_reason: 'They chose another supplier', marked_by_staff: { name: 'Owner Person' }, changes_requested_at: expect.any(String) });
    const thread = (await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data as { kind: string; author_type: string; body: string }[];
    expect(thread.map((comment) => [comment.kind, comment.author_type])).toEqual([['changes_requested', 'contact'], ['declined', 'staff']]);
    expect(thread[1]?.body).toContain('They chose another supplier');
    const plain = await createEstimate(staff, customer.customerId);
    expect((await staff.client.post(`/api/v1/estimates/${plain.id}/mark-declined`)).json()).toMatchObject({ status: 'declined', decline_reason: null });
  });

  it('lets staff mark an estimate after its expiry date, which only stops the customer', async ({ t, staff, clock }) => {
    const customer = await portalCustomer(t, staff);
    const today = dateOf(clock.now());
    const estimate = await createEstimate(staff, customer.customerId, { issueDate: addDays(today, -10), expiryDate: addDays(today, -5) });
    expect(estimate.status).toBe('expired');
    expect((await customer.client.post(`${customer.api}/estimates/${estimate.id}/accept`, {})).json().error.code).toBe('STATE_CONFLICT');
    expect((await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`)).json()).toMatchObject({ status: 'accepted', accepted_by_name: null });
  });

  it('refuses a draft, an accepted, a declined or an invoiced estimate with 409 STATE_CONFLICT and changes nothing', async ({ staff }) => {
    const customer = await createBillingCustomer(staff);
    const draft = await createEstimate(staff, customer.id, { draft: true });
    const accepted = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${accepted.id}/mark-accepted`);
    const declined = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${declined.id}/mark-declined`);
    const invoiced = await createEstimate(staff, customer.id);
    await staff.client.post(`/api/v1/estimates/${invoiced.id}/mark-accepted`);
    await staff.client.post(`/api/v1/estimates/${invoiced.id}/convert`);
    for (const [estimate, status, words] of [[draft, 'draft', 'send this draft estimate first'], [accepted, 'accepted', 'already accepted'], [declined, 'declined', 'already declined'], [invoiced, 'invoiced', 'already accepted']] as const) {
      const before = (await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json();
      for (const action of ['mark-accepted', 'mark-declined']) {
        const refused = await staff.client.post(`/api/v1/estimates/${estimate.id}/${action}`);
        expect(refused.statusCode, `${action} ${status}`).toBe(409);
        expect(refused.json().error).toMatchObject({ code: 'STATE_CONFLICT', details: { status } });
        expect(refused.json().error.message).toContain(words);
      }
      expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toEqual(before);
    }
  });

  it('refuses a stale version, another kind of document and another organization’s estimate', async ({ t, staff }) => {
    const customer = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, customer.customerId);
    await staff.client.patch(`/api/v1/estimates/${estimate.id}`, { notes: 'Revised terms' });
    const stale = await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`, { version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json()).toMatchObject({ status: 'sent', version: 3 });
    const invoice = await createInvoice(staff, customer.customerId);
    expect((await staff.client.post(`/api/v1/estimates/${invoice.id}/mark-accepted`)).statusCode).toBe(404);
    const other = await signUpStaff(t.app);
    expect((await other.client.post(`/api/v1/estimates/${estimate.id}/mark-declined`)).statusCode).toBe(404);
    const tooLong = await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-declined`, { reason: 'x'.repeat(2001) });
    expect(tooLong.json().error.details[0].field).toBe('reason');
    expect((await staff.client.post(`/api/v1/estimates/${estimate.id}/mark-accepted`, { version: 3 })).json().status).toBe('accepted');
  });

  it('records an integration’s mark under the organization’s name', async ({ t, staff, ip }) => {
    const customer = await createBillingCustomer(staff);
    const estimate = await createEstimate(staff, customer.id);
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'CRM', scopes: ['documents.write'] })).json().key as string;
    const integration = new TestClient(t.app, ip);
    const marked = await integration.request('POST', `/api/v1/estimates/${estimate.id}/mark-accepted`, {}, { authorization: `Bearer ${key}`, 'if-match': '"2"' });
    expect(marked.json()).toMatchObject({ status: 'accepted', marked_by_staff: { staff_user_id: null, name: staff.organization.name } });
  });
});
