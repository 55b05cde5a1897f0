import { expect } from 'vitest';
import { createEstimate } from '../../test/billing-builders.ts';
import type { SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';
import { mailsTo } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { newId } from '../../lib/ids.ts';
import { findOrganizationById } from '../organization/organization.repository.ts';
import { recordPortalEvent } from './activity.service.ts';
import type { EventMessage } from '../../../contract/messages/message-codes.ts';

interface Notice {
  event_type: string;
  message: string;
  message_code: string | null;
  message_params: Record<string, unknown> | null;
}

/** A colleague of `staff` with their own language, signed in with their own browser. */
async function addColleague(t: TestApp, staff: SignedUpStaff, language: string, ip: string): Promise<{ client: TestClient; email: string }> {
  const email = uniqueEmail('colleague');
  const created = await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email, role: 'staff', password: STRONG_PASSWORD, language });
  expect(created.statusCode).toBe(201);
  expect(created.json().language).toBe(language);
  const client = new TestClient(t.app, ip);
  const signIn = await client.post('/api/v1/session', { email, password: STRONG_PASSWORD });
  expect(signIn.json().user).toMatchObject({ email, language });
  return { client, email };
}

async function notices(client: TestClient): Promise<Notice[]> {
  const response = await client.get('/api/v1/notifications');
  expect(response.statusCode).toBe(200);
  return response.json().data as Notice[];
}

describeOnEachDialect('messages in the reader’s language', (it) => {
  it('shows a German staff member German notifications and mails them in German, while an English colleague reads English', async ({ t, staff, ip }) => {
    const german = await addColleague(t, staff, 'de', ip);
    const contact = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, contact.customerId);
    await t.deliverMail();
    const before = t.mail.sent.length;

    expect((await contact.client.post(`${contact.api}/estimates/${estimate.id}/accept`, { name: 'Ada Signer' })).statusCode).toBe(200);

    const params = { actor: 'Casey Contact', customer: expect.any(String), number: estimate.number };
    const [germanNotice] = await notices(german.client);
    expect(germanNotice).toMatchObject({ event_type: 'portal.estimate_accepted', message_code: 'estimate.accepted', message_params: params });
    expect(germanNotice?.message).toMatch(new RegExp(`^Casey Contact \\(.+\\) hat das Angebot ${estimate.number} angenommen$`));
    const [englishNotice] = await notices(staff.client);
    expect(englishNotice).toMatchObject({ message_code: 'estimate.accepted', message_params: params });
    expect(englishNotice?.message).toMatch(new RegExp(`^Casey Contact \\(.+\\) accepted estimate ${estimate.number}$`));

    const mail = (await t.deliverMail()).slice(before);
    const [germanMail] = mailsTo(mail, german.email);
    const [englishMail] = mailsTo(mail, staff.user.email);
    expect(germanMail?.subject).toBe(germanNotice?.message);
    expect(germanMail?.text).toContain('In Portico öffnen: http://portico.test/admin/estimates/');
    expect(germanMail?.text).toContain('— Portico für');
    expect(englishMail?.subject).toBe(englishNotice?.message);
    expect(englishMail?.text).toContain('Open in Portico: http://portico.test/admin/estimates/');

    // The activity list reads the same event in each reader's language too.
    const germanActivity = (await german.client.get(`/api/v1/activities?customer_id=${contact.customerId}`)).json().data[0];
    expect(germanActivity).toMatchObject({ action: 'estimate_accepted', message_code: 'estimate.accepted', message: germanNotice?.message });
    const englishActivity = (await staff.client.get(`/api/v1/activities?customer_id=${contact.customerId}`)).json().data[0];
    expect(englishActivity.message).toBe(englishNotice?.message);
  });

  it('renders for an integration in the language its Accept-Language asks for', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const created = await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['portal.read'] });
    const key = created.json().key as string;
    const read = (language?: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/activities?customer_id=${contact.customerId}`, headers: { authorization: `Bearer ${key}`, ...(language ? { 'accept-language': language } : {}) } });
    const japanese = (await read('ja-JP,ja;q=0.9')).json().data[0];
    expect(japanese).toMatchObject({ action: 'invitation_accepted', message_code: 'portal.invitation_accepted', message_params: { actor: 'Casey Contact' } });
    expect(japanese.message).toMatch(/^Casey Contactさん（.+）がポータルへの招待を承諾しました$/);
    expect((await read()).json().data[0].message).toMatch(/^Casey Contact \(.+\) accepted the portal invitation$/);
  });

  it('shows a Japanese contact Japanese activity on the dashboard and Japanese entries in the comment thread', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff, { language: 'ja' });
    const estimate = await createEstimate(staff, contact.customerId);
    t.clock.advance(1);
    expect((await contact.client.post(`${contact.api}/estimates/${estimate.id}/accept`, { name: 'Ada Signer' })).statusCode).toBe(200);
    t.clock.advance(1);
    const invoice = await contact.doc({ total: 10_000, lines: [{ name: 'Consulting', total: 10_000 }] });
    const disputed = await contact.client.post(`${contact.api}/invoices/${invoice.id}/disputes`, { reason: '二重請求です', line_id: invoice.lineIds[0] });
    expect(disputed.statusCode).toBe(201);

    const recent = (await contact.client.get(`${contact.api}/dashboard`)).json().recent_activity as Notice[];
    expect(recent[0]).toMatchObject({ message_code: 'invoice.disputed', message: `Casey Contactさんが請求書 ${invoice.number} の明細「Consulting」に異議を申し立てました：二重請求です` });
    expect(recent[1]).toMatchObject({ message_code: 'estimate.accepted', message: `Casey Contactさんが見積書 ${estimate.number} を承認しました` });
    expect(recent.find((entry) => entry.message_code === 'document.sent' && entry.message_params?.kind === 'estimate')).toMatchObject({
      message: `${staff.organization.name}から見積書 ${estimate.number} が届きました`,
      message_params: { business: staff.organization.name, kind: 'estimate', number: estimate.number },
    });
    expect(recent.at(-1)).toMatchObject({ message_code: 'portal.invitation_accepted', message: 'Casey Contactさんが招待を承諾しました' });

    const thread = (await contact.client.get(`${contact.api}/estimates/${estimate.id}/comments`)).json().data;
    expect(thread).toEqual([
      expect.objectContaining({ kind: 'accepted', body: 'Ada Signerさんが承認しました', message_code: 'comment.estimate_accepted', message_params: { signer: 'Ada Signer' } }),
    ]);
    const disputeThread = (await contact.client.get(`${contact.api}/invoices/${invoice.id}/comments`)).json().data;
    expect(disputeThread).toEqual([expect.objectContaining({ kind: 'dispute', body: '「Consulting」：二重請求です', message_code: 'comment.line_disputed' })]);

    // Staff read the same entries in their own language; a person's words stay as they wrote them.
    const staffThread = (await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data;
    expect(staffThread[0]).toMatchObject({ body: 'Accepted by Ada Signer', message_code: 'comment.estimate_accepted' });
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}/comments`)).json().data[0].body).toBe('“Consulting”: 二重請求です');

    // The contact's own language choice wins over the customer's portal language.
    expect((await contact.client.patch(`${contact.api}/me`, { language: 'de' })).statusCode).toBe(200);
    const german = (await contact.client.get(`${contact.api}/estimates/${estimate.id}/comments`)).json().data;
    expect(german[0].body).toBe('Angenommen von Ada Signer');
  });

  it('still renders rows from before message codes, in the reader’s language where they can be read back', async ({ t, staff, ip }) => {
    const german = await addColleague(t, staff, 'de', ip);
    const contact = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, contact.customerId);
    const customer = (await staff.client.get(`/api/v1/customers/${contact.customerId}`)).json().display_name as string;
    const staffIds = (await t.ctx.db.selectFrom('staff_users').select('id').where('organization_id', '=', staff.organization.id).execute()).map((row) => row.id);
    const at = new Date(t.clock.now().getTime() + 60_000).toISOString();
    /** An activity with its notifications as Portico stored them before codes: English text, no code. */
    const legacy = async (action: string, details: Record<string, unknown>, text: string, module = 'estimates') => {
      const activityId = newId();
      await t.ctx.db
        .insertInto('activities')
        .values({ id: activityId, organization_id: staff.organization.id, customer_id: contact.customerId, contact_person_id: contact.contactId, actor_name: 'Casey Contact', module, action, details: JSON.stringify(details), message_code: null, message_params: null, ip: null, user_agent: null, created_at: at })
        .execute();
      await t.ctx.db
        .insertInto('notifications')
        .values(staffIds.map((id) => ({ id: newId(), organization_id: staff.organization.id, staff_user_id: id, activity_id: activityId, event_type: `portal.${action}`, message: text, link: null, read_at: null, created_at: at })))
        .execute();
    };
    await legacy('estimate_accepted', { document_id: estimate.id, number: estimate.number }, `Casey Contact (${customer}) accepted estimate ${estimate.number}`);
    await legacy('estimate_declined', { document_id: estimate.id, number: estimate.number }, `Casey Contact (${customer}) declined estimate ${estimate.number}: Too dear`);
    await legacy('teleported', {}, 'Casey Contact teleported', 'portal');
    await t.ctx.db
      .insertInto('document_comments')
      .values({ id: newId(), organization_id: staff.organization.id, document_id: estimate.id, author_type: 'contact', staff_user_id: null, contact_person_id: contact.contactId, author_name: 'Casey Contact', kind: 'accepted', body: 'Accepted by Old Signer', display_in_portal: 1, message_code: null, message_params: null, created_at: at })
      .execute();

    const [unknown, declined, accepted] = await notices(german.client);
    // Read back whole: German, with the code it would have had.
    expect(accepted).toMatchObject({ message: `Casey Contact (${customer}) hat das Angebot ${estimate.number} angenommen`, message_code: 'estimate.accepted' });
    // The reason was only in the old text, which says more: it stays as it was.
    expect(declined).toMatchObject({ message: `Casey Contact (${customer}) declined estimate ${estimate.number}: Too dear`, message_code: null, message_params: null });
    expect(unknown).toMatchObject({ message: 'Casey Contact teleported', message_code: null });

    // Activities kept no text: what can be read back reads in the reader's language.
    const activities = (await german.client.get(`/api/v1/activities?customer_id=${contact.customerId}`)).json().data;
    expect(activities[1]).toMatchObject({ message: `Casey Contact (${customer}) hat das Angebot ${estimate.number} abgelehnt`, message_code: 'estimate.declined' });
    expect(activities[0]).toMatchObject({ message: 'Casey Contact: portal · teleported', message_code: null });

    const thread = (await german.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data;
    expect(thread[0]).toMatchObject({ body: 'Angenommen von Old Signer', message_code: 'comment.estimate_accepted', message_params: { signer: 'Old Signer' } });
    const dashboard = (await contact.client.get(`${contact.api}/dashboard`)).json().recent_activity;
    expect(dashboard[1]).toMatchObject({ message: `Casey Contact declined estimate ${estimate.number}`, message_code: 'estimate.declined' });
  });

  it('checks each event’s parameters against its code and records nothing that does not fit', async ({ t, staff }) => {
    const contact = await portalCustomer(t, staff);
    const organization = await findOrganizationById(t.ctx.db, staff.organization.id);
    const before = await t.ctx.db.selectFrom('activities').select('id').where('organization_id', '=', staff.organization.id).execute();
    const wrong = { code: 'estimate.accepted', params: { actor: 'Casey Contact', customer: 'Globex' } } as unknown as EventMessage;
    await expect(
      t.ctx.db.transaction().execute((trx) =>
        recordPortalEvent(
          t.ctx,
          trx,
          organization!,
          { type: 'portal.estimate_accepted', module: 'estimates', action: 'estimate_accepted', customerId: contact.customerId, contactPersonId: contact.contactId, actorName: 'Casey Contact', message: wrong },
          { ip: null, userAgent: null },
        ),
      ),
    ).rejects.toThrow(/estimate\.accepted/);
    const after = await t.ctx.db.selectFrom('activities').select('id').where('organization_id', '=', staff.organization.id).execute();
    expect(after).toHaveLength(before.length);
  });
});

describeOnEachDialect('staff language', (it) => {
  it('takes a new owner’s language from the sign-up, else from Accept-Language, else English', async ({ t, ip }) => {
    const signUp = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      new TestClient(t.app, ip).request('POST', '/api/v1/organizations', { organization_name: 'Lang Org', name: 'Owner', email: uniqueEmail('owner'), password: STRONG_PASSWORD, ...body }, headers);
    expect((await signUp({ language: 'fr' }, { 'accept-language': 'de' })).json().user.language).toBe('fr');
    expect((await signUp({}, { 'accept-language': 'es-ES,es;q=0.9,en;q=0.5' })).json().user.language).toBe('es');
    expect((await signUp({}, { 'accept-language': 'nl' })).json().user.language).toBe('en');
    const refused = await signUp({ language: 'klingon' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ field: 'language' });
  });

  it('saves the signed-in staff member’s language and gives a new colleague the adder’s', async ({ t, staff, ip }) => {
    expect((await staff.client.get('/api/v1/me')).json()).toMatchObject({ id: staff.user.id, language: 'en' });
    const changed = await staff.client.patch('/api/v1/me', { language: 'ja' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: staff.user.id, language: 'ja' });
    expect((await staff.client.get('/api/v1/session')).json().user.language).toBe('ja');

    const email = uniqueEmail('colleague');
    const added = await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email, role: 'staff', password: STRONG_PASSWORD });
    expect(added.json().language).toBe('ja');
    const colleague = new TestClient(t.app, ip);
    await colleague.post('/api/v1/session', { email, password: STRONG_PASSWORD });
    // Each changes only their own.
    expect((await colleague.patch('/api/v1/me', { language: 'es' })).json().language).toBe('es');
    expect((await staff.client.get('/api/v1/me')).json().language).toBe('ja');

    const bad = await staff.client.patch('/api/v1/me', { language: 'xx' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'language' });
    expect((await staff.client.get('/api/v1/me')).json().language).toBe('ja');
  });

  it('has no profile for an API key', async ({ t, staff }) => {
    const key = (await staff.client.post('/api/v1/api-keys', { name: 'ERP', scopes: ['settings.read'] })).json().key as string;
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('FORBIDDEN');
  });
});
