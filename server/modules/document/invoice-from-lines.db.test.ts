import { expect } from 'vitest';
import { createBillingCustomer } from '../../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createInvoiceFromLines } from './invoice-from-lines.service.ts';

describeOnEachDialect('invoices from settled lines', (it) => {
  it('makes a numbered draft invoice of exactly the lines given, totalled as every document is', async ({ t, staff }) => {
    const customer = await createBillingCustomer(staff);
    const line = { item_id: null, description: null, unit: 'h', tax_id: null, tax_name: 'VAT', tax_rate_millipercent: 19_000 };
    const invoice = await t.ctx.db.transaction().execute((trx) =>
      createInvoiceFromLines(t.ctx, trx, {
        organizationId: staff.organization.id,
        customerId: customer.id,
        currency: 'EUR',
        salesOrderId: null,
        staffUserId: staff.user.id,
        reference: 'PO-1',
        notes: null,
        lines: [
          { ...line, name: 'Work', quantity_milli: 1_500, rate_minor: 333, discount_type: 'percent', discount_value: 1_000 },
          { ...line, name: 'Travel', quantity_milli: 1_000, rate_minor: 5_000, discount_type: 'amount', discount_value: 500 },
        ],
      }),
    );
    expect(invoice).toMatchObject({ kind: 'invoice', status: 'draft', number: 'INV-000001', reference: 'PO-1', subtotal_minor: 5_500, discount_minor: 550, balance_minor: invoice.total_minor });
    const read = (await staff.client.get(`/api/v1/invoices/${invoice.id}`)).json();
    expect(read.lines).toMatchObject([
      { name: 'Work', quantity: 1.5, gross_minor: 500, discount_minor: 50, tax_minor: 86, total_minor: 536 },
      { name: 'Travel', gross_minor: 5_000, discount_minor: 500, tax_minor: 855, total_minor: 5_355 },
    ]);
    expect(read.total_minor).toBe(536 + 5_355);
    const empty = t.ctx.db.transaction().execute((trx) =>
      createInvoiceFromLines(t.ctx, trx, { organizationId: staff.organization.id, customerId: customer.id, currency: 'EUR', salesOrderId: null, staffUserId: null, reference: null, notes: null, lines: [] }),
    );
    await expect(empty).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
