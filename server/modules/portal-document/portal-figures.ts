import { sql, type ExpressionBuilder } from 'kysely';
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import type { Language } from '../../../contract/portal.ts';
import type { Database, Db } from '../../db/database.ts';
import type { PresentedMessage } from '../activity/activity-message.ts';
import { presentPayments } from './portal-document.service.ts';
import { openInvoiceStatuses, segmentOfKind } from './portal-document.ts';
import type { DashboardFigures } from './portal-document.schemas.ts';

type DocEb = ExpressionBuilder<Database, 'documents'>;

/** Open balances of one kind, per currency: the sum and how many documents make it up. */
async function totalsByCurrency(db: Db, organizationId: string, customerId: string, kind: DocumentKind, extra?: (eb: DocEb) => ReturnType<DocEb['and']>) {
  let query = db
    .selectFrom('documents')
    .select(['currency', sql<number>`cast(coalesce(sum(balance_minor), 0) as bigint)`.as('total_minor'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('organization_id', '=', organizationId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', kind)
    .where('balance_minor', '>', 0)
    .where('status', 'in', kind === 'credit_note' ? ['open'] : [...openInvoiceStatuses]);
  if (extra) query = query.where(extra);
  const rows = await query.groupBy('currency').orderBy('currency').execute();
  return rows.map((row) => ({ currency: row.currency, total_minor: Number(row.total_minor), count: Number(row.count) }));
}

/** The dashboard's figures for one customer (docs/api-billing.md, `GET /dashboard`). */
export async function getDashboardFigures(db: Db, organizationId: string, customerId: string, today: string): Promise<DashboardFigures> {
  const [outstanding, overdue, retainers, credits, lastPayment, awaiting] = await Promise.all([
    totalsByCurrency(db, organizationId, customerId, 'invoice'),
    totalsByCurrency(db, organizationId, customerId, 'invoice', (eb) => eb.and([eb('due_date', 'is not', null), eb('due_date', '<', today)])),
    totalsByCurrency(db, organizationId, customerId, 'retainer_invoice'),
    totalsByCurrency(db, organizationId, customerId, 'credit_note'),
    db
      .selectFrom('payments')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerId)
      .where('status', '!=', 'failed')
      .orderBy('paid_on', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerId)
      .where('kind', '=', 'estimate')
      .where('status', '=', 'sent')
      .where((eb) => eb.or([eb('expiry_date', 'is', null), eb('expiry_date', '>=', today)]))
      .executeTakeFirstOrThrow(),
  ]);
  const [payment] = lastPayment ? await presentPayments(db, [lastPayment]) : [];
  return {
    outstanding,
    overdue,
    retainers_outstanding: retainers,
    unused_credits: credits,
    last_payment: payment ?? null,
    estimates_awaiting: Number(awaiting.count),
  };
}

export interface DocumentActivity extends PresentedMessage {
  id: string;
  action: string;
  module: string;
  actor_name: string;
  created_at: string;
}

function presented(message: EventMessage, language: Language): PresentedMessage {
  return { message: renderMessage(language, message, 'customer'), message_code: message.code, message_params: message.params };
}

/** What the business did for this customer — documents sent, payments recorded — for the dashboard's recent activity, in the reader's language. */
export async function listDocumentActivity(
  db: Db,
  organizationId: string,
  customerId: string,
  businessName: string,
  limit: number,
  language: Language,
): Promise<DocumentActivity[]> {
  const [sent, payments] = await Promise.all([
    db
      .selectFrom('documents')
      .select(['id', 'kind', 'number', 'sent_at'])
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerId)
      .where('status', '!=', 'draft')
      .where('sent_at', 'is not', null)
      .orderBy('sent_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('payments')
      .select(['id', 'amount_minor', 'currency', 'created_at'])
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return [
    ...sent.map((doc) => ({
      id: doc.id,
      action: `${doc.kind}_sent`,
      module: segmentOfKind[doc.kind],
      actor_name: businessName,
      ...presented({ code: 'document.sent', params: { business: businessName, kind: doc.kind, number: doc.number } }, language),
      created_at: doc.sent_at ?? '',
    })),
    ...payments.map((payment) => ({
      id: payment.id,
      action: 'payment_recorded',
      module: 'payments',
      actor_name: businessName,
      ...presented({ code: 'payment.recorded', params: { business: businessName, amount: { amount_minor: Number(payment.amount_minor), currency: payment.currency } } }, language),
      created_at: payment.created_at,
    })),
  ];
}

/**
 * The dashboard's document part for a contact: the figures, and the business's document events merged
 * into the recent activity (newest first, `limit` in all). Without view_documents the contact sees
 * neither (figures null).
 */
export async function addDocumentsToDashboard<T extends { recent_activity: DocumentActivity[] }>(
  db: Db,
  organization: { id: string; name: string },
  contact: { permissions: readonly string[] },
  customerId: string,
  today: string,
  dashboard: T,
  limit: number,
  language: Language,
): Promise<T & { figures: DashboardFigures | null }> {
  if (!contact.permissions.includes('view_documents')) return { ...dashboard, figures: null };
  const [figures, events] = await Promise.all([
    getDashboardFigures(db, organization.id, customerId, today),
    listDocumentActivity(db, organization.id, customerId, organization.name, limit, language),
  ]);
  const recent = [...dashboard.recent_activity, ...events]
    .sort((a, b) => (a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)))
    .slice(0, limit);
  return { ...dashboard, recent_activity: recent, figures };
}
