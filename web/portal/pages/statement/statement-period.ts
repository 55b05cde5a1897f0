/**
 * The statement's period as the address holds it (`?period=custom&from=…&to=…`), the query the API
 * takes for it, and the custom-dates form.
 */
import { z } from 'zod';
import { statementPeriods, type StatementPeriod } from '../../../../contract/billing.ts';
import { pick } from '../../lib/documentKinds.ts';

export { statementPeriods, type StatementPeriod };

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string | null): value is string => value !== null && calendarDate.test(value);

export interface StatementSelection {
  period: StatementPeriod;
  /** Only for a custom period, and only when the address holds a calendar date. */
  from?: string;
  to?: string;
}

/** The period of the address; anything unknown falls back to this month, malformed dates are ignored. */
export function readStatementSelection(params: URLSearchParams): StatementSelection {
  const period = pick(params.get('period'), statementPeriods, 'this_month');
  if (period !== 'custom') return { period };
  const from = params.get('from');
  const to = params.get('to');
  return { period, ...(isDate(from) ? { from } : {}), ...(isDate(to) ? { to } : {}) };
}

/** The API's query for the period, or undefined for custom dates not both chosen yet. */
export function statementQuery(selection: StatementSelection): StatementSelection | undefined {
  if (selection.period !== 'custom') return { period: selection.period };
  if (selection.from === undefined || selection.to === undefined) return undefined;
  return { period: 'custom', from: selection.from, to: selection.to };
}

/** `?period=…&from=…&to=…` of the PDF's address. */
export function statementSearch(query: StatementSelection): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (typeof value === 'string') search.set(name, value);
  return `?${search.toString()}`;
}

/** The address change for a period picked in the list: this month is the default and leaves the address bare. */
export function periodChange(period: string, custom: { from: string; to: string }): Record<string, string | undefined> {
  if (period === 'custom') return { period, from: custom.from || undefined, to: custom.to || undefined };
  return { period: period === 'this_month' ? undefined : period, from: undefined, to: undefined };
}

/** The custom dates; the server checks their order and span and names the field it refuses. */
export const customRangeSchema = z.object({
  from: z.string().regex(calendarDate, 'common.required'),
  to: z.string().regex(calendarDate, 'common.required'),
});
export type CustomRangeValues = z.input<typeof customRangeSchema>;
