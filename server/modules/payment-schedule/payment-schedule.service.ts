/**
 * Payment schedules of invoices and retainer invoices: staff set a deposit and instalments, the portal and
 * the payment options read what is due now (docs/payments.md, "Payment schedules").
 */
import type { DocumentKind } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';
import type { AppContext } from '../../context.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { isoNow } from '../../lib/clock.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { findOrganizationDocument, type DocumentRow } from '../document/document-lookup.service.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { assertPermission, findOwnDocument } from '../portal-document/portal-document.service.ts';
import type { InstalmentResponse } from '../online-payment/online-payment.schemas.ts';
import { instalmentStates, planInstalments } from './payment-schedule.ts';
import * as repo from './payment-schedule.repository.ts';
import type { PutScheduleBody, ScheduleResponse } from './payment-schedule.schemas.ts';

export type ScheduledKind = Extract<DocumentKind, 'invoice' | 'retainer_invoice'>;
export type InstalmentState = InstalmentResponse;

/** Stored statuses whose schedule staff may still change: a draft, or a sent invoice not yet paid (overdue is computed, never stored). */
const editableStatuses = ['draft', 'sent', 'partially_paid'];

export interface DocumentSchedule {
  instalments: InstalmentState[];
  dueNowMinor: number;
  overdue: boolean;
}

const nouns: Record<ScheduledKind, string> = { invoice: 'Invoice', retainer_invoice: 'Retainer invoice' };

function sumOf(rows: readonly { amount_minor: number }[]): number {
  return rows.reduce((sum, row) => sum + Number(row.amount_minor), 0);
}

/** Each instalment's state, covered by total − balance the earliest first. */
function statesOf(rows: readonly repo.InstalmentRow[], document: { total_minor: number; balance_minor: number }, today: string) {
  const instalments = rows.map((row) => ({ id: row.id, kind: row.kind, position: row.position, amount_minor: Number(row.amount_minor), percent_basis_points: row.percent_basis_points, due_date: row.due_date }));
  return instalmentStates(instalments, document.total_minor - document.balance_minor, today, { balanceMinor: document.balance_minor });
}

/**
 * The schedules of these documents (one query), for the payment options. A document without a schedule,
 * or whose schedule no longer sums to its total (a draft edited after it was set), has no entry: the
 * whole balance is what it asks for.
 */
export async function schedulesOf(
  db: Db,
  organizationId: string,
  documents: { id: string; total_minor: number; balance_minor: number }[],
  today: string,
): Promise<Map<string, DocumentSchedule>> {
  const rows = await repo.listInstalments(
    db,
    organizationId,
    documents.map((document) => document.id),
  );
  const byDocument = new Map<string, repo.InstalmentRow[]>();
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
  const schedules = new Map<string, DocumentSchedule>();
  for (const document of documents) {
    const own = byDocument.get(document.id);
    if (!own || sumOf(own) !== document.total_minor) continue;
    const state = statesOf(own, document, today);
    schedules.set(document.id, {
      instalments: state.instalments.map(({ id, kind, position, amount_minor, due_date, paid_minor, remaining_minor, status }) => ({ id, kind, position, amount_minor, due_date, paid_minor, remaining_minor, status })),
      dueNowMinor: state.dueNowMinor,
      overdue: state.overdue,
    });
  }
  return schedules;
}

export interface OverdueInstalment {
  document_id: string;
  kind: ScheduledKind;
  number: string;
  due_date: string;
  remaining_minor: number;
  currency: string;
}

/** The customer's instalments past their due date and not fully covered, on open documents, earliest first. */
export async function overdueInstalmentsOfCustomer(db: Db, organizationId: string, customerId: string, today: string): Promise<OverdueInstalment[]> {
  const documents = await repo.listOpenScheduledDocuments(db, organizationId, customerId, today);
  const schedules = await schedulesOf(db, organizationId, documents, today);
  const overdue: OverdueInstalment[] = [];
  for (const document of documents) {
    for (const instalment of schedules.get(document.id)?.instalments ?? []) {
      if (instalment.status !== 'overdue') continue;
      overdue.push({ document_id: document.id, kind: document.kind, number: document.number, due_date: instalment.due_date, remaining_minor: instalment.remaining_minor, currency: document.currency });
    }
  }
  return overdue.sort((a, b) => a.due_date.localeCompare(b.due_date) || a.number.localeCompare(b.number));
}

async function presentSchedule(db: Db, document: DocumentRow, today: string): Promise<ScheduleResponse> {
  const rows = await repo.listInstalments(db, document.organization_id, [document.id]);
  const state = statesOf(rows, document, today);
  const matches = rows.length === 0 || sumOf(rows) === document.total_minor;
  return {
    document_id: document.id,
    currency: document.currency,
    total_minor: document.total_minor,
    balance_minor: document.balance_minor,
    instalments: state.instalments,
    due_now_minor: rows.length === 0 || !matches ? Math.max(0, document.balance_minor) : state.dueNowMinor,
    overdue: matches && state.overdue,
    matches_total: matches,
  };
}

async function findStaffDocument(db: Db, organizationId: string, kind: ScheduledKind, id: string): Promise<DocumentRow> {
  const document = await findOrganizationDocument(db, organizationId, kind, id);
  if (!document) throw notFound(nouns[kind]);
  return document;
}

function assertEditable(document: DocumentRow): void {
  if (!editableStatuses.includes(document.status)) {
    throw new AppError('STATE_CONFLICT', `The schedule of a ${document.status} ${nouns[document.kind as ScheduledKind].toLowerCase()} cannot be changed`, { status: document.status });
  }
}

export async function getSchedule(ctx: AppContext, organizationId: string, kind: ScheduledKind, id: string): Promise<ScheduleResponse> {
  const document = await findStaffDocument(ctx.db, organizationId, kind, id);
  return presentSchedule(ctx.db, document, await organizationToday(ctx, organizationId));
}

/** Replaces the document's schedule with these rows (checked and turned into amounts summing to its total). */
export async function replaceSchedule(ctx: AppContext, organizationId: string, kind: ScheduledKind, id: string, body: PutScheduleBody): Promise<ScheduleResponse> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const document = await findStaffDocument(trx, organizationId, kind, id);
      assertEditable(document);
      const plan = planInstalments(document.total_minor, body.instalments, { issueDate: document.issue_date });
      if (!plan.ok) throw new AppError('VALIDATION_FAILED', plan.issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '), plan.issues);
      const now = isoNow(ctx.clock);
      await repo.deleteInstalments(trx, organizationId, document.id);
      await repo.insertInstalments(
        trx,
        plan.instalments.map((row) => ({ id: newId(), organization_id: organizationId, document_id: document.id, ...row, created_at: now })),
      );
      return presentSchedule(trx, document, await organizationToday(ctx, organizationId, trx));
    });
  } catch (error) {
    if (repo.isDuplicatePosition(error)) throw new AppError('CONFLICT', 'The schedule was changed at the same moment; load it again and retry');
    throw error;
  }
}

/** Removes the document's schedule: the whole balance is due again. */
export async function removeSchedule(ctx: AppContext, organizationId: string, kind: ScheduledKind, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const document = await findStaffDocument(trx, organizationId, kind, id);
    assertEditable(document);
    await repo.deleteInstalments(trx, organizationId, document.id);
  });
}

/** The schedule of one of the signed-in contact's documents (another customer's: 404; without the role: 403). */
export async function getPortalSchedule(ctx: AppContext, contact: ContactPrincipal, kind: ScheduledKind, id: string): Promise<ScheduleResponse> {
  const document = await findOwnDocument(ctx.db, contact, kind, id);
  assertPermission(contact, 'view_documents');
  const schedule = await presentSchedule(ctx.db, document, await organizationToday(ctx, contact.organizationId));
  // A schedule that no longer sums to the total is not the customer's to see.
  return schedule.matches_total ? schedule : { ...schedule, instalments: [], overdue: false };
}

export async function listPortalOverdueInstalments(ctx: AppContext, contact: ContactPrincipal): Promise<OverdueInstalment[]> {
  assertPermission(contact, 'view_documents');
  if (!contact.customerId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return overdueInstalmentsOfCustomer(ctx.db, contact.organizationId, contact.customerId, await organizationToday(ctx, contact.organizationId));
}
