/**
 * The document form (new and edit, every kind): what the fields hold, the schema that checks them
 * before sending (messages are translation keys), the body the API takes, and where the server's field
 * errors go. Lines stay as typed (line-state.ts); they become integers only in the body.
 */
import { z } from 'zod';
import { todayLocal, type KindConfig } from '../../lib/document-kinds.ts';
import type { PickedCustomer } from './CustomerPicker.tsx';
import { blankLine, lineFromDocument, toLineInputs } from './line-state.ts';
import type { BillingDocument, DocumentUpdate, NewDocumentBody } from './queries.ts';

const lineDraftSchema = z.object({
  key: z.string(),
  item_id: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  quantity: z.string(),
  rate: z.string(),
  discount_type: z.enum(['none', 'percent', 'amount']),
  discount: z.string(),
  tax_id: z.string(),
});

const customerSchema = z.object({ id: z.string(), display_name: z.string(), currency: z.string() });

export interface DocumentFormContext {
  /** A new document needs a customer; an edited one keeps its own. */
  editing: boolean;
  currency: string;
  locale: string;
}

/**
 * The form's schema: a customer for a new document, and lines that can all be read as numbers in the
 * document's currency (an edited document's own, else the picked customer's).
 */
export function documentFormSchema({ editing, locale, documentCurrency: fixed }: { editing: boolean; locale: string; documentCurrency: string | undefined }) {
  return z
    .object({
      customer: customerSchema.nullable(),
      issue_date: z.string().min(1, 'common.required'),
      due_date: z.string(),
      expiry_date: z.string(),
      reference: z.string().max(100),
      notes: z.string(),
      terms: z.string(),
      lines: z.array(lineDraftSchema).min(1),
    })
    .superRefine((values, context) => {
      if (!editing && !values.customer) context.addIssue({ code: 'custom', path: ['customer'], message: 'picker.required' });
      // Each line shows its own problems (LineEditor); this one stops the submit and says so.
      if (!toLineInputs(values.lines, fixed ?? values.customer?.currency ?? 'USD', locale)) context.addIssue({ code: 'custom', path: ['lines'], message: 'lines.errors.fix' });
    });
}

export type DocumentFormValues = z.infer<ReturnType<typeof documentFormSchema>>;

/** A new document: today's date, the customer from the link if any, one empty line. */
export function newDocumentValues(customer: PickedCustomer | undefined, locale: string): DocumentFormValues {
  return {
    customer: customer ? { id: customer.id, display_name: customer.display_name, currency: customer.currency } : null,
    issue_date: todayLocal(),
    due_date: '',
    expiry_date: '',
    reference: '',
    notes: '',
    terms: '',
    lines: [blankLine(locale)],
  };
}

/** A document being edited, as its fields show it. */
export function editDocumentValues(document: BillingDocument, locale: string): DocumentFormValues {
  return {
    customer: { id: document.customer.id, display_name: document.customer.display_name, currency: document.currency },
    issue_date: document.issue_date,
    due_date: document.due_date ?? '',
    expiry_date: document.expiry_date ?? '',
    reference: document.reference ?? '',
    notes: document.notes ?? '',
    terms: document.terms ?? '',
    lines: document.lines.map((line) => lineFromDocument(line, document.currency, locale)),
  };
}

/** The document's currency: its own once it exists, else the picked customer's. */
export function documentCurrency(document: BillingDocument | undefined, customer: PickedCustomer | null | undefined): string {
  return document?.currency ?? customer?.currency ?? 'USD';
}

export type DocumentRequest = { kind: 'create'; body: NewDocumentBody } | { kind: 'update'; body: DocumentUpdate };

/**
 * The API's body for the form (undefined while a line can't be read): blank texts are null; a new
 * invoice without a due date leaves it to the server (30 days), an edited one clears it; dates a kind
 * does not have are not sent.
 */
export function documentRequest(values: DocumentFormValues, config: Pick<KindConfig, 'hasDueDate' | 'hasExpiryDate'>, context: DocumentFormContext): DocumentRequest | undefined {
  const lines = toLineInputs(values.lines, context.currency, context.locale);
  if (!lines) return undefined;
  const fields = {
    issue_date: values.issue_date,
    reference: values.reference.trim() || null,
    notes: values.notes.trim() || null,
    terms: values.terms.trim() || null,
    lines,
    ...(config.hasDueDate && (values.due_date || context.editing) ? { due_date: values.due_date || null } : {}),
    ...(config.hasExpiryDate ? { expiry_date: values.expiry_date || null } : {}),
  };
  if (context.editing) return { kind: 'update', body: fields };
  if (!values.customer) return undefined;
  return { kind: 'create', body: { ...fields, customer_id: values.customer.id } };
}

/** The form's field for a field the server named: `customer_id` is the picker, money is the typed text. */
export function documentFieldName(field: string): string {
  if (field === 'customer_id') return 'customer';
  const line = /^lines\.(\d+)\.([a-z_]+)/.exec(field);
  if (line) {
    const name = line[2] === 'rate_minor' ? 'rate' : line[2] === 'discount' ? 'discount' : line[2];
    return `lines.${line[1]}.${name}`;
  }
  return field;
}
