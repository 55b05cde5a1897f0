import { expect } from 'vitest';
import { formatMoney } from '../../../contract/money.ts';
import { createDocument, createInvoice } from '../../test/billing-builders.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { insertTestPayment, pdfPages, setCustomerBilling } from '../../test/pdf-builders.ts';
import { plainSpaces } from '../../test/pdf-text.ts';
import { acceptedContact, newBrowser, portalApi, type SignedInContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const yen = (minor: number) => plainSpaces(formatMoney(minor, 'JPY', 'ja'));

/** A signed-in contact of a Japanese customer billed in yen at a Tokyo address. */
async function japaneseContact(t: TestApp, staff: SignedUpStaff): Promise<SignedInContact> {
  const contact = await acceptedContact(t, staff, { language: 'ja', name: '山田商事' });
  await setCustomerBilling(staff, contact.customerId, 'JPY', { street: '丸の内1-1', city: '東京都千代田区', country: '日本' });
  return contact;
}

describeOnEachDialect('document and receipt PDFs in the portal', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('serves the contact’s invoice in Japanese, with the customer’s name and notes printed literally', async ({ t, staff }) => {
    const contact = await japaneseContact(t, staff);
    const notes = 'お支払いは月末までに <script>alert("x")</script>';
    const invoice = await createInvoice(staff, contact.customerId, { issueDate: '2026-11-01', notes, lines: [{ name: 'コンサルティング', quantity: 2, rate_minor: 15_000 }] });
    const [page] = await pdfPages(await contact.client.get(`${contact.api}/invoices/${invoice.id}/pdf`), `${invoice.number}.pdf`);
    expect(page).toContain('請求書');
    expect(page).toContain('請求先');
    expect(page).toContain('山田商事');
    expect(page).toContain('丸の内1-1');
    expect(page).toContain('発行日 2026/11/01');
    expect(page).toContain(`コンサルティング 2 ${yen(15_000)} – – ${yen(30_000)}`);
    expect(page).toContain(`合計 ${yen(30_000)}`);
    expect(page).toContain(`請求残高 ${yen(30_000)}`);
    expect(page).toContain(notes);
    expect(page).toContain('1 / 1 ページ');
  });

  it('serves estimates, retainer invoices, credit notes and receipts of the contact’s customer', async ({ t, staff }) => {
    const contact = await japaneseContact(t, staff);
    const estimate = await createDocument(staff, 'estimates', contact.customerId);
    expect((await pdfPages(await contact.client.get(`${contact.api}/estimates/${estimate.id}/pdf`), `${estimate.number}.pdf`))[0]).toContain('見積書');
    const retainer = await createDocument(staff, 'retainer-invoices', contact.customerId);
    expect((await pdfPages(await contact.client.get(`${contact.api}/retainer-invoices/${retainer.id}/pdf`), `${retainer.number}.pdf`))[0]).toContain('前受金請求書');
    const credit = await createDocument(staff, 'credit-notes', contact.customerId);
    expect((await pdfPages(await contact.client.get(`${contact.api}/credit-notes/${credit.id}/pdf`), `${credit.number}.pdf`))[0]).toContain('クレジットノート');
    const invoice = await createInvoice(staff, contact.customerId, { lines: [{ name: 'Plan', quantity: 1, rate_minor: 8_000 }] });
    const payment = await insertTestPayment(t.ctx.db, {
      organizationId: staff.organization.id,
      customerId: contact.customerId,
      currency: 'JPY',
      paidOn: '2026-11-20',
      allocations: [{ documentId: invoice.id, amountMinor: 8_000 }],
    });
    const [receipt] = await pdfPages(await contact.client.get(`${contact.api}/payments/${payment.id}/pdf`), `${payment.number}.pdf`);
    expect(receipt).toContain('領収書');
    expect(receipt).toContain('銀行振込');
    expect(receipt).toContain(`${invoice.number} `);
    expect(receipt).toContain(yen(8_000));
  });

  it('never serves a draft', async ({ t, staff }) => {
    const contact = await japaneseContact(t, staff);
    const draft = await createInvoice(staff, contact.customerId, { draft: true });
    const response = await contact.client.get(`${contact.api}/invoices/${draft.id}/pdf`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect((await staff.client.get(`/api/v1/invoices/${draft.id}/pdf`)).statusCode).toBe(200);
  });

  it('answers 404 for another customer’s or organization’s documents and payments', async ({ t, staff }) => {
    const contact = await japaneseContact(t, staff);
    const neighbour = await acceptedContact(t, staff);
    const theirs = await createInvoice(staff, neighbour.customerId);
    const theirPayment = await insertTestPayment(t.ctx.db, {
      organizationId: staff.organization.id,
      customerId: neighbour.customerId,
      currency: 'USD',
      paidOn: '2026-11-20',
      allocations: [{ documentId: theirs.id, amountMinor: 100 }],
    });
    const foreignStaff = await signUpStaff(t.app);
    const foreigner = await acceptedContact(t, foreignStaff);
    const foreign = await createInvoice(foreignStaff, foreigner.customerId);
    for (const url of [`/invoices/${theirs.id}/pdf`, `/payments/${theirPayment.id}/pdf`, `/invoices/${foreign.id}/pdf`, `/estimates/${theirs.id}/pdf`]) {
      const response = await contact.client.get(`${contact.api}${url}`);
      expect(response.statusCode, url).toBe(404);
    }
    expect((await neighbour.client.get(`${neighbour.api}/invoices/${theirs.id}/pdf`)).statusCode).toBe(200);
    // The contact's cookie belongs to its own portal: another organization's portal does not know it.
    expect((await contact.client.get(`${portalApi(foreignStaff)}/invoices/${foreign.id}/pdf`)).statusCode).toBe(401);
  });

  it('answers 401 when not signed in and 403 to a contact who may not view documents', async ({ t, staff }) => {
    const contact = await japaneseContact(t, staff);
    const invoice = await createInvoice(staff, contact.customerId);
    const anonymous = await newBrowser(t).get(`${portalApi(staff)}/invoices/${invoice.id}/pdf`);
    expect(anonymous.statusCode).toBe(401);
    const payer = await acceptedContact(t, staff);
    const own = await createInvoice(staff, payer.customerId);
    await staff.client.patch(`/api/v1/contact-persons/${payer.contactId}`, { permissions: ['pay'] });
    const refused = await payer.client.get(`${payer.api}/invoices/${own.id}/pdf`);
    expect(refused.statusCode).toBe(403);
  });
});
