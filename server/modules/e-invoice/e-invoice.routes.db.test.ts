import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { checkEn16931 } from '../../einvoice/en16931-rules.ts';
import { validateCii, validateUbl } from '../../einvoice/xsd-validation.ts';
import { createDocument, createInvoice, createTax } from '../../test/billing-builders.ts';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { insertTestPayment, setCustomerBilling } from '../../test/pdf-builders.ts';
import { acceptedContact, newBrowser, portalApi, type SignedInContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';

/** A German seller with its VAT id and Peppol address, and a signed-in contact of a French customer. */
async function seller(t: TestApp, ip: string): Promise<{ staff: SignedUpStaff; contact: SignedInContact; vat: string }> {
  const staff = await signUpStaff(t.app, 'Nordlicht Handel', ip);
  const settings = await staff.client.patch('/api/v1/portal/settings', {
    contact_address: 'Hafenstraße 3\n20457 Hamburg',
    tax_number: 'DE811907980',
    country_code: 'de',
    peppol_endpoint_id: '4000001000005',
    peppol_endpoint_scheme: '0088',
  });
  expect(settings.statusCode, settings.body).toBe(200);
  expect(settings.json()).toMatchObject({ tax_number: 'DE811907980', country_code: 'DE', peppol_endpoint_scheme: '0088' });
  const contact = await acceptedContact(t, staff, { language: 'fr', name: 'Acme & Fils SARL' });
  await setCustomerBilling(staff, contact.customerId, 'EUR', { street: '5 rue de la Paix', postal_code: '75002', city: 'Paris', country: 'France' });
  const customer = await staff.client.patch(`/api/v1/customers/${contact.customerId}`, { tax_number: 'FR40303265045', peppol_endpoint_id: '30326504500011', peppol_endpoint_scheme: '0009' });
  expect(customer.statusCode, customer.body).toBe(200);
  expect(customer.json()).toMatchObject({ peppol_endpoint_id: '30326504500011', peppol_endpoint_scheme: '0009' });
  const vat = await createTax(staff, 19);
  return { staff, contact, vat };
}

function embeddedXml(pdf: Buffer): string {
  const latin = pdf.toString('latin1');
  const at = latin.indexOf('/Type /EmbeddedFile');
  const start = latin.indexOf('stream\n', at) + 'stream\n'.length;
  const raw = pdf.subarray(start, latin.indexOf('\nendstream', start));
  return (latin.slice(at, start).includes('/FlateDecode') ? inflateSync(raw) : raw).toString('utf8');
}

describeOnEachDialect('e-invoice downloads', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('gives staff a demo-like invoice as UBL that validates against the XSD with the invoice’s totals to the minor unit', async ({ t, ip }) => {
    const { staff, contact, vat } = await seller(t, ip);
    const invoice = await createInvoice(staff, contact.customerId, {
      issueDate: '2026-11-01',
      dueDate: '2026-12-01',
      lines: [
        { name: 'Beratung', quantity: 12.5, rate_minor: 9_500, tax_id: vat, discount: { type: 'percent', percent: 10 } },
        { name: 'Lizenz', quantity: 3, rate_minor: 4_999, tax_id: vat, discount: { type: 'amount', amount_minor: 500 } },
        { name: 'Versand', quantity: 1, rate_minor: 1_250 },
      ],
    });
    await insertTestPayment(t.ctx.db, { organizationId: staff.organization.id, customerId: contact.customerId, currency: 'EUR', paidOn: '2026-11-10', allocations: [{ documentId: invoice.id, amountMinor: 20_000 }] });
    const stored = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
    const response = await staff.client.get(`/api/v1/invoices/${invoice.id}/e-invoice?format=ubl`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${invoice.number}.xml"`);
    const xml = response.body;
    expect(await validateUbl(xml)).toEqual({ valid: true, errors: [] });
    const { violations, figures } = checkEn16931(xml);
    expect(violations).toEqual([]);
    expect(figures).toEqual({
      currency: 'EUR',
      lineExtension: BigInt(stored.subtotal_minor - stored.discount_minor),
      taxExclusive: BigInt(stored.subtotal_minor - stored.discount_minor),
      tax: BigInt(stored.tax_minor),
      taxInclusive: BigInt(stored.total_minor),
      prepaid: BigInt(stored.total_minor - stored.balance_minor),
      payable: BigInt(stored.balance_minor),
    });
    expect(stored.balance_minor).toBe(stored.total_minor - 20_000);
    expect(xml).toContain('<cbc:CompanyID>DE811907980</cbc:CompanyID>');
    expect(xml).toContain('<cbc:CompanyID>FR40303265045</cbc:CompanyID>');
    expect(xml).toContain('<cbc:EndpointID schemeID="0009">30326504500011</cbc:EndpointID>');
    expect(xml).toContain('<cbc:StreetName>Hafenstraße 3</cbc:StreetName>');
    expect(xml).toContain('<cbc:Name>Acme &amp; Fils SARL</cbc:Name>');
    expect(xml).toContain('<cbc:DueDate>2026-12-01</cbc:DueDate>');
    // UBL is the default format.
    expect((await staff.client.get(`/api/v1/invoices/${invoice.id}/e-invoice`)).body).toBe(xml);
  });

  it('gives staff and the portal a Factur-X PDF whose embedded XML is valid CII', async ({ t, ip }) => {
    const { staff, contact, vat } = await seller(t, ip);
    const invoice = await createInvoice(staff, contact.customerId, { lines: [{ name: 'Service', quantity: 2, rate_minor: 10_000, tax_id: vat }] });
    for (const [client, url] of [
      [staff.client, `/api/v1/invoices/${invoice.id}/e-invoice?format=facturx`],
      [contact.client, `${contact.api}/invoices/${invoice.id}/e-invoice?format=facturx`],
    ] as const) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${invoice.number}-factur-x.pdf"`);
      const pdf = response.rawPayload;
      expect(pdf.toString('latin1')).toContain('/AFRelationship /Alternative');
      const xml = embeddedXml(pdf);
      expect(await validateCii(xml)).toEqual({ valid: true, errors: [] });
      expect(xml).toContain('<ram:GrandTotalAmount>238.00</ram:GrandTotalAmount>');
    }
  });

  it('serves credit notes, to the portal’s contact its own documents only, and never drafts', async ({ t, ip }) => {
    const { staff, contact } = await seller(t, ip);
    const credit = await createDocument(staff, 'credit-notes', contact.customerId);
    const own = await contact.client.get(`${contact.api}/credit-notes/${credit.id}/e-invoice?format=ubl`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.headers['content-disposition']).toBe(`attachment; filename="${credit.number}.xml"`);
    expect(await validateUbl(own.body)).toEqual({ valid: true, errors: [] });
    expect(own.body).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect((await staff.client.get(`/api/v1/credit-notes/${credit.id}/e-invoice?format=ubl`)).statusCode).toBe(200);

    const neighbour = await acceptedContact(t, staff);
    const theirs = await createInvoice(staff, neighbour.customerId);
    const draft = await createInvoice(staff, contact.customerId, { draft: true });
    const foreignStaff = await signUpStaff(t.app, 'Elsewhere', ip);
    const foreigner = await acceptedContact(t, foreignStaff);
    const foreign = await createInvoice(foreignStaff, foreigner.customerId);
    const estimate = await createDocument(staff, 'estimates', contact.customerId);
    for (const url of [`/invoices/${theirs.id}`, `/invoices/${draft.id}`, `/invoices/${foreign.id}`, `/invoices/${credit.id}`, `/credit-notes/${estimate.id}`]) {
      const response = await contact.client.get(`${contact.api}${url}/e-invoice?format=ubl`);
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await neighbour.client.get(`${neighbour.api}/invoices/${theirs.id}/e-invoice`)).statusCode).toBe(200);
    // Staff see their organization's drafts as the PDF route does, never another organization's documents.
    expect((await staff.client.get(`/api/v1/invoices/${draft.id}/e-invoice`)).statusCode).toBe(200);
    expect((await staff.client.get(`/api/v1/invoices/${foreign.id}/e-invoice`)).statusCode).toBe(404);
    expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/e-invoice`)).statusCode).toBe(404);
  });

  it('answers 400 naming the format, 401 without a session, and 403 without the scope or permission', async ({ t, ip }) => {
    const { staff, contact } = await seller(t, ip);
    const invoice = await createInvoice(staff, contact.customerId);
    const bad = await staff.client.get(`/api/v1/invoices/${invoice.id}/e-invoice?format=pdf`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('format');
    expect((await new TestClient(t.app, ip).get(`/api/v1/invoices/${invoice.id}/e-invoice`)).statusCode).toBe(401);
    expect((await newBrowser(t).get(`${portalApi(staff)}/invoices/${invoice.id}/e-invoice`)).statusCode).toBe(401);
    const { key } = (await staff.client.post('/api/v1/api-keys', { name: 'Archive', scopes: ['documents.read'] })).json();
    const withScope = await new TestClient(t.app, ip).request('GET', `/api/v1/invoices/${invoice.id}/e-invoice?format=ubl`, undefined, { authorization: `Bearer ${key}` });
    expect(withScope.statusCode).toBe(200);
    const { key: narrow } = (await staff.client.post('/api/v1/api-keys', { name: 'Settings only', scopes: ['settings.read'] })).json();
    const refused = await new TestClient(t.app, ip).request('GET', `/api/v1/invoices/${invoice.id}/e-invoice?format=ubl`, undefined, { authorization: `Bearer ${narrow}` });
    expect(refused.statusCode).toBe(403);
    await staff.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['pay'] });
    expect((await contact.client.get(`${contact.api}/invoices/${invoice.id}/e-invoice`)).statusCode).toBe(403);
  });

  it('refuses a country that is no ISO code and a Peppol scheme that is no ICD, naming the field', async ({ t, ip }) => {
    const staff = await signUpStaff(t.app, 'Checks', ip);
    const country = await staff.client.patch('/api/v1/portal/settings', { country_code: 'Germany' });
    expect(country.statusCode).toBe(400);
    expect(country.body).toContain('country_code');
    const scheme = await staff.client.patch('/api/v1/portal/settings', { peppol_endpoint_scheme: 'GLN' });
    expect(scheme.statusCode).toBe(400);
    expect(scheme.body).toContain('peppol_endpoint_scheme');
    const tax = await staff.client.post('/api/v1/taxes', { name: 'Reverse charge', rate_percent: 0, vat_category: 'AE', exemption_reason: 'Reverse charge, Art. 196' });
    expect(tax.statusCode).toBe(201);
    expect(tax.json()).toMatchObject({ vat_category: 'AE', exemption_reason: 'Reverse charge, Art. 196' });
    expect((await staff.client.post('/api/v1/taxes', { name: 'Bogus', rate_percent: 0, vat_category: 'X' })).statusCode).toBe(400);
  });
});
