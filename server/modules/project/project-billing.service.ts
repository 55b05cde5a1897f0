import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { TimeEntryStatus } from '../../db/project-tables.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { createInvoiceFromLines } from '../document/invoice-from-lines.service.ts';
import { approvalIsOn, billingCandidates, entryIdsOfProject, markEntriesBilled, staffActor, unbillEntriesOfInvoice, type EntryActor } from '../time-entry/time-entry.service.ts';
import { MissingRateError, priceTime, type PricedTime, type PricingInput } from './project-billing.ts';
import * as repo from './project.repository.ts';
import type { BillProjectBody, BillProjectResponse, InvoicePreviewQuery, InvoicePreviewResponse } from './project.schemas.ts';
import { getProjectRow, type ProjectRow } from './project.service.ts';

const num = (value: number | null): number | null => (value === null ? null : Number(value));

interface Selection {
  groupBy: 'task' | 'entry';
  entryIds?: readonly string[] | undefined;
  upTo?: string | undefined;
}

/** What billing the project now would invoice: read from the database, priced by the one pure function. */
async function priceProject(db: Db, project: ProjectRow, selection: Selection): Promise<{ priced: PricedTime; approvalOn: boolean }> {
  const [tasks, staff, candidates, approvalOn] = await Promise.all([
    repo.listTasks(db, [project.id]),
    repo.listStaff(db, [project.id]),
    billingCandidates(db, project.id, { entryIds: selection.entryIds, upTo: selection.upTo }),
    approvalIsOn(db, project.organization_id),
  ]);
  const input: PricingInput = {
    project: { name: project.name, billing_method: project.billing_method, hourly_rate_minor: num(project.hourly_rate_minor), fixed_price_minor: num(project.fixed_price_minor), fixed_price_invoice_id: project.fixed_price_invoice_id },
    tasks: new Map(tasks.map((task) => [task.id, { name: task.name, hourly_rate_minor: num(task.hourly_rate_minor) }])),
    staff: new Map(staff.map((member) => [member.staff_user_id, { name: member.name, hourly_rate_minor: num(member.hourly_rate_minor) }])),
    entries: candidates.map((entry) => ({ ...entry, billable: entry.billable === 1 })),
    groupBy: selection.groupBy,
    approvalOn,
  };
  try {
    return { priced: priceTime(input), approvalOn };
  } catch (error) {
    if (error instanceof MissingRateError) {
      const field = error.kind === 'task' ? `tasks.${error.id}.hourly_rate_minor` : error.kind === 'staff' ? `staff.${error.id}.hourly_rate_minor` : 'hourly_rate_minor';
      throw new AppError('VALIDATION_FAILED', `${field}: ${error.message}; set one on the project`, [fieldIssue(field, 'required', `${error.message}; set one on the project`)]);
    }
    throw error;
  }
}

export async function previewProjectInvoice(ctx: AppContext, organizationId: string, projectId: string, query: InvoicePreviewQuery): Promise<InvoicePreviewResponse> {
  const project = await getProjectRow(ctx.db, organizationId, projectId);
  const { priced } = await priceProject(ctx.db, project, { groupBy: query.group_by, upTo: query.up_to });
  return { lines: priced.lines, total_minor: priced.total_minor, entry_count: priced.entry_ids.length, skipped: priced.skipped };
}

function nothingToBill(priced: PricedTime, message: string): AppError {
  return new AppError('NOTHING_TO_BILL', message, [fieldIssue('entry_ids', 'invalid_value', message, { skipped: priced.skipped })]);
}

function raced(): AppError {
  return new AppError('STATE_CONFLICT', 'Some of this time was billed or changed by another request meanwhile; reload the project and try again', { action: 'bill' });
}

/**
 * A draft invoice of the project's billable time for its customer, in its currency, and exactly the
 * entries it bills marked billed on it, in one transaction. The entries move to billed by one
 * conditional update from the statuses they were read in: when another request billed (or changed)
 * any of them first, fewer rows move and the whole transaction fails with 409, leaving no invoice, so
 * an entry is never billed twice. The fixed price is claimed the same way.
 */
export async function billProject(ctx: AppContext, staff: StaffPrincipal, projectId: string, body: BillProjectBody): Promise<BillProjectResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const project = await getProjectRow(trx, staff.organizationId, projectId);
    if (body.entry_ids) {
      const ids = [...new Set(body.entry_ids)];
      const known = await entryIdsOfProject(trx, project.id, ids);
      const index = body.entry_ids.findIndex((id) => !known.has(id));
      if (index >= 0) throw new AppError('NOT_FOUND', 'Time entry not found', [fieldIssue(`entry_ids.${index}`, 'unknown_reference', 'is not a time entry of this project')]);
    }
    const { priced, approvalOn } = await priceProject(trx, project, { groupBy: body.group_by, entryIds: body.entry_ids, upTo: body.up_to });
    const fixed = project.billing_method === 'fixed_price';
    if (priced.lines.length === 0) {
      throw nothingToBill(priced, fixed && project.fixed_price_invoice_id !== null ? 'The fixed price of this project is invoiced already' : 'None of this time can be billed now (billed already, not billable, or waiting for the customer’s approval)');
    }
    const now = isoNow(ctx.clock);
    const invoice = await createInvoiceFromLines(ctx, trx, {
      organizationId: staff.organizationId,
      customerId: project.customer_id,
      currency: project.currency,
      salesOrderId: null,
      staffUserId: staff.staffUserId,
      reference: project.code ?? project.name,
      notes: null,
      issueDate: body.issue_date,
      dueDate: body.due_date,
      lines: priced.lines.map((line) => ({
        item_id: null,
        name: line.name,
        description: line.description,
        unit: fixed ? null : 'h',
        quantity_milli: line.quantity_milli,
        rate_minor: line.rate_minor,
        discount_type: null,
        discount_value: 0,
        tax_id: null,
        tax_name: null,
        tax_rate_millipercent: 0,
      })),
    });
    if (Number(invoice.total_minor) !== priced.total_minor) throw new Error(`invoice total ${invoice.total_minor} differs from the priced ${priced.total_minor}`);
    if (fixed && !(await repo.claimFixedPrice(trx, project.id, invoice.id, now))) throw raced();
    const from: TimeEntryStatus[] = approvalOn ? ['approved'] : ['unbilled', 'approved'];
    const moved = await markEntriesBilled(trx, staff.organizationId, priced.entry_ids, from, invoice, await staffActor(trx, staff), now);
    if (moved !== priced.entry_ids.length) throw raced();
    return { invoice: { id: invoice.id, number: invoice.number, total_minor: Number(invoice.total_minor) }, billed_entry_ids: priced.entry_ids, skipped: priced.skipped };
  });
}

/**
 * A draft invoice is being deleted (in the caller's transaction): the time it billed is billable again
 * (approved entries stay approved, event `unbilled`), and a fixed price it invoiced may be invoiced again.
 */
export async function releaseBilledTime(ctx: AppContext, db: Db, invoice: { id: string; organization_id: string; number: string }, actor: EntryActor): Promise<void> {
  const now = isoNow(ctx.clock);
  await unbillEntriesOfInvoice(db, invoice, actor, now);
  await repo.releaseFixedPrice(db, invoice.id, now);
}
