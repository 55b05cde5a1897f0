import { expect } from 'vitest';
import { formatMoney } from '../../../contract/money.ts';
import { createDocument, createInvoice, createTax } from '../../test/billing-builders.ts';
import { createCustomerWithContact, signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { TestClient } from '../../test/http-client.ts';
import { insertTestCreditApplication, insertTestPayment, pdfPages, setCustomerBilling } from '../../test/pdf-builders.ts';
import { pdfColours, plainSpaces } from '../../test/pdf-text.ts';
import type { TestApp } from '../../test/test-app.ts';
import { documentPdfBuffer } from './document-pdf.service.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

const de = (minor: number) => plainSpaces(formatMoney(minor, 'EUR', 'de'));

/** A German seller with a German customer billed in euros at a Berlin address, and a 19 % VAT rate. */
async function germanSeller(t: TestApp, ip: string): Promise<{ staff: SignedUpStaff; customerId: string; vat: string }> {
  const staff = await signUpStaff(t.app, 'Nordlicht Handel', ip);
  const customerId = (await createCustomerWithContact(staff, { language: 'de', name: 'Müller & Söhne GmbH' })).customerId;
  await setCustomerBilling(staff, customerId, 'EUR', { street: 'Hauptstraße 5', postal_code: '10115', city: 'Berlin', country: 'Deutschland' });
  const vat = await createTax(staff, 19);
  return { staff, customerId, vat };
}

describeOnEachDialect('document and receipt PDFs for staff', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('serves an invoice as a German PDF with its lines, totals, payments and balance, and never counts it as a view', async ({ t, ip }) => {
    const { staff, customerId, vat } = await germanSeller(t, ip);
    const invoice = await createInvoice(staff, customerId, {
      issueDate: '2026-11-01',
      lines: [
        { name: 'Widget', quantity: 1.5, rate_minor: 333, discount: { type: 'percent', percent: 10 }, tax_id: vat },
        { name: 'Einrichtung', quantity: 1, rate_minor: 5000, discount: { type: 'amount', amount_minor: 500 } },
      ],
    });
    const payment = await insertTestPayment(t.ctx.db, {
      organizationId: staff.organization.id,
      customerId,
      currency: 'EUR',
      paidOn: '2026-11-10',
      allocations: [{ documentId: invoice.id, amountMinor: 2_000 }],
    });
    const [page, ...rest] = await pdfPages(await staff.client.get(`/api/v1/invoices/${invoice.id}/pdf`), `${invoice.number}.pdf`);
    expect(rest).toEqual([]);
    expect(page).toContain('Nordlicht Handel');
    expect(page).toContain('Rechnung');
    expect(page).toContain(invoice.number);
    expect(page).toContain('Teilweise bezahlt');
    expect(page).toMatch(/Müller & Söhne GmbH[\s\S]*Hauptstraße 5[\s\S]*10115 Berlin[\s\S]*Deutschland/);
    expect(page).toContain('Datum 01.11.2026');
    expect(page).toContain('Fällig am 01.12.2026');
    expect(page).toContain(`Widget 1,5 ${de(333)} ${de(50)} ${de(86)} ${de(536)}`);
    expect(page).toContain('10 % VAT 19%');
    expect(page).toContain(`Einrichtung 1 ${de(5_000)} ${de(500)} – ${de(4_500)}`);
    expect(page).toContain(`Zwischensumme ${de(5_500)}`);
    expect(page).toContain(`Rabatt ${de(-550)}`);
    expect(page).toContain(`Steuer ${de(86)}`);
    expect(page).toContain(`Gesamtbetrag ${de(5_036)}`);
    expect(page).toContain(`Bezahlt ${de(-2_000)}`);
    expect(page).toContain(`Offener Betrag ${de(3_036)}`);
    expect(page).toContain(`${payment.number} 10.11.2026 ${de(2_000)}`);

    const document = await t.ctx.db.selectFrom('documents').select(['viewed_at']).where('id', '=', invoice.id).executeTakeFirstOrThrow();
    expect(document.viewed_at).toBeNull();
    const views = await t.ctx.db.selectFrom('document_views').select('id').where('document_id', '=', invoice.id).execute();
    expect(views).toEqual([]);
  });

  it('titles each kind, shows credits applied, and answers 404 for an id of another kind', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const estimate = await createDocument(staff, 'estimates', customerId, { expiryDate: '2026-12-31' });
    expect((await pdfPages(await staff.client.get(`/api/v1/estimates/${estimate.id}/pdf`), `${estimate.number}.pdf`))[0]).toContain('Gültig bis 31.12.2026');
    const retainer = await createDocument(staff, 'retainer-invoices', customerId);
    expect((await pdfPages(await staff.client.get(`/api/v1/retainer-invoices/${retainer.id}/pdf`), `${retainer.number}.pdf`))[0]).toContain('Vorschussrechnung');
    const credit = await createDocument(staff, 'credit-notes', customerId, { lines: [{ name: 'Gutschrift Rabatt', quantity: 1, rate_minor: 1_500 }] });
    const invoice = await createInvoice(staff, customerId);
    await insertTestCreditApplication(t.ctx.db, { creditNoteId: credit.id, invoiceId: invoice.id, amountMinor: 1_000, appliedOn: '2026-11-20' });
    const [creditPage] = await pdfPages(await staff.client.get(`/api/v1/credit-notes/${credit.id}/pdf`), `${credit.number}.pdf`);
    expect(creditPage).toContain('Gutschrift');
    expect(creditPage).toContain(`Verbleibendes Guthaben ${de(500)}`);
    const [invoicePage] = await pdfPages(await staff.client.get(`/api/v1/invoices/${invoice.id}/pdf`), `${invoice.number}.pdf`);
    expect(invoicePage).toContain(`Gutschriften ${de(-1_000)}`);
    expect(invoicePage).toContain(`${credit.number} 20.11.2026 ${de(1_000)}`);
    expect(invoicePage).toContain(`Offener Betrag ${de(9_000)}`);

    expect((await staff.client.get(`/api/v1/estimates/${invoice.id}/pdf`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/invoices/${estimate.id}/pdf`)).statusCode).toBe(404);
  });

  it('previews drafts for staff', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const draft = await createInvoice(staff, customerId, { draft: true });
    expect((await pdfPages(await staff.client.get(`/api/v1/invoices/${draft.id}/pdf`), `${draft.number}.pdf`))[0]).toContain('Entwurf');
  });

  it('serves a payment receipt with the invoices it paid', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const first = await createInvoice(staff, customerId, { issueDate: '2026-10-01', lines: [{ name: 'A', quantity: 1, rate_minor: 3_000 }] });
    const second = await createInvoice(staff, customerId, { issueDate: '2026-11-01', lines: [{ name: 'B', quantity: 1, rate_minor: 4_000 }] });
    const payment = await insertTestPayment(t.ctx.db, {
      organizationId: staff.organization.id,
      customerId,
      currency: 'EUR',
      method: 'cheque',
      paidOn: '2026-11-24',
      reference: 'SCHECK 77',
      allocations: [
        { documentId: first.id, amountMinor: 3_000 },
        { documentId: second.id, amountMinor: 1_000 },
      ],
    });
    const [page] = await pdfPages(await staff.client.get(`/api/v1/payments/${payment.id}/pdf`), `${payment.number}.pdf`);
    expect(page).toContain('Zahlungsbestätigung');
    expect(page).toContain('Zahlungsdatum 24.11.2026');
    expect(page).toContain('Zahlungsart Scheck');
    // The receipt is the payment's: a payments key reads it, a documents key does not.
    const keyOf = async (scope: string) => (await staff.client.post('/api/v1/api-keys', { name: `Receipts ${scope}`, scopes: [scope] })).json().key as string;
    const receiptWith = async (scope: string) => (await new TestClient(t.app, ip).request('GET', `/api/v1/payments/${payment.id}/pdf`, undefined, { authorization: `Bearer ${await keyOf(scope)}` })).statusCode;
    expect(await receiptWith('payments.read')).toBe(200);
    expect(await receiptWith('documents.read')).toBe(403);
    expect(page).toContain('Referenz SCHECK 77');
    expect(page).toContain(de(4_000));
    expect(page).toContain(`${first.number} 01.10.2026 ${de(3_000)} ${de(3_000)}`);
    expect(page).toContain(`${second.number} 01.11.2026 ${de(4_000)} ${de(1_000)}`);
  });

  it('answers 404 for another organization’s documents and payments, and 401 without a sign-in', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const invoice = await createInvoice(staff, customerId);
    const payment = await insertTestPayment(t.ctx.db, { organizationId: staff.organization.id, customerId, currency: 'EUR', paidOn: '2026-11-24', allocations: [{ documentId: invoice.id, amountMinor: 100 }] });
    const other = await signUpStaff(t.app);
    for (const url of [`/api/v1/invoices/${invoice.id}/pdf`, `/api/v1/payments/${payment.id}/pdf`, '/api/v1/invoices/nope/pdf']) {
      const refused = await other.client.get(url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json().error.code).toBe('NOT_FOUND');
      expect((await new TestClient(t.app, ip).get(url)).statusCode, url).toBe(401);
    }
  });

  it('serves PDFs to an API key with the documents.read scope', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const invoice = await createInvoice(staff, customerId);
    const { key } = (await staff.client.post('/api/v1/api-keys', { name: 'Archive', scopes: ['documents.read'] })).json();
    const response = await new TestClient(t.app, ip).request('GET', `/api/v1/invoices/${invoice.id}/pdf`, undefined, { authorization: `Bearer ${key}` });
    expect((await pdfPages(response, `${invoice.number}.pdf`))[0]).toContain(invoice.number);
    const { key: narrow } = (await staff.client.post('/api/v1/api-keys', { name: 'Settings only', scopes: ['settings.read'] })).json();
    expect((await new TestClient(t.app, ip).request('GET', `/api/v1/invoices/${invoice.id}/pdf`, undefined, { authorization: `Bearer ${narrow}` })).statusCode).toBe(403);
  });

  it('puts the organization’s logo and brand colour on the letterhead', async ({ t }) => {
    const own = await signUpStaff(t.app);
    const customer = await createCustomerWithContact(own);
    const logo = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const invoice = await createInvoice(own, customer.customerId);
    const before = await own.client.get(`/api/v1/invoices/${invoice.id}/pdf`);
    expect(before.rawPayload.toString('latin1')).not.toContain('/Subtype /Image');
    await t.ctx.db.updateTable('organizations').set({ logo_url: `data:image/png;base64,${logo}`, brand_color: '#0a7d45' }).where('id', '=', own.organization.id).execute();
    const after = await own.client.get(`/api/v1/invoices/${invoice.id}/pdf`);
    expect(after.rawPayload.toString('latin1')).toContain('/Subtype /Image');
    expect(await pdfColours(before.rawPayload)).not.toContain('#0a7d45');
    expect(await pdfColours(after.rawPayload)).toContain('#0a7d45');
    expect((await pdfPages(after, `${invoice.number}.pdf`))[0]).toContain(invoice.number);
  });

  it('gives other modules a document’s PDF by id', async ({ t, ip }) => {
    const { staff, customerId } = await germanSeller(t, ip);
    const invoice = await createInvoice(staff, customerId);
    const pdf = await documentPdfBuffer(t.ctx, staff.organization.id, invoice.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(documentPdfBuffer(t.ctx, 'another-organization', invoice.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
