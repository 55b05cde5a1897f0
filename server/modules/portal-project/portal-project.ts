import { Temporal } from 'temporal-polyfill';
import { addDays } from '../../../contract/calendar.ts';
import { csvOf } from '../../lib/csv.ts';
import type { ProjectBillingMethod, TimeEntryStatus } from '../../db/project-tables.ts';

/**
 * Pure rules of the portal's projects: weeks (Monday–Sunday on the day worked), the money value of
 * billable time at the project's rates, and the timesheet CSV.
 */

/** Whether a YYYY-MM-DD date is a Monday. */
export function isMonday(date: string): boolean {
  return Temporal.PlainDate.from(date).dayOfWeek === 1;
}

/** The Monday of the week `date` falls in (weeks run Monday–Sunday). */
export function weekStartOf(date: string): string {
  const day = Temporal.PlainDate.from(date);
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

/** The days a week starting on `weekStart` covers, both ends included. */
export function weekRange(weekStart: string): { from: string; to: string } {
  return { from: weekStart, to: addDays(weekStart, 6) };
}

/** Billable minutes of one task and staff member, with the rates that may value them. */
export interface UsedTime {
  minutes: number;
  taskRateMinor: number | null;
  staffRateMinor: number | null;
}

/**
 * What billable time is worth at the project's rates, in minor units: hours × the rate the billing method
 * takes (the project's, the task's or the staff member's), rounded per group half away from zero. A fixed
 * price has no hourly value: its used amount is null.
 */
export function usedMinorOf(method: ProjectBillingMethod, projectRateMinor: number | null, groups: readonly UsedTime[]): number | null {
  if (method === 'fixed_price') return null;
  let total = 0;
  for (const group of groups) {
    const rate = method === 'project_hours' ? projectRateMinor : method === 'task_hours' ? group.taskRateMinor : group.staffRateMinor;
    total += Math.round((group.minutes * (rate ?? 0)) / 60);
  }
  return total;
}

export interface TimesheetCsvRow {
  work_date: string;
  task: string;
  staff_name: string;
  duration_minutes: number;
  status: TimeEntryStatus;
  notes: string | null;
}

export const timesheetCsvHeader = ['date', 'task', 'staff', 'duration_minutes', 'hours', 'status', 'notes'] as const;

/** Hours with two decimals (90 minutes → 1.50). */
export function hoursOf(minutes: number): string {
  return (minutes / 60).toFixed(2);
}

/** The timesheet as CSV (RFC 4180, CRLF line ends), rows in the order given. */
export function timesheetCsv(rows: readonly TimesheetCsvRow[]): string {
  return csvOf(
    timesheetCsvHeader,
    rows.map((row) => [row.work_date, row.task, row.staff_name, row.duration_minutes, hoursOf(row.duration_minutes), row.status, row.notes]),
  );
}
