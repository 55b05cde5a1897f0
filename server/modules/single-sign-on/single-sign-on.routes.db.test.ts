import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { acceptedContact, enrolTwoFactor, inviteContact, newBrowser, portalApi } from '../../test/portal-builders.ts';
import { insertDocument } from '../../test/portal-document-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

async function allowReturnHosts(staff: SignedUpStaff, hosts: string[]) {
  const response = await staff.client.patch('/api/v1/portal/settings', { portal_session_return_hosts: hosts });
  expect(response.statusCode, response.body).toBe(200);
}

/** The token at the end of a portal session's URL. */
const tokenOf = (url: string) => url.split('/session/')[1] ?? '';

async function openSession(t: TestApp, staff: SignedUpStaff, url: string, browser = newBrowser(t)) {
  const response = await browser.post(`${portalApi(staff)}/portal-sessions/${tokenOf(url)}`);
  return { browser, response };
}

describeOnEachDialect('portal sessions opened from the business’s app', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('answers a single-use URL that signs the contact in, lands on the flow and offers the way back', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const invoice = await insertDocument(t.ctx.db, { organizationId: staff.organization.id, customerId: contact.customerId, kind: 'invoice', status: 'sent', total: 5_000 });
    await allowReturnHosts(staff, ['app.acme.test']);
    const created = await staff.client.post('/api/v1/portal-sessions', {
      contact_person_id: contact.contactId,
      return_url: 'https://app.acme.test/billing',
      flow: { type: 'invoice_pay', invoice_id: invoice.id },
    });
    expect(created.statusCode, created.body).toBe(201);
    const session = created.json();
    expect(session).toMatchObject({
      object: 'portal_session',
      contact_person_id: contact.contactId,
      customer_id: contact.customerId,
      return_url: 'https://app.acme.test/billing',
      locale: null,
      flow: { type: 'invoice_pay', invoice_id: invoice.id },
      expires_at: '2026-11-25T10:05:00.000Z',
    });
    expect(session.url).toMatch(new RegExp(`^http://[^/]+/portal/${staff.organization.slug}/session/[A-Za-z0-9_-]{40,}$`));
    // Only the token's hash is kept.
    const stored = await t.ctx.db.selectFrom('portal_tokens').select('token_hash').where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(tokenOf(session.url));

    const { browser, response } = await openSession(t, staff, session.url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ path: `/pay?invoice=${invoice.id}`, me: { state: 'signed_in', return_url: 'https://app.acme.test/billing', contact: { id: contact.contactId } } });
    const me = await browser.get(`${portalApi(staff)}/me`);
    expect(me.json()).toMatchObject({ state: 'signed_in', return_url: 'https://app.acme.test/billing', customer: { id: contact.customerId } });
    expect((await browser.get(`${portalApi(staff)}/invoices/${invoice.id}`)).statusCode).toBe(200);

    const again = await openSession(t, staff, session.url);
    expect(again.response.statusCode).toBe(410);
    expect(again.response.json().error.code).toBe('TOKEN_USED');

    const signIns = await t.ctx.db.selectFrom('activities').select(['action', 'contact_person_id']).where('organization_id', '=', staff.organization.id).where('action', '=', 'signin').execute();
    expect(signIns).toEqual([{ action: 'signin', contact_person_id: contact.contactId }]);
    // A password sign-in has no way back.
    expect((await contact.client.get(`${portalApi(staff)}/me`)).json().return_url).toBeNull();
  });

  it('signs in a contact who never accepted the invitation, without a password, in the locale asked for', async ({ t, staff }) => {
    const invited = await inviteContact(t, staff);
    const created = await staff.client.post('/api/v1/portal-sessions', { contact_person_id: invited.contactId, locale: 'de', flow: { type: 'statement' } });
    expect(created.statusCode, created.body).toBe(201);
    const { response } = await openSession(t, staff, created.json().url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ path: '/statement', me: { state: 'signed_in', language: 'de', return_url: null, contact: { id: invited.contactId } } });
    const identity = await t.ctx.db.selectFrom('portal_identities').selectAll().where('organization_id', '=', staff.organization.id).where('email', '=', invited.email).executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ password_hash: null, language: 'de' });
    // The invitation still works for setting a password.
    const accept = await newBrowser(t).post(`${portalApi(staff)}/invitations/${invited.token}/accept`, { password: 'violet tiger climbs quietly' });
    expect(accept.statusCode, accept.body).toBe(200);
  });

  it('skips the second factor: the business’s app vouched for the person', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    await enrolTwoFactor(t, contact);
    const created = await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId });
    const { response } = await openSession(t, staff, created.json().url);
    expect(response.json()).toMatchObject({ path: '/', me: { state: 'signed_in', two_factor_enabled: true } });
  });

  it('lands on documents, orders and subscriptions of the contact’s customer only', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const other = await acceptedContact(t, staff);
    const organizationId = staff.organization.id;
    const estimate = await insertDocument(t.ctx.db, { organizationId, customerId: contact.customerId, kind: 'estimate', status: 'sent' });
    const draft = await insertDocument(t.ctx.db, { organizationId, customerId: contact.customerId, kind: 'invoice', status: 'draft' });
    const othersInvoice = await insertDocument(t.ctx.db, { organizationId, customerId: other.customerId, kind: 'invoice', status: 'sent' });
    const create = (flow: unknown) => staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId, flow });

    const view = await create({ type: 'document_view', document_id: estimate.id });
    expect(view.statusCode, view.body).toBe(201);
    expect((await openSession(t, staff, view.json().url)).response.json().path).toBe(`/estimates/${estimate.id}`);

    for (const [flow, field] of [
      [{ type: 'invoice_pay', invoice_id: othersInvoice.id }, 'flow.invoice_id'],
      [{ type: 'invoice_pay', invoice_id: draft.id }, 'flow.invoice_id'],
      [{ type: 'invoice_pay', invoice_id: estimate.id }, 'flow.invoice_id'],
      [{ type: 'document_view', document_id: 'nope' }, 'flow.document_id'],
      [{ type: 'order_view', sales_order_id: 'nope' }, 'flow.sales_order_id'],
      [{ type: 'subscription_view', subscription_id: 'nope' }, 'flow.subscription_id'],
    ] as const) {
      const refused = await create(flow);
      expect(refused.statusCode, JSON.stringify(flow)).toBe(400);
      expect(refused.json().error.details).toEqual([expect.objectContaining({ field, code: 'unknown_reference' })]);
    }
    const unknownFlow = await create({ type: 'delete_everything' });
    expect(unknownFlow.statusCode).toBe(400);
    expect(JSON.stringify(unknownFlow.json().error.details)).toContain('flow');
    expect(await t.ctx.db.selectFrom('portal_tokens').select('id').where('kind', '=', 'portal_session').where('contact_person_id', '=', contact.contactId).execute()).toHaveLength(1);
  });

  it('accepts return URLs only on the hosts the portal settings list', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const create = (return_url: string) => staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId, return_url });
    const refused = await create('https://app.acme.test/');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'return_url', code: 'host_not_allowed', params: { allowed: [] } })]);

    await allowReturnHosts(staff, ['*.acme.test', 'localhost:3000']);
    expect((await create('https://eu.acme.test/back')).statusCode).toBe(201);
    expect((await create('http://localhost:3000/back')).statusCode).toBe(201);
    for (const url of ['https://acme.test/', 'https://evil.test/?https://eu.acme.test', 'ftp://eu.acme.test/', 'javascript:alert(1)']) {
      expect((await create(url)).statusCode, url).toBe(400);
    }
    const badHost = await staff.client.patch('/api/v1/portal/settings', { portal_session_return_hosts: ['https://app.acme.test/'] });
    expect(badHost.statusCode).toBe(400);
    expect(JSON.stringify(badHost.json().error.details)).toContain('portal_session_return_hosts');
  });

  it('refuses contacts without portal access, of another organization, or disabled, and a switched-off portal', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const noAccess = (await staff.client.post('/api/v1/customers', { display_name: 'Quiet Co', contact_persons: [{ first_name: 'Nia', email: 'nia@quiet.test', is_primary: true }] })).json().contact_persons[0].id as string;
    const noAccessAnswer = await staff.client.post('/api/v1/portal-sessions', { contact_person_id: noAccess });
    expect(noAccessAnswer.statusCode).toBe(400);
    expect(noAccessAnswer.json().error.details).toEqual([expect.objectContaining({ field: 'contact_person_id', code: 'no_portal_access' })]);

    const otherStaff = await signUpStaff(t.app, 'Elsewhere Ltd');
    const foreign = await otherStaff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details).toEqual([expect.objectContaining({ field: 'contact_person_id', code: 'unknown_reference' })]);

    // Made, then access withdrawn before it is opened: the URL no longer signs in.
    const made = await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId });
    expect((await staff.client.put(`/api/v1/customers/${contact.customerId}/portal-access`, { contact_person_ids: [] })).statusCode).toBe(200);
    const opened = await openSession(t, staff, made.json().url);
    expect(opened.response.statusCode).toBe(404);
    expect(opened.response.json().error.code).toBe('TOKEN_INVALID');
    expect((await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId })).json().error.details[0].code).toBe('no_portal_access');

    const second = await acceptedContact(t, staff);
    expect((await staff.client.patch('/api/v1/portal/settings', { portal_enabled: false })).statusCode).toBe(200);
    const off = await staff.client.post('/api/v1/portal-sessions', { contact_person_id: second.contactId });
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('STATE_CONFLICT');
  });

  it('expires after five minutes and works in its own portal only', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const late = (await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId })).json();
    const elsewhere = (await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId })).json();
    const otherStaff = await signUpStaff(t.app, 'Other Portal GmbH');
    const wrongPortal = await newBrowser(t).post(`${portalApi(otherStaff)}/portal-sessions/${tokenOf(elsewhere.url)}`);
    expect(wrongPortal.statusCode).toBe(404);
    expect(wrongPortal.json().error.code).toBe('TOKEN_INVALID');
    t.clock.advance(5 * 60 + 1);
    const expired = await openSession(t, staff, late.url);
    expect(expired.response.statusCode).toBe(410);
    expect(expired.response.json().error.code).toBe('TOKEN_EXPIRED');
    expect((await expired.browser.get(`${portalApi(staff)}/me`)).statusCode).toBe(401);
    const garbage = await newBrowser(t).post(`${portalApi(staff)}/portal-sessions/not-a-token`);
    expect(garbage.statusCode).toBe(404);
  });

  it('opens exactly once when the URL is opened twice at the same time', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    const { url } = (await staff.client.post('/api/v1/portal-sessions', { contact_person_id: contact.contactId })).json();
    const answers = await Promise.all([openSession(t, staff, url), openSession(t, staff, url), openSession(t, staff, url)]);
    const codes = answers.map((answer) => answer.response.statusCode).sort();
    expect(codes).toEqual([200, 410, 410]);
    const sessions = await t.ctx.db.selectFrom('sessions').select('id').where('contact_person_id', '=', contact.contactId).where('return_url', 'is', null).execute();
    // The invitation's session and the one portal session.
    expect(sessions).toHaveLength(2);
  });

  it('needs the portal.write scope; bad bodies are 400 naming the field', async ({ t, staff, ip }) => {
    const contact = await acceptedContact(t, staff);
    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Read', scopes: ['portal.read'] })).json().key as string;
    const writeKey = (await staff.client.post('/api/v1/api-keys', { name: 'Write', scopes: ['portal.write'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const body = { contact_person_id: contact.contactId };
    expect((await api.request('POST', '/api/v1/portal-sessions', body, { authorization: `Bearer ${readKey}` })).statusCode).toBe(403);
    const made = await api.request('POST', '/api/v1/portal-sessions', body, { authorization: `Bearer ${writeKey}` });
    expect(made.statusCode, made.body).toBe(201);
    expect((await api.post('/api/v1/portal-sessions', body)).statusCode).toBe(401);

    const missing = await staff.client.post('/api/v1/portal-sessions', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ field: 'contact_person_id' })]);
    const extra = await staff.client.post('/api/v1/portal-sessions', { ...body, admin: true });
    expect(extra.statusCode).toBe(400);
    const badLocale = await staff.client.post('/api/v1/portal-sessions', { ...body, locale: 'xx' });
    expect(badLocale.json().error.details).toEqual([expect.objectContaining({ field: 'locale' })]);
  });
});
