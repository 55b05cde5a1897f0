import type { EventMessage } from '../../../contract/messages/message-codes.ts';
import { renderMessage } from '../../../contract/messages/render.ts';
import type { Language } from '../../../contract/portal.ts';
import type { Db } from '../../db/database.ts';
import type { PresentedMessage } from '../activity/activity-message.ts';
import { presentPayments } from './portal-document.service.ts';
import { segmentOfKind } from './portal-document.ts';
import { countEstimatesAwaiting, findLastPayment, listRecentlySentDocuments, listRecentPayments, sumOpenBalances } from './portal-figures.repository.ts';
import { openBalanceFigures } from './portal-document.ts';
import type { DashboardFigures } from './portal-document.schemas.ts';

/** The dashboard's figures for one customer (docs/api-billing.md, `GET /dashboard`). */
export async function getDashboardFigures(db: Db, organizationId: string, customerId: string, today: string, customerName?: string): Promise<DashboardFigures> {
  const [balances, lastPayment, awaiting] = await Promise.all([
    sumOpenBalances(db, organizationId, customerId, today),
    findLastPayment(db, organizationId, customerId),
    countEstimatesAwaiting(db, organizationId, customerId, today),
  ]);
  const [payment] = lastPayment ? await presentPayments(db, [lastPayment], customerName === undefined ? undefined : new Map([[customerId, customerName]])) : [];
  return {
    ...openBalanceFigures(balances),
    last_payment: payment ?? null,
    estimates_awaiting: awaiting,
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
    listRecentlySentDocuments(db, organizationId, customerId, limit),
    listRecentPayments(db, organizationId, customerId, limit),
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
export async function addDocumentsToDashboard<T extends { recent_activity: DocumentActivity[]; customer: { display_name: string } }>(
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
    getDashboardFigures(db, organization.id, customerId, today, dashboard.customer.display_name),
    listDocumentActivity(db, organization.id, customerId, organization.name, limit, language),
  ]);
  const recent = [...dashboard.recent_activity, ...events]
    .sort((a, b) => (a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)))
    .slice(0, limit);
  return { ...dashboard, recent_activity: recent, figures };
}
