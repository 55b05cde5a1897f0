import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { disputeResponse } from '../dispute/dispute.schemas.ts';
import { documentResponse } from '../document/document.schemas.ts';
import { documentFilters, documentSorts, paymentSorts } from './portal-document.ts';

const money = z.number().int();

/** The portal's detail: the document with what was paid and credited against it, and its disputes. */
export const documentDetailResponse = documentResponse.extend({
  /** `amount_minor` is what the payment paid on this document; `refunded_minor` what refunds gave back of it. */
  payments: z.array(z.object({ id: z.string(), number: z.string(), paid_on: z.string(), amount_minor: money, refunded_minor: money })),
  credits: z.array(z.object({ id: z.string(), number: z.string(), applied_on: z.string(), amount_minor: money })),
  /** Credit notes: the invoices this credit was applied to. */
  applications: z.array(z.object({ id: z.string(), number: z.string(), applied_on: z.string(), amount_minor: money })),
  disputes: z.array(disputeResponse),
});
export type DocumentDetail = z.infer<typeof documentDetailResponse>;

export const paymentResponse = z.object({
  id: z.string(),
  number: z.string(),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  currency: z.string(),
  amount_minor: money,
  method: z.string(),
  status: z.string(),
  paid_on: z.string(),
  reference: z.string().nullable(),
  allocations: z.array(z.object({ document_id: z.string(), kind: z.enum(['invoice', 'retainer_invoice']), number: z.string(), amount_minor: money })),
  /** What succeeded refunds gave back, and what is left of the payment. */
  refunded_minor: money,
  left_minor: money,
  /** Refunds done or under way, oldest first (`completed_at` once done). */
  refunds: z.array(
    z.object({ id: z.string(), amount_minor: money, status: z.enum(['pending', 'succeeded']), reason: z.string().nullable(), created_at: z.string(), completed_at: z.string().nullable() }),
  ),
  created_at: z.string(),
});
export type PaymentResponse = z.infer<typeof paymentResponse>;

const search = z.string().trim().max(100).optional();

export function listDocumentsQuery<F extends readonly [string, ...string[]]>(filters: F) {
  return pagingQuery.extend({
    filter: z.enum(filters).default(filters[0]),
    search,
    sort: z.enum(documentSorts).default('-issue_date'),
  });
}
/**
 * `plan_id`: only invoices issued for a subscription of this customer now on that plan (an unknown plan
 * gives an empty list, never an error, so nothing tells whether the plan exists).
 */
export const invoiceListQuery = listDocumentsQuery(documentFilters.invoice).extend({ plan_id: z.string().trim().min(1).max(64).optional() });
/** The plans the customer has subscriptions on (any status), for the invoices list's plan filter. */
export const invoicePlansResponse = z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })) });
export type InvoicePlans = z.infer<typeof invoicePlansResponse>;
export const retainerListQuery = listDocumentsQuery(documentFilters.retainer_invoice);
export const estimateListQuery = listDocumentsQuery(documentFilters.estimate);
export const creditNoteListQuery = listDocumentsQuery(documentFilters.credit_note);
export const paymentListQuery = pagingQuery.extend({ search, sort: z.enum(paymentSorts).default('-paid_on') });

/** `version`: the version of the estimate the contact saw; the portal always sends it. */
export const acceptEstimateBody = z.object({ name: z.string().trim().max(200).optional(), version: versionField.optional() }).strict();
export const declineEstimateBody = z.object({ reason: z.string().trim().min(1, 'is required').max(2000), version: versionField.optional() }).strict();
export const requestChangesBody = z.object({ message: z.string().trim().min(1, 'is required').max(5000), version: versionField.optional() }).strict();
export const newDisputeBody = z.object({ reason: z.string().trim().min(1, 'is required').max(2000), line_id: z.string().min(1).max(64).optional() }).strict();

const currencyTotal = z.object({ currency: z.string(), total_minor: money, count: z.number().int() });
export const dashboardFigures = z.object({
  outstanding: z.array(currencyTotal),
  overdue: z.array(currencyTotal),
  retainers_outstanding: z.array(currencyTotal),
  unused_credits: z.array(currencyTotal),
  last_payment: paymentResponse.nullable(),
  estimates_awaiting: z.number().int(),
});
export type DashboardFigures = z.infer<typeof dashboardFigures>;
