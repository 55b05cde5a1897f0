import { describe, expect, it } from 'vitest';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { documentFieldName, documentFormSchema, documentRequest, editDocumentValues, newDocumentValues, type DocumentFormValues } from './document-form.ts';
import { blankLine } from './line-state.ts';
import type { BillingDocument } from './queries.ts';

const acme = { id: 'cust-1', display_name: 'Acme', currency: 'EUR' };
const newContext = { editing: false, currency: 'EUR', locale: 'de' };

function filled(patch: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return {
    ...newDocumentValues(acme, 'de'),
    issue_date: '2026-11-02',
    lines: [{ ...blankLine('de'), name: ' Beratung ', quantity: '1,5', rate: '120,00', tax_id: 'tax-1' }],
    ...patch,
  };
}

const stored: BillingDocument = {
  id: 'inv-1',
  kind: 'invoice',
  number: 'INV-000007',
  status: 'draft',
  customer: { id: 'cust-1', display_name: 'Acme' },
  currency: 'EUR',
  issue_date: '2026-11-01',
  due_date: '2026-12-01',
  expiry_date: null,
  reference: 'PO-9',
  external_id: null,
  subtotal_minor: 20_000,
  discount_minor: 0,
  tax_minor: 0,
  total_minor: 20_000,
  paid_minor: 0,
  credited_minor: 0,
  balance_minor: 20_000,
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
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
  version: 3,
  notes: null,
  terms: 'Net 30',
  lines: [
    {
      id: 'line-1',
      position: 1,
      item_id: null,
      name: 'Support plan',
      description: null,
      unit: null,
      quantity: 1,
      rate_minor: 20_000,
      discount_type: null,
      discount_percent: null,
      discount_amount_minor: null,
      tax_id: null,
      tax_name: null,
      tax_rate_percent: 0,
      gross_minor: 20_000,
      discount_minor: 0,
      tax_minor: 0,
      total_minor: 20_000,
    },
  ],
};

describe('the document form', () => {
  it('sends a new invoice with its customer, trimmed texts as null and the lines as integers', () => {
    const request = documentRequest(filled({ reference: '  ', notes: ' Danke ' }), kindConfigs.invoice, newContext);
    expect(request).toEqual({
      kind: 'create',
      body: {
        customer_id: 'cust-1',
        issue_date: '2026-11-02',
        reference: null,
        notes: 'Danke',
        terms: null,
        lines: [{ item_id: null, name: 'Beratung', description: null, unit: null, quantity: 1.5, rate_minor: 12_000, discount: null, tax_id: 'tax-1' }],
      },
    });
  });

  it('leaves a new invoice’s empty due date to the server but sends one that was typed', () => {
    expect(documentRequest(filled(), kindConfigs.invoice, newContext)?.body).not.toHaveProperty('due_date');
    expect(documentRequest(filled({ due_date: '2026-12-24' }), kindConfigs.invoice, newContext)?.body).toMatchObject({ due_date: '2026-12-24' });
  });

  it('sends the expiry date of an estimate and no due date at all', () => {
    const body = documentRequest(filled({ due_date: '2026-12-24', expiry_date: '' }), kindConfigs.estimate, newContext)?.body;
    expect(body).toMatchObject({ expiry_date: null });
    expect(body).not.toHaveProperty('due_date');
  });

  it('fills an edited document’s fields from it and sends the changes without a customer', () => {
    const values = editDocumentValues(stored, 'en');
    expect(values).toMatchObject({ issue_date: '2026-11-01', due_date: '2026-12-01', reference: 'PO-9', notes: '', terms: 'Net 30' });
    expect(values.lines.map((line) => [line.name, line.quantity, line.rate])).toEqual([['Support plan', '1', '200.00']]);
    const request = documentRequest({ ...values, due_date: '' }, kindConfigs.invoice, { editing: true, currency: 'EUR', locale: 'en' });
    expect(request?.kind).toBe('update');
    expect(request?.body).not.toHaveProperty('customer_id');
    // Clearing the due date of an edited invoice is a change: it is sent as null.
    expect(request?.body).toMatchObject({ due_date: null, reference: 'PO-9', terms: 'Net 30', lines: [{ name: 'Support plan', quantity: 1, rate_minor: 20_000 }] });
  });

  it('sends nothing while a line can’t be read', () => {
    expect(documentRequest(filled({ lines: [{ ...blankLine('en'), name: 'Travel', rate: 'ten' }] }), kindConfigs.invoice, newContext)).toBeUndefined();
  });

  it('asks for a customer on a new document and for readable lines, in the document’s currency', () => {
    const schema = documentFormSchema({ editing: false, locale: 'en', documentCurrency: undefined });
    const noCustomer = schema.safeParse(filled({ customer: null }));
    expect(noCustomer.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(['customer', 'picker.required']);
    // Two decimals are fine in euros; yen have none.
    const euros = { ...filled(), lines: [{ ...blankLine('en'), name: 'Fee', rate: '10.50' }] };
    expect(schema.safeParse(euros).success).toBe(true);
    const yen = schema.safeParse({ ...euros, customer: { ...acme, currency: 'JPY' } });
    expect(yen.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['lines', 'lines.errors.fix']]);
    expect(documentFormSchema({ editing: true, locale: 'en', documentCurrency: 'EUR' }).safeParse({ ...euros, customer: null }).success).toBe(true);
  });

  it('puts the server’s field errors on the fields that hold them', () => {
    expect(documentFieldName('customer_id')).toBe('customer');
    expect(documentFieldName('lines.2.rate_minor')).toBe('lines.2.rate');
    expect(documentFieldName('lines.0.discount.percent')).toBe('lines.0.discount');
    expect(documentFieldName('lines.1.tax_id')).toBe('lines.1.tax_id');
    expect(documentFieldName('issue_date')).toBe('issue_date');
  });
});
