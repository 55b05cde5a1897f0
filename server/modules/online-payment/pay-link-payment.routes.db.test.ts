import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { documentOf, invoiceOf } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import { card, tokenOf } from '../../test/test-gateway-builders.ts';
import { payLinkFor } from '../pay-link/pay-link.service.ts';
import type { AttemptResponse } from './online-payment.schemas.ts';

describeOnEachDialect('paying from a pay link, with the built-in test gateway', (it) => {
  it('opens the invoice without signing in, pays only its balance, and stays usable after', async ({ t, staff, ip }) => {
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 4_200);
    const other = await invoiceOf(staff, contact.customerId, 1_000);
    const url = await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId });
    const path = new URL(url).pathname.replace(`/portal/${staff.organization.slug}/pay/`, `/portal/${staff.organization.slug}/api/pay-links/`);
    const anonymous = (method: 'GET' | 'POST', suffix = '', payload?: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({ method, url: `${path}${suffix}`, remoteAddress: ip, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

    const page = await anonymous('GET');
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ contact: { first_name: 'Casey' }, document: { id: invoice.id, payable_minor: 4_200 }, options: { gateway: 'test', test_mode: true, methods: ['card'] } });
    expect((await anonymous('GET', '/pdf')).headers['content-type']).toBe('application/pdf');

    const token = await tokenOf(t, card('4242424242424242'), ip);
    expect((await anonymous('POST', '/payments', { currency: invoice.currency, payment_method: { token } })).statusCode).toBe(400);
    const paid = await anonymous('POST', '/payments', { currency: invoice.currency, payment_method: { token } }, { 'idempotency-key': randomUUID() });
    expect(paid.statusCode).toBe(201);
    const attempt = paid.json<AttemptResponse>();
    expect(attempt).toMatchObject({ status: 'succeeded', amount_minor: 4_200, allocations: [{ document_id: invoice.id }] });
    expect(await documentOf(staff, 'invoices', invoice.id)).toMatchObject({ status: 'paid', balance_minor: 0 });
    expect(await documentOf(staff, 'invoices', other.id)).toMatchObject({ balance_minor: 1_000 });
    expect((await anonymous('GET', `/attempts/${attempt.id}`)).json()).toMatchObject({ status: 'succeeded' });

    const again = await anonymous('GET');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ document: { id: invoice.id, balance_minor: 0, payable_minor: 0 } });
    const secondToken = await tokenOf(t, card('4242424242424242'), ip);
    const twice = await anonymous('POST', '/payments', { currency: invoice.currency, payment_method: { token: secondToken } }, { 'idempotency-key': randomUUID() });
    expect(twice.json()).toMatchObject({ error: { code: 'NOTHING_TO_PAY' } });
  });

  it('refuses a tampered link, another organization’s link, and a link of a contact whose access was disabled', async ({ t, staff, ip }) => {
    const contact = await acceptedContact(t, staff);
    const invoice = await invoiceOf(staff, contact.customerId, 1_500);
    const url = await payLinkFor(t.ctx, { organizationId: staff.organization.id, documentId: invoice.id, contactPersonId: contact.contactId });
    const token = url.split('/pay/')[1]!;
    const api = `/portal/${staff.organization.slug}/api/pay-links`;
    const tampered = await t.app.inject({ method: 'GET', url: `${api}/${token.slice(0, -2)}xx`, remoteAddress: ip });
    expect(tampered.statusCode).toBe(404);
    expect(tampered.json()).toMatchObject({ error: { code: 'TOKEN_INVALID' } });
    const { signUpStaff } = await import('../../test/builders.ts');
    const elsewhere = await signUpStaff(t.app);
    expect((await t.app.inject({ method: 'GET', url: `/portal/${elsewhere.organization.slug}/api/pay-links/${token}`, remoteAddress: ip })).statusCode).toBe(404);
    await t.ctx.db.updateTable('contact_persons').set({ disabled_at: new Date().toISOString() }).where('id', '=', contact.contactId).execute();
    expect((await t.app.inject({ method: 'GET', url: `${api}/${token}`, remoteAddress: ip })).statusCode).toBe(404);
  });
});
