/** Pure helpers of the portal's project pages: durations, budgets and what a selection may approve. */
import type { TimeEntry } from './queries.ts';

/** 90 → "1:30" (hours and minutes). */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** Share of a budget used, in whole percent (null without a budget). */
export function budgetPercent(used: number | null, budget: number | null): number | null {
  if (used === null || budget === null || budget <= 0) return null;
  return Math.round((used * 100) / budget);
}

/** The entries of `selected` that can still be approved (they await approval). */
export function approvableSelection(entries: readonly TimeEntry[], selected: ReadonlySet<string>): string[] {
  return entries.filter((entry) => selected.has(entry.id) && entry.status === 'awaiting_approval').map((entry) => entry.id);
}

/** The Monday of the week of a YYYY-MM-DD date (weeks run Monday–Sunday). */
export function mondayOf(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  const weekday = (at.getUTCDay() + 6) % 7;
  at.setUTCDate(at.getUTCDate() - weekday);
  return at.toISOString().slice(0, 10);
}

export function sundayOf(monday: string): string {
  const at = new Date(`${monday}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 6);
  return at.toISOString().slice(0, 10);
}
