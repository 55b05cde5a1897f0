import { expect } from 'vitest';
import { todayIn } from '../../../contract/calendar.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { createCustomerWithContact, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { createTestApp } from '../../test/test-app.ts';
import { insertActivity } from '../activity/activity.repository.ts';
import { runActivityDigests } from './activity-digest.service.ts';

async function record(db: Db, organizationId: string, timeZone: string, at: string, customerId: string | null, module = 'invoices', action = 'document_viewed') {
  await insertActivity(
    db,
    { id: newId(), organization_id: organizationId, customer_id: customerId, contact_person_id: null, actor_name: 'Casey', module, action, details: null, message_code: null, message_params: null, ip: null, user_agent: null, created_at: at },
    { timeZone, day: todayIn(timeZone, new Date(at)) },
  );
}

async function digestsTo(db: Db, email: string) {
  return db.selectFrom('outbox_emails').select(['subject', 'text', 'kind']).where('to_address', '=', email).where('kind', 'like', 'activity_digest:%').orderBy('created_at').orderBy('id').execute();
}

async function prepare(db: Db, staff: SignedUpStaff, timeZone: string, language = 'en') {
  await db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', staff.organization.id).execute();
  await db.updateTable('staff_users').set({ language }).where('id', '=', staff.user.id).execute();
}

describeOnEachDialect('staff activity digests', { startAt: '2026-11-10T12:00:00.000Z' }, (it, dialect) => {
  it('is chosen by the staff member themself, and starts with the next period', async ({ t, staff, clock }) => {
    await prepare(t.ctx.db, staff, 'America/New_York');
    expect((await staff.client.get('/api/v1/me/activity-digest')).json()).toEqual({ activity_digest: 'off', sent_until: null });
    clock.set('2026-11-10T12:00:00.000Z');
    const on = await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'daily' });
    expect(on.statusCode).toBe(200);
    // Today in New York began at 05:00 UTC: the first digest is for today, sent tomorrow.
    expect(on.json()).toEqual({ activity_digest: 'daily', sent_until: '2026-11-10T05:00:00.000Z' });
    const bad = await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'hourly' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('activity_digest');
    const weekly = await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'weekly' });
    // Monday 9 November 00:00 in New York.
    expect(weekly.json()).toEqual({ activity_digest: 'weekly', sent_until: '2026-11-09T05:00:00.000Z' });
    const off = await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'off' });
    expect(off.json()).toEqual({ activity_digest: 'off', sent_until: null });
  });

  it('daily: sends yesterday of the organization’s calendar once, in the staff member’s language, and nothing for a quiet day', async ({ t, staff, clock }) => {
    const db = t.ctx.db;
    await prepare(db, staff, 'America/New_York', 'de');
    const party = await createCustomerWithContact(staff, { name: 'Globex Handel' });
    clock.set('2026-11-10T12:00:00.000Z');
    await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'daily' });
    // 10 November in New York runs from 05:00 UTC on the 10th to 05:00 UTC on the 11th.
    await record(db, staff.organization.id, 'America/New_York', '2026-11-10T04:59:00.000Z', party.customerId, 'portal', 'signin'); // 9 November there
    await record(db, staff.organization.id, 'America/New_York', '2026-11-10T05:00:00.000Z', party.customerId);
    await record(db, staff.organization.id, 'America/New_York', '2026-11-11T04:59:59.999Z', party.customerId);
    await record(db, staff.organization.id, 'America/New_York', '2026-11-11T05:00:00.000Z', party.customerId, 'portal', 'signin'); // 11 November

    // Midnight has passed in UTC but not in New York: nothing is due.
    clock.set('2026-11-11T04:30:00.000Z');
    await runActivityDigests(t.ctx);
    expect(await digestsTo(db, staff.user.email)).toHaveLength(0);

    clock.set('2026-11-11T05:00:30.000Z');
    await runActivityDigests(t.ctx);
    await runActivityDigests(t.ctx);
    const mails = await digestsTo(db, staff.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.kind).toBe('activity_digest:daily');
    expect(mails[0]!.subject).toBe('Portal-Aktivität am 10. November 2026');
    expect(mails[0]!.text).toContain('2 Aktivitäten im Portal');
    expect(mails[0]!.text).toContain('Rechnungen · Angesehen: 2');
    expect(mails[0]!.text).not.toContain('Angemeldet');
    expect(mails[0]!.text).toContain('Globex Handel: 2');
    expect(mails[0]!.text).toContain('/admin/reports/portal-activities?from=2026-11-10&to=2026-11-10');

    // 11 November had one sign-in; 12 November nothing: one more mail on the 12th, none on the 13th.
    clock.set('2026-11-12T06:00:00.000Z');
    await runActivityDigests(t.ctx);
    clock.set('2026-11-13T06:00:00.000Z');
    await runActivityDigests(t.ctx);
    const later = await digestsTo(db, staff.user.email);
    expect(later.map((mail) => mail.subject)).toEqual(['Portal-Aktivität am 10. November 2026', 'Portal-Aktivität am 11. November 2026']);
    const row = await db.selectFrom('staff_users').select('activity_digest_sent_until').where('id', '=', staff.user.id).executeTakeFirstOrThrow();
    // The quiet day was still claimed: it is not looked at again.
    expect(row.activity_digest_sent_until).toBe('2026-11-13T05:00:00.000Z');
    await db.updateTable('staff_users').set({ activity_digest: 'off' }).where('id', '=', staff.user.id).execute();
  });

  it('weekly: Monday to Sunday in Auckland, once, also when two instances run at once', async ({ t, staff, clock }) => {
    const db = t.ctx.db;
    await prepare(db, staff, 'Pacific/Auckland', 'ja');
    const party = await createCustomerWithContact(staff, { name: 'Kiwi Ltd' });
    // Wednesday 11 November in Auckland (UTC+13).
    clock.set('2026-11-10T12:00:00.000Z');
    expect((await staff.client.put('/api/v1/me/activity-digest', { activity_digest: 'weekly' })).json()).toMatchObject({ sent_until: '2026-11-08T11:00:00.000Z' });
    // The week of 16–22 November in Auckland: from 15 November 11:00 UTC to 22 November 11:00 UTC.
    await record(db, staff.organization.id, 'Pacific/Auckland', '2026-11-15T10:59:00.000Z', party.customerId); // week before
    await record(db, staff.organization.id, 'Pacific/Auckland', '2026-11-15T11:00:00.000Z', party.customerId);
    await record(db, staff.organization.id, 'Pacific/Auckland', '2026-11-22T10:59:00.000Z', party.customerId);
    await record(db, staff.organization.id, 'Pacific/Auckland', '2026-11-22T11:00:00.000Z', party.customerId); // week after

    // Monday 16 November in Auckland: the week of 9–15 November is due (one activity in it).
    clock.set('2026-11-15T11:30:00.000Z');
    await runActivityDigests(t.ctx);
    clock.set('2026-11-22T11:30:00.000Z');
    const second = dialect === 'postgres' ? await createTestApp('postgres', { databaseUrl: t.databaseUrl ?? '', clock: t.clock }) : t;
    try {
      const results = await Promise.all([runActivityDigests(t.ctx), runActivityDigests(second.ctx), runActivityDigests(t.ctx)]);
      expect(results.filter((result) => result.sent > 0).length).toBeLessThanOrEqual(1);
    } finally {
      if (second !== t) await second.close();
    }
    const mails = await digestsTo(db, staff.user.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['2026年11月9日〜2026年11月15日 のポータルアクティビティ', '2026年11月16日〜2026年11月22日 のポータルアクティビティ']);
    expect(mails[1]!.text).toContain('ポータルでのアクティビティ 2 件');
    expect(mails[1]!.kind).toBe('activity_digest:weekly');
    await db.updateTable('staff_users').set({ activity_digest: 'off' }).where('id', '=', staff.user.id).execute();
  });

  it('is not sent to a disabled staff member', async ({ t, staff, clock }) => {
    const db = t.ctx.db;
    await prepare(db, staff, 'UTC');
    await record(db, staff.organization.id, 'UTC', '2026-11-09T10:00:00.000Z', null);
    await db.updateTable('staff_users').set({ activity_digest: 'daily', activity_digest_sent_until: null, disabled_at: '2026-11-01T00:00:00.000Z' }).where('id', '=', staff.user.id).execute();
    clock.set('2026-11-10T01:00:00.000Z');
    await runActivityDigests(t.ctx);
    expect(await digestsTo(db, staff.user.email)).toHaveLength(0);
    await db.updateTable('staff_users').set({ activity_digest: 'off', disabled_at: null }).where('id', '=', staff.user.id).execute();
  });

  it('asks a write scope of an API key to choose the digest, and the key still cannot, being no staff member', async ({ t, staff, ip }) => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/me/activity-digest'].put['x-required-scope']).toBe('settings.write');
    expect(doc.paths['/api/v1/me/activity-digest'].get['x-required-scope']).toBe('settings.read');
    const reader = (await staff.client.post('/api/v1/api-keys', { name: 'Reader', scopes: ['settings.read'] })).json().key as string;
    const writer = (await staff.client.post('/api/v1/api-keys', { name: 'Writer', scopes: ['settings.write'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const refused = await api.request('PUT', '/api/v1/me/activity-digest', { activity_digest: 'daily' }, { authorization: `Bearer ${reader}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('settings.write');
    const notStaff = await api.request('PUT', '/api/v1/me/activity-digest', { activity_digest: 'daily' }, { authorization: `Bearer ${writer}` });
    expect(notStaff.statusCode).toBe(403);
    expect(notStaff.json().error.message).toContain('signed-in staff member');
    expect((await staff.client.get('/api/v1/me/activity-digest')).json().activity_digest).toBe('off');
  });
});
