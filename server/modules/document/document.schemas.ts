import { z } from 'zod';
import { externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { documentKinds, documentStatuses } from './document.ts';

export const dateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-25').refine((value) => {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}, 'is not a real date');

const decimals = (places: number) => (value: number) => Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6;

export const lineInput = z
  .object({
    item_id: z.string().max(64).nullable().optional(),
    name: z.string().trim().min(1, 'is required').max(300),
    description: z.string().trim().max(2000).nullable().optional(),
    unit: z.string().trim().max(20).nullable().optional(),
    quantity: z.number().positive().max(1_000_000).refine(decimals(3), 'may have at most three decimals'),
    rate_minor: z.number().int().min(0).max(1_000_000_000_000),
    discount: z
      .discriminatedUnion('type', [
        z.object({ type: z.literal('percent'), percent: z.number().min(0).max(100).refine(decimals(2), 'may have at most two decimals') }).strict(),
        z.object({ type: z.literal('amount'), amount_minor: z.number().int().min(0) }).strict(),
      ])
      .nullable()
      .optional(),
    tax_id: z.string().max(64).nullable().optional(),
  })
  .strict();
export type LineInput = z.infer<typeof lineInput>;

export const createDocumentBody = z
  .object({
    customer_id: z.string().min(1).max(64),
    issue_date: dateField.optional(),
    due_date: dateField.nullable().optional(),
    expiry_date: dateField.nullable().optional(),
    reference: z.string().trim().max(100).nullable().optional(),
    notes: z.string().max(5000).nullable().optional(),
    terms: z.string().max(5000).nullable().optional(),
    lines: z.array(lineInput).min(1, 'add at least one line').max(1000),
    /** The organization's own key (an ERP's invoice id), unique within the organization and kind; docs/api.md "Sync by external id". */
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type CreateDocumentBody = z.infer<typeof createDocumentBody>;

/**
 * PUT /{kind}/by-external-id/{external_id} (docs/api.md "Sync by external id"): the document exactly as
 * the organization's own system holds it. The customer by `customer_id` or `customer_external_id`, each
 * line's item by `item_id` or `item_external_id`; `number` keeps the system's number (the series' next when
 * left out); `status: "sent"` issues it (to the portal; `email_customer: false` without Portico's mail).
 */
export const putDocumentBody = createDocumentBody
  .omit({ customer_id: true, external_id: true, lines: true })
  .extend({
    customer_id: z.string().min(1).max(64).optional(),
    customer_external_id: externalIdField.optional(),
    number: z.string().trim().min(1, 'is required').max(50).optional(),
    lines: z.array(lineInput.extend({ item_external_id: externalIdField.optional() }).strict()).min(1, 'add at least one line').max(1000),
    status: z.enum(['draft', 'sent']).default('draft'),
    email_customer: z.boolean().default(true),
  })
  .strict();
export type PutDocumentBody = z.infer<typeof putDocumentBody>;

/** `version`: the version the caller last saw (as If-Match); a stale one is refused with 409 STALE_VERSION. */
export const updateDocumentBody = createDocumentBody.omit({ customer_id: true }).partial().extend({ version: versionField.optional() }).strict();
export type UpdateDocumentBody = z.infer<typeof updateDocumentBody>;

export const documentSorts = ['issue_date', '-issue_date', 'due_date', '-due_date', 'total', '-total', 'number', '-number'] as const;

export const listDocumentsQuery = pagingQuery.extend({
  customer_id: z.string().max(64).optional(),
  status: z.enum(documentStatuses).optional(),
  search: z.string().trim().max(50).optional(),
  sort: z.enum(documentSorts).default('-issue_date'),
  /** Only documents changed at or after this instant, oldest change first (an incremental pull; `sort` is then ignored). */
  updated_since: updatedSinceField.optional(),
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;

export const lineResponse = z.object({
  id: z.string(),
  position: z.number().int(),
  item_id: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  unit: z.string().nullable(),
  quantity: z.number(),
  rate_minor: z.number().int(),
  discount_type: z.enum(['percent', 'amount']).nullable(),
  discount_percent: z.number().nullable(),
  discount_amount_minor: z.number().int().nullable(),
  tax_id: z.string().nullable(),
  tax_name: z.string().nullable(),
  tax_rate_percent: z.number(),
  gross_minor: z.number().int(),
  discount_minor: z.number().int(),
  tax_minor: z.number().int(),
  total_minor: z.number().int(),
});

export const documentSummaryResponse = z.object({
  id: z.string(),
  kind: z.enum(documentKinds as [string, ...string[]]),
  number: z.string(),
  status: z.enum(documentStatuses),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  currency: z.string(),
  issue_date: z.string(),
  due_date: z.string().nullable(),
  expiry_date: z.string().nullable(),
  reference: z.string().nullable(),
  external_id: z.string().nullable(),
  subtotal_minor: z.number().int(),
  discount_minor: z.number().int(),
  tax_minor: z.number().int(),
  total_minor: z.number().int(),
  paid_minor: z.number().int(),
  credited_minor: z.number().int(),
  balance_minor: z.number().int(),
  sent_at: z.string().nullable(),
  viewed_at: z.string().nullable(),
  viewed_by: z.object({ contact_person_id: z.string(), name: z.string() }).nullable(),
  accepted_at: z.string().nullable(),
  accepted_by_name: z.string().nullable(),
  declined_at: z.string().nullable(),
  decline_reason: z.string().nullable(),
  changes_requested_at: z.string().nullable(),
  voided_at: z.string().nullable(),
  /** Set when staff marked the estimate accepted or declined for the customer (staff_user_id null: an integration). */
  marked_by_staff: z.object({ staff_user_id: z.string().nullable(), name: z.string() }).nullable(),
  source_document_id: z.string().nullable(),
  converted_invoice_id: z.string().nullable(),
  open_dispute_count: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
  /** Bumped by every change; send it back (If-Match or `version`) so that a stale page cannot overwrite a newer one. */
  version: z.number().int(),
});
export type DocumentSummaryResponse = z.infer<typeof documentSummaryResponse>;

export const documentResponse = documentSummaryResponse.extend({
  notes: z.string().nullable(),
  terms: z.string().nullable(),
  lines: z.array(lineResponse),
});
export type DocumentResponse = z.infer<typeof documentResponse>;

export const markAcceptedBody = z.object({ name: z.string().trim().max(200).optional(), version: versionField.optional() }).strict();
export const markDeclinedBody = z.object({ reason: z.string().trim().max(2000).optional(), version: versionField.optional() }).strict();
