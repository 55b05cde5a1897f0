import { sql } from 'kysely';
import { expect } from 'vitest';
import { runDueJobs } from '../../jobs/queue.ts';
import { createCustomerWithContact, signInAgain, signUpStaff, tokenFromMail } from '../../test/builders.ts';
import { uniqueEmail } from '../../test/http-client.ts';
import { hashToken } from '../../lib/tokens.ts';
import { startSession } from '../session/session.service.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import type { TestApp } from '../../test/test-app.ts';

describeOnEachDialect('portal access', (it) => {
  async function contactSessionCount(t: TestApp, contactId: string): Promise<number> {
    const rows = await t.ctx.db.selectFrom('sessions').select('id').where('contact_person_id', '=', contactId).execute();
    return rows.length;
  }

  async function fakeContactSession(t: TestApp, contactId: string) {
    const identity = { id: `identity-${contactId}` };
    const contact = await t.ctx.db.selectFrom('contact_persons').selectAll().where('id', '=', contactId).executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('portal_identities')
      .values({ id: identity.id, organization_id: contact.organization_id, email: contact.email ?? '', password_hash: null, language: null, totp_secret: null, totp_enabled_at: null, password_changed_at: null, last_sign_in_at: null, created_at: contact.created_at, updated_at: contact.created_at })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await startSession(t.ctx, t.ctx.db, { kind: 'contact', organizationId: contact.organization_id, identityId: identity.id, contactPersonId: contactId }, { ip: null, userAgent: null });
  }

  it('configures portal access: invites the selected, refuses contacts without email, disables the deselected at once', async ({ t, staff }) => {
    const created = await staff.client.post('/api/v1/customers', {
      display_name: 'Configure Co',
      contact_persons: [
        { first_name: 'With', email: uniqueEmail('with') },
        { first_name: 'Without' },
        { first_name: 'Later', email: uniqueEmail('later') },
      ],
    });
    const [withEmail, withoutEmail, later] = created.json().contact_persons as { id: string; email: string }[];
    const first = await staff.client.put(`/api/v1/customers/${created.json().id}/portal-access`, { contact_person_ids: [withEmail!.id, withoutEmail!.id] });
    expect(first.statusCode).toBe(200);
    expect(first.json().results).toEqual([
      { contact_person_id: withEmail!.id, outcome: 'invited' },
      { contact_person_id: withoutEmail!.id, outcome: 'refused', reason_code: 'contact_has_no_email', reason: expect.stringContaining('no email') },
      { contact_person_id: later!.id, outcome: 'unchanged' },
    ]);
    await fakeContactSession(t, withEmail!.id);
    expect(await contactSessionCount(t, withEmail!.id)).toBe(1);
    const second = await staff.client.put(`/api/v1/customers/${created.json().id}/portal-access`, { contact_person_ids: [later!.id] });
    expect(second.json().results).toEqual([
      { contact_person_id: withEmail!.id, outcome: 'disabled' },
      { contact_person_id: withoutEmail!.id, outcome: 'unchanged' },
      { contact_person_id: later!.id, outcome: 'invited' },
    ]);
    expect(await contactSessionCount(t, withEmail!.id)).toBe(0);
    const overview = (await staff.client.get(`/api/v1/customers/${created.json().id}`)).json();
    const statuses = Object.fromEntries(overview.contact_persons.map((c: { id: string; portal: { status: string } }) => [c.id, c.portal.status]));
    expect(statuses).toEqual({ [withEmail!.id]: 'disabled', [withoutEmail!.id]: 'not_invited', [later!.id]: 'invited' });
    const links = (await staff.client.get(`/api/v1/portal/links?customer_id=${created.json().id}`)).json().data;
    expect(links.map((link: { status: string }) => link.status).sort()).toEqual(['active', 'revoked']);
  });

  it('refuses contacts of another customer or organization with 404 and changes nothing', async ({ t, staff }) => {
    const mine = await createCustomerWithContact(staff);
    const theirs = await createCustomerWithContact(await signUpStaff(t.app));
    const foreign = await staff.client.put(`/api/v1/customers/${mine.customerId}/portal-access`, { contact_person_ids: [theirs.contactId] });
    expect(foreign.statusCode).toBe(404);
    const other = await signUpStaff(t.app);
    expect((await other.client.put(`/api/v1/customers/${mine.customerId}/portal-access`, { contact_person_ids: [mine.contactId] })).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/contact-persons/${mine.contactId}/reinvite`)).statusCode).toBe(404);
    expect((await other.client.post(`/api/v1/contact-persons/${mine.contactId}/revoke-all`)).statusCode).toBe(404);
    const overview = (await staff.client.get(`/api/v1/customers/${mine.customerId}`)).json();
    expect(overview.contact_persons[0].portal.status).toBe('not_invited');
    const wrongType = await staff.client.put(`/api/v1/customers/${mine.customerId}/portal-access`, { contact_person_ids: 'all' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].field).toBe('contact_person_ids');
  });

  it('reinvites with a fresh link and voids the old one; an invitation expires after 7 days', async ({ t, staff }) => {
    const { customerId, contactId, email } = await createCustomerWithContact(staff, { portal: true });
    const oldToken = tokenFromMail(await t.deliverMail(), email!);
    const reinvited = await staff.client.post(`/api/v1/contact-persons/${contactId}/reinvite`);
    expect(reinvited.statusCode).toBe(200);
    expect(reinvited.json().portal.status).toBe('invited');
    const mails = await t.deliverMail();
    const newToken = tokenFromMail(mails, email!);
    expect(newToken).not.toBe(oldToken);
    expect(mails.filter((m) => m.to === email).at(-1)?.subject).toContain('new invitation');
    const old = await t.ctx.db.selectFrom('portal_tokens').selectAll().where('token_hash', '=', hashToken(oldToken)).executeTakeFirstOrThrow();
    expect(old.revoked_at).not.toBeNull();
    t.clock.advance(7 * 24 * 3600 + 1);
    await signInAgain(staff);
    const expired = (await staff.client.get(`/api/v1/customers/${customerId}`)).json();
    expect(expired.contact_persons[0].portal.status).toBe('expired');
    const expiredLinks = (await staff.client.get(`/api/v1/portal/links?status=expired&customer_id=${customerId}`)).json().data;
    expect(expiredLinks).toHaveLength(1);
  });

  it('refuses to reinvite a contact without access (409) or without email (422)', async ({ staff }) => {
    const { contactId } = await createCustomerWithContact(staff);
    expect((await staff.client.post(`/api/v1/contact-persons/${contactId}/reinvite`)).statusCode).toBe(409);
    const noEmail = await createCustomerWithContact(staff, { email: null });
    expect((await staff.client.post(`/api/v1/contact-persons/${noEmail.contactId}/reinvite`)).statusCode).toBe(422);
  });

  it('revokes one link; revoke-all voids every link and ends every session of the contact', async ({ t, staff }) => {
    const a = await createCustomerWithContact(staff, { portal: true });
    const links = (await staff.client.get(`/api/v1/portal/links?customer_id=${a.customerId}&status=active`)).json().data;
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ contact_person_id: a.contactId, email: a.email, status: 'active' });
    expect((await staff.client.delete(`/api/v1/portal/links/${links[0].id}`)).statusCode).toBe(204);
    const after = (await staff.client.get(`/api/v1/portal/links?customer_id=${a.customerId}`)).json().data;
    expect(after[0].status).toBe('revoked');
    const other = await signUpStaff(t.app);
    expect((await other.client.delete(`/api/v1/portal/links/${links[0].id}`)).statusCode).toBe(404);

    const b = await createCustomerWithContact(staff, { portal: true });
    await fakeContactSession(t, b.contactId);
    await fakeContactSession(t, b.contactId);
    const revoked = await staff.client.post(`/api/v1/contact-persons/${b.contactId}/revoke-all`);
    expect(revoked.json()).toEqual({ revoked_links: 1, ended_sessions: 2 });
    expect(await contactSessionCount(t, b.contactId)).toBe(0);
  });

  it('bulk-enables up to 100 customers at once with an outcome per customer', async ({ staff }) => {
    const ready = await createCustomerWithContact(staff);
    const active = await createCustomerWithContact(staff, { portal: true });
    const noEmail = await createCustomerWithContact(staff, { email: null });
    const emptyCustomer = (await staff.client.post('/api/v1/customers', { display_name: 'Nobody' })).json();
    const response = await staff.client.post('/api/v1/customers/bulk-enable-portal', {
      customer_ids: [ready.customerId, active.customerId, noEmail.customerId, emptyCustomer.id, 'missing-id'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([
      { customer_id: ready.customerId, outcome: 'invited' },
      { customer_id: active.customerId, outcome: 'already_active' },
      { customer_id: noEmail.customerId, outcome: 'skipped', reason_code: 'primary_contact_has_no_email', reason: expect.stringContaining('no email') },
      { customer_id: emptyCustomer.id, outcome: 'skipped', reason_code: 'no_primary_contact', reason: expect.stringContaining('no primary contact') },
      { customer_id: 'missing-id', outcome: 'skipped', reason_code: 'customer_not_found', reason: 'Customer not found' },
    ]);
    expect((await staff.client.post('/api/v1/customers/bulk-enable-portal', { customer_ids: [] })).statusCode).toBe(400);
  });

  it('runs a bulk enable of more than 100 customers as a job with progress', async ({ t, staff }) => {
    const owner = await signUpStaff(t.app);
    const ids: string[] = [];
    for (let i = 0; i < 105; i++) ids.push((await createCustomerWithContact(owner)).customerId);
    const response = await owner.client.post('/api/v1/customers/bulk-enable-portal', { customer_ids: ids });
    expect(response.statusCode).toBe(202);
    const { job } = response.json();
    expect(job).toMatchObject({ status: 'queued', progress_done: 0, progress_total: 105 });
    expect((await staff.client.get(`/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
    await runDueJobs(t.ctx);
    const done = (await owner.client.get(`/api/v1/jobs/${job.id}`)).json();
    expect(done).toMatchObject({ status: 'succeeded', progress_done: 105, progress_total: 105 });
    expect(done.result.results.filter((r: { outcome: string }) => r.outcome === 'invited')).toHaveLength(105);
  });

  it('keeps the invitations made before a customer that fails, as when each customer had its own transaction', async ({ t }) => {
    const owner = await signUpStaff(t.app);
    const ids: string[] = [];
    const contacts: string[] = [];
    const emails: string[] = [];
    for (let i = 0; i < 105; i++) {
      const created = await createCustomerWithContact(owner);
      ids.push(created.customerId);
      contacts.push(created.contactId);
      emails.push(created.email!);
    }
    // The database refuses to update one contact: its customer's invitation fails mid-chunk.
    const failing = contacts[50]!;
    if (t.ctx.dialect === 'sqlite') {
      await sql.raw(`create trigger refuse_one before update on contact_persons when new.id = '${failing}' begin select raise(abort, 'refused'); end`).execute(t.ctx.db);
    } else {
      await sql.raw(`create or replace function refuse_one() returns trigger as $$ begin if new.id = '${failing}' then raise exception 'refused'; end if; return new; end $$ language plpgsql`).execute(t.ctx.db);
      await sql.raw(`create trigger refuse_one before update on contact_persons for each row execute function refuse_one()`).execute(t.ctx.db);
    }
    const { job } = (await owner.client.post('/api/v1/customers/bulk-enable-portal', { customer_ids: ids })).json();
    await runDueJobs(t.ctx);
    await sql.raw(t.ctx.dialect === 'sqlite' ? 'drop trigger refuse_one' : 'drop trigger refuse_one on contact_persons').execute(t.ctx.db);
    const done = (await owner.client.get(`/api/v1/jobs/${job.id}`)).json();
    const enabled = await t.ctx.db.selectFrom('contact_persons').select('id').where('id', 'in', contacts).where('portal_enabled', '=', 1).execute();
    // The chunk holding the failure was rolled back and done again one by one: those before it keep their invitation.
    expect(enabled.map((row) => row.id).sort()).toEqual(contacts.slice(0, 50).sort());
    const outbox = await t.ctx.db.selectFrom('outbox_emails').select('to_address').where('kind', '=', 'invitation').where('to_address', 'in', emails).execute();
    expect(outbox.map((row) => row.to_address).sort()).toEqual(emails.slice(0, 50).sort());
    expect(done.status).not.toBe('succeeded');
  });
});
