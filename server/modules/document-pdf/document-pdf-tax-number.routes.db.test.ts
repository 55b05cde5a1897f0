import { expect } from 'vitest';
import { createDocument, createInvoice } from '../../test/billing-builders.ts';
import { createCustomerWithContact } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { pdfPages, setCustomerBilling } from '../../test/pdf-builders.ts';
import { createTestOrder } from '../../test/sales-order-builders.ts';

describeOnEachDialect("the customer's tax number on document PDFs", { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('prints it under the billing address of invoices, estimates, credit notes and sales orders, in the customer’s language', async ({ staff }) => {
    const customerId = (await createCustomerWithContact(staff, { language: 'de', name: 'Müller GmbH' })).customerId;
    await setCustomerBilling(staff, customerId, 'EUR', { street: 'Hauptstraße 5', postal_code: '10115', city: 'Berlin' });
    const invoice = await createInvoice(staff, customerId, { issueDate: '2026-11-01', lines: [{ name: 'Beratung', quantity: 1, rate_minor: 10_000 }] });
    const before = await pdfPages(await staff.client.get(`/api/v1/invoices/${invoice.id}/pdf`), `${invoice.number}.pdf`);
    expect(before[0]).not.toContain('USt-IdNr.');

    expect((await staff.client.patch(`/api/v1/customers/${customerId}`, { tax_number: 'DE123456789' })).statusCode).toBe(200);
    const estimate = await createDocument(staff, 'estimates', customerId, { expiryDate: '2026-12-31' });
    const credit = await createDocument(staff, 'credit-notes', customerId, { lines: [{ name: 'Gutschrift', quantity: 1, rate_minor: 1_500 }] });
    const order = await createTestOrder(staff, customerId, [{ name: 'Widget', quantity: 1, rate_minor: 1_000 }]);
    for (const [path, number] of [
      [`invoices/${invoice.id}`, invoice.number],
      [`estimates/${estimate.id}`, estimate.number],
      [`credit-notes/${credit.id}`, credit.number],
      [`sales-orders/${order.id}`, order.number],
    ] as const) {
      const [page] = await pdfPages(await staff.client.get(`/api/v1/${path}/pdf`), `${number}.pdf`);
      expect(page, path).toMatch(/Müller GmbH[\s\S]*Hauptstraße 5[\s\S]*10115 Berlin[\s\S]*USt-IdNr\.: DE123456789/);
    }
  });
});
