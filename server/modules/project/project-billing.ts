/**
 * Pricing unbilled time, the one computation behind the bill-time preview and the invoice it creates
 * (docs/projects.md). Pure: it is handed the project, its tasks' and staff's rates and the candidate
 * entries, and answers the invoice lines, which entries they bill and which were skipped.
 *
 * - Which entries: only billable ones (the entry and its task). With approval on, only `approved`
 *   entries; with it off, `unbilled` and `approved`. `awaiting_approval` and `queried` entries are
 *   always skipped (and counted); `billed` ones are never candidates.
 * - Rates per hour: project_hours → the project's; task_hours → the task's, else the project's;
 *   staff_hours → the staff member's on the project, else the project's. fixed_price → one line of the
 *   fixed price, once: the eligible entries are billed on it at no further charge.
 * - Quantities are hours in thousandths, `round(minutes × 1000 / 60)`, per line (grouped minutes are
 *   summed first), and the amount is what the document engine computes for that quantity and rate, so
 *   the preview and the invoice agree to the minor unit.
 */
import { computeLineAmounts } from '../../../contract/document-totals.ts';
import type { ProjectBillingMethod, TimeEntryStatus } from '../../db/project-tables.ts';

export type BillingGroup = 'task' | 'entry';

export interface PricingProject {
  name: string;
  billing_method: ProjectBillingMethod;
  hourly_rate_minor: number | null;
  fixed_price_minor: number | null;
  /** Set once the fixed price was invoiced: it is not billed again. */
  fixed_price_invoice_id: string | null;
}

export interface PricingEntry {
  id: string;
  task_id: string;
  staff_user_id: string;
  work_date: string;
  duration_minutes: number;
  notes: string | null;
  status: TimeEntryStatus;
  /** entry.billable and task.billable. */
  billable: boolean;
}

export interface PricingTask {
  name: string;
  hourly_rate_minor: number | null;
}

export interface PricingStaff {
  name: string;
  hourly_rate_minor: number | null;
}

export interface PricingInput {
  project: PricingProject;
  tasks: ReadonlyMap<string, PricingTask>;
  staff: ReadonlyMap<string, PricingStaff>;
  entries: readonly PricingEntry[];
  groupBy: BillingGroup;
  approvalOn: boolean;
}

export interface PricedLine {
  name: string;
  description: string | null;
  quantity_milli: number;
  rate_minor: number;
  amount_minor: number;
  entry_ids: string[];
}

export interface PricedTime {
  lines: PricedLine[];
  total_minor: number;
  /** The entries the lines bill (for fixed price: every eligible entry, billed on the one line). */
  entry_ids: string[];
  skipped: { awaiting_approval: number; queried: number };
}

/** An entry the method needs a rate for has none (no task / staff rate and no project rate). */
export class MissingRateError extends Error {
  constructor(
    readonly kind: 'project' | 'task' | 'staff',
    readonly id: string | null,
    readonly what: string,
  ) {
    super(`No hourly rate for ${what}`);
    this.name = 'MissingRateError';
  }
}

/** Hours in thousandths for whole minutes, rounded (minutes × 50 / 3 never ends in exactly .5). */
export function minutesToQuantityMilli(minutes: number): number {
  return Math.round((minutes * 1000) / 60);
}

/** What the document engine makes of a line without discount or tax. */
export function lineAmount(quantityMilli: number, rateMinor: number): number {
  return computeLineAmounts({ quantity_milli: quantityMilli, rate_minor: rateMinor, discount_type: null, discount_value: 0, tax_rate_millipercent: 0 }).total_minor;
}

/** Whether the entry is billed now, given the approval setting. */
export function isBillableNow(entry: Pick<PricingEntry, 'status' | 'billable'>, approvalOn: boolean): boolean {
  if (!entry.billable) return false;
  return approvalOn ? entry.status === 'approved' : entry.status === 'unbilled' || entry.status === 'approved';
}

/** The hourly rate of one entry under the project's billing method. */
export function entryRate(input: Pick<PricingInput, 'project' | 'tasks' | 'staff'>, entry: Pick<PricingEntry, 'task_id' | 'staff_user_id'>): number {
  const { project } = input;
  const fallback = project.hourly_rate_minor;
  if (project.billing_method === 'task_hours') {
    const task = input.tasks.get(entry.task_id);
    const rate = task?.hourly_rate_minor ?? fallback;
    if (rate === null) throw new MissingRateError('task', entry.task_id, `task ${task?.name ?? entry.task_id}`);
    return rate;
  }
  if (project.billing_method === 'staff_hours') {
    const member = input.staff.get(entry.staff_user_id);
    const rate = member?.hourly_rate_minor ?? fallback;
    if (rate === null) throw new MissingRateError('staff', entry.staff_user_id, `staff member ${member?.name ?? entry.staff_user_id}`);
    return rate;
  }
  if (fallback === null) throw new MissingRateError('project', null, `project ${project.name}`);
  return fallback;
}

function compareEntries(a: PricingEntry, b: PricingEntry): number {
  return a.work_date < b.work_date ? -1 : a.work_date > b.work_date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function period(entries: readonly PricingEntry[]): string {
  const first = entries[0]!.work_date;
  const last = entries[entries.length - 1]!.work_date;
  return first === last ? first : `${first} – ${last}`;
}

/** The lines, totals and billed entries for the candidate entries; see the module comment. */
export function priceTime(input: PricingInput): PricedTime {
  const skipped = { awaiting_approval: 0, queried: 0 };
  const eligible: PricingEntry[] = [];
  for (const entry of input.entries) {
    if (!entry.billable) continue;
    if (entry.status === 'awaiting_approval') skipped.awaiting_approval += 1;
    else if (entry.status === 'queried') skipped.queried += 1;
    else if (isBillableNow(entry, input.approvalOn)) eligible.push(entry);
  }
  eligible.sort(compareEntries);
  const entryIds = eligible.map((entry) => entry.id);
  const { project } = input;

  if (project.billing_method === 'fixed_price') {
    if (project.fixed_price_invoice_id !== null || project.fixed_price_minor === null) return { lines: [], total_minor: 0, entry_ids: [], skipped };
    const amount = lineAmount(1000, project.fixed_price_minor);
    const line: PricedLine = {
      name: project.name,
      description: eligible.length > 0 ? `Fixed price (${period(eligible)})` : 'Fixed price',
      quantity_milli: 1000,
      rate_minor: project.fixed_price_minor,
      amount_minor: amount,
      entry_ids: entryIds,
    };
    return { lines: [line], total_minor: amount, entry_ids: entryIds, skipped };
  }

  const taskName = (id: string) => input.tasks.get(id)?.name ?? id;
  const staffName = (id: string) => input.staff.get(id)?.name ?? id;
  const lines: PricedLine[] = [];
  if (input.groupBy === 'entry') {
    for (const entry of eligible) {
      const rate = entryRate(input, entry);
      const quantity = minutesToQuantityMilli(entry.duration_minutes);
      const description = [entry.work_date, staffName(entry.staff_user_id), entry.notes?.trim() || null].filter((part) => part !== null).join(' · ');
      lines.push({ name: taskName(entry.task_id), description, quantity_milli: quantity, rate_minor: rate, amount_minor: lineAmount(quantity, rate), entry_ids: [entry.id] });
    }
  } else {
    // One line per task (per task and staff member when billing staff hours: their rates differ), in task name order.
    const groups = new Map<string, { name: string; rate: number; entries: PricingEntry[] }>();
    for (const entry of eligible) {
      const rate = entryRate(input, entry);
      const byStaff = project.billing_method === 'staff_hours';
      const key = byStaff ? `${entry.task_id}\u0000${entry.staff_user_id}` : entry.task_id;
      let group = groups.get(key);
      if (!group) {
        group = { name: byStaff ? `${taskName(entry.task_id)} · ${staffName(entry.staff_user_id)}` : taskName(entry.task_id), rate, entries: [] };
        groups.set(key, group);
      }
      group.entries.push(entry);
    }
    const ordered = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.rate - b.rate);
    for (const group of ordered) {
      const minutes = group.entries.reduce((sum, entry) => sum + entry.duration_minutes, 0);
      const quantity = minutesToQuantityMilli(minutes);
      const count = group.entries.length;
      lines.push({
        name: group.name,
        description: `${count} ${count === 1 ? 'entry' : 'entries'}, ${period(group.entries)}`,
        quantity_milli: quantity,
        rate_minor: group.rate,
        amount_minor: lineAmount(quantity, group.rate),
        entry_ids: group.entries.map((entry) => entry.id),
      });
    }
  }
  return { lines, total_minor: lines.reduce((sum, line) => sum + line.amount_minor, 0), entry_ids: entryIds, skipped };
}

/** Value of billable time at the project's rates (for money budgets): Σ minutes × rate / 60, rounded once. */
export function valueOfTime(input: Pick<PricingInput, 'project' | 'tasks' | 'staff'>, groups: readonly { task_id: string; staff_user_id: string; minutes: number }[]): number {
  if (input.project.billing_method === 'fixed_price' && input.project.hourly_rate_minor === null) return 0;
  let total = 0;
  for (const group of groups) {
    let rate: number;
    try {
      rate = entryRate(input, group);
    } catch {
      rate = 0;
    }
    total += group.minutes * rate;
  }
  return Math.round(total / 60);
}
