import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../documents/queries.ts';
import { allocateOldestFirst, sortOpenInvoices } from './open-invoices.ts';
import { oldestFirstValues } from './AllocationTable.tsx';
import { newPaymentValues, paymentFieldName, paymentFormSchema, paymentRequest, type PaymentFormValues } from './payment-form.ts';

function invoice(id: string, patch: Partial<DocumentSummary>): DocumentSummary {
  return {
    id,
    kind: 'invoice',
    number: `INV-${id}`,
    status: 'sent',
    customer: { id: 'cust-1', display_name: 'Acme' },
    currency: 'EUR',
    issue_date: '2026-10-01',
    due_date: '2026-10-31',
    expiry_date: null,
    reference: null,
    external_id: null,
    subtotal_minor: 10_000,
    discount_minor: 0,
    tax_minor: 0,
    total_minor: 10_000,
    paid_minor: 0,
    credited_minor: 0,
    balance_minor: 10_000,
    sent_at: null,
    viewed_at: null,
    viewed_by: null,
    accepted_at: null,
    accepted_by_name: null,
    declined_at: null,
    decline_reason: null,
    changes_requested_at: null,
    voided_at: null,
    marked_by_staff: null,
    source_document_id: null,
    converted_invoice_id: null,
    open_dispute_count: 0,
    created_at: '2026-10-01T10:00:00.000Z',
    updated_at: '2026-10-01T10:00:00.000Z',
    version: 1,
    ...patch,
  };
}

const older = invoice('a', { due_date: '2026-10-15', balance_minor: 3_000 });
const newer = invoice('b', { due_date: '2026-11-15', balance_minor: 10_000 });
const values = (patch: Partial<PaymentFormValues>): PaymentFormValues => ({ ...newPaymentValues(), customer: { id: 'cust-1', display_name: 'Acme', currency: 'EUR' }, ...patch });

describe('the record-payment form', () => {
  it('orders open invoices by due date and leaves out those already paid', () => {
    const paid = invoice('c', { due_date: '2026-09-01', balance_minor: 0 });
    expect(sortOpenInvoices([newer, paid, older]).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('spreads an amount oldest first, each invoice up to its balance', () => {
    expect([...allocateOldestFirst([older, newer], 5_000)]).toEqual([
      ['a', 3_000],
      ['b', 2_000],
    ]);
    expect(oldestFirstValues([older, newer], 2_000, 'EUR', 'de')).toEqual({ a: '20,00' });
  });

  it('sends the amount and the amounts applied as integers, texts trimmed', () => {
    const body = paymentRequest(values({ amount: '50,00', method: 'cheque', paid_on: '2026-11-03', reference: ' CHQ-1 ', notes: '', amounts: { a: '30,00', b: '20' } }), { locale: 'de', openInvoices: [older, newer] });
    expect(body).toEqual({
      customer_id: 'cust-1',
      amount_minor: 5_000,
      currency: 'EUR',
      method: 'cheque',
      paid_on: '2026-11-03',
      reference: 'CHQ-1',
      notes: null,
      allocations: [
        { document_id: 'a', amount_minor: 3_000 },
        { document_id: 'b', amount_minor: 2_000 },
      ],
    });
  });

  it('sends nothing when the amounts applied don’t add up, exceed a balance or the amount is zero', () => {
    const context = { locale: 'en', openInvoices: [older, newer] };
    expect(paymentRequest(values({ amount: '50', amounts: { a: '30' } }), context)).toBeUndefined();
    expect(paymentRequest(values({ amount: '50', amounts: { a: '50' } }), context)).toBeUndefined();
    expect(paymentRequest(values({ amount: '0', amounts: {} }), context)).toBeUndefined();
    const schema = paymentFormSchema(context);
    expect(schema.safeParse(values({ amount: '50', amounts: { a: '30' } })).error?.issues.map((i) => i.path.join('.'))).toEqual(['amounts']);
    expect(schema.safeParse(values({ customer: null })).error?.issues.map((i) => i.message)).toEqual(['picker.required']);
  });

  it('puts the server’s field errors on the fields that hold them', () => {
    expect(paymentFieldName('customer_id')).toBe('customer');
    expect(paymentFieldName('amount_minor')).toBe('amount');
    expect(paymentFieldName('allocations.0.amount_minor')).toBe('amounts');
    expect(paymentFieldName('paid_on')).toBe('paid_on');
  });
});
