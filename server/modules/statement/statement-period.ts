import { validationError } from '../../lib/app-error.ts';
import { addYears, firstOfMonth, isCalendarDate, lastOfMonth } from './statement-dates.ts';

import { statementPeriods } from '../../../contract/billing.ts';

export { statementPeriods };
export type StatementPeriod = (typeof statementPeriods)[number];

export const MAX_STATEMENT_YEARS = 5;

export interface PeriodRequest {
  period: StatementPeriod;
  from?: string | undefined;
  to?: string | undefined;
}

export interface DateRange {
  from: string;
  to: string;
}

/**
 * The dates a period covers, both inclusive, as UTC calendar dates seen from `today`. A custom period
 * needs `from` and `to` (from ≤ to, at most five years); the named periods take neither.
 */
export function resolvePeriod(request: PeriodRequest, today: string): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const monthIndex = month - 1;
  if (request.period !== 'custom') {
    if (request.from !== undefined) throw validationError('from', 'is only accepted with period=custom');
    if (request.to !== undefined) throw validationError('to', 'is only accepted with period=custom');
  }
  switch (request.period) {
    case 'this_month':
      return { from: firstOfMonth(year, monthIndex), to: lastOfMonth(year, monthIndex) };
    case 'last_month':
      return { from: firstOfMonth(year, monthIndex - 1), to: lastOfMonth(year, monthIndex - 1) };
    case 'this_year':
      return { from: firstOfMonth(year, 0), to: lastOfMonth(year, 11) };
    case 'custom': {
      const { from, to } = request;
      if (from === undefined) throw validationError('from', 'is required with period=custom');
      if (to === undefined) throw validationError('to', 'is required with period=custom');
      if (!isCalendarDate(from)) throw validationError('from', 'must be a date as YYYY-MM-DD');
      if (!isCalendarDate(to)) throw validationError('to', 'must be a date as YYYY-MM-DD');
      if (from > to) throw validationError('from', 'must not be after to');
      if (addYears(from, MAX_STATEMENT_YEARS) < to) throw validationError('to', `must be at most ${MAX_STATEMENT_YEARS} years after from`);
      return { from, to };
    }
  }
}
