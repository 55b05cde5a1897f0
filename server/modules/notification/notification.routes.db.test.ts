import { expect } from 'vitest';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import type { TestApp } from '../../test/test-app.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { findOrganizationById } from '../organization/organization.repository.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('activities and staff notifications', (it) => {
  async function record(t: TestApp, organizationId: string, type: 'portal.signin' | 'portal.invitation_accepted', customerId: string, contactId: string) {
    const organization = await findOrganizationById(t.ctx.db, organizationId);
    await t.ctx.db.transaction().execute((trx) =>
      recordPortalEvent(
        t.ctx,
        trx,
        organization!,
        {
          type,
          module: 'portal',
          action: type.split('.')[1]!,
          customerId,
          contactPersonId: contactId,
          actorName: 'Casey Contact',
          message: type === 'portal.signin' ? { code: 'portal.signed_in', params: { actor: 'Casey Contact', customer: 'Acme' } } : { code: 'portal.invitation_accepted', params: { actor: 'Casey Contact', customer: 'Acme' } },
          link: `/admin/customers/${customerId}`,
        },
        { ip: '203.0.113.9', userAgent: 'Firefox' },
      ),
    );
  }

  it('records an activity and notifies every staff member; staff emails follow the settings', async ({ t, staff, ip }) => {
    const colleagueEmail = uniqueEmail('colleague');
    await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email: colleagueEmail, role: 'staff', password: STRONG_PASSWORD });
    const colleague = new TestClient(t.app, ip);
    await colleague.post('/api/v1/session', { email: colleagueEmail, password: STRONG_PASSWORD });
    const { customerId, contactId } = await createCustomerWithContact(staff, { portal: true });
    await t.deliverMail();
    const before = t.mail.sent.length;

    await record(t, staff.organization.id, 'portal.invitation_accepted', customerId, contactId);
    await record(t, staff.organization.id, 'portal.signin', customerId, contactId);

    const staffMail = (await t.deliverMail()).slice(before);
    // Accepting an invitation is emailed by default, a sign-in is not.
    expect(staffMail.map((mail) => mail.to).sort()).toEqual([colleagueEmail, staff.user.email].sort());
    expect(staffMail[0]?.subject).toBe('Casey Contact (Acme) accepted the portal invitation');

    const list = (await staff.client.get('/api/v1/notifications')).json();
    expect(list.unread_count).toBe(2);
    expect(list.data.map((n: { event_type: string }) => n.event_type)).toEqual(['portal.signin', 'portal.invitation_accepted']);
    expect((await colleague.get('/api/v1/notifications?unread=true')).json().unread_count).toBe(2);

    expect((await staff.client.post(`/api/v1/notifications/${list.data[0].id}/read`)).statusCode).toBe(204);
    expect((await staff.client.get('/api/v1/notifications?unread=true')).json()).toMatchObject({ unread_count: 1, data: [expect.objectContaining({ event_type: 'portal.invitation_accepted' })] });
    expect((await colleague.post(`/api/v1/notifications/${list.data[1].id}/read`)).statusCode).toBe(404);
    expect((await staff.client.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await staff.client.get('/api/v1/notifications')).json().unread_count).toBe(0);
    expect((await colleague.get('/api/v1/notifications')).json().unread_count).toBe(2);

    const activities = (await staff.client.get(`/api/v1/activities?customer_id=${customerId}`)).json().data;
    expect(activities[0]).toMatchObject({ actor_name: 'Casey Contact', action: 'signin', ip: '203.0.113.9', user_agent: 'Firefox', customer_id: customerId });
    const other = await signUpStaff(t.app);
    expect((await other.client.get('/api/v1/activities')).json().data).toHaveLength(0);
    expect((await other.client.get('/api/v1/notifications')).json().unread_count).toBe(0);
  });

  it('pages notifications with a cursor and refuses a forged one', async ({ t, staff }) => {
    const { customerId, contactId } = await createCustomerWithContact(staff);
    for (let i = 0; i < 3; i++) await record(t, staff.organization.id, 'portal.signin', customerId, contactId);
    const first = (await staff.client.get('/api/v1/notifications?limit=2')).json();
    expect(first.data).toHaveLength(2);
    const second = (await staff.client.get(`/api/v1/notifications?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second.data).toHaveLength(1);
    expect(second.next_cursor).toBeNull();
    expect((await staff.client.get('/api/v1/notifications?cursor=%%%')).statusCode).toBe(400);
  });
});
