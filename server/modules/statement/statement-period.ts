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
    if (request.from !== undefined) throw validationError('from', 'only_with_custom_period', 'is only accepted with period=custom');
    if (request.to !== undefined) throw validationError('to', 'only_with_custom_period', 'is only accepted with period=custom');
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
      if (from === undefined) throw validationError('from', 'required', 'is required with period=custom');
      if (to === undefined) throw validationError('to', 'required', 'is required with period=custom');
      if (!isCalendarDate(from)) throw validationError('from', 'invalid_format', 'must be a date as YYYY-MM-DD', { format: 'date' });
      if (!isCalendarDate(to)) throw validationError('to', 'invalid_format', 'must be a date as YYYY-MM-DD', { format: 'date' });
      if (from > to) throw validationError('from', 'after_end', 'must not be after to', { other: 'to' });
      if (addYears(from, MAX_STATEMENT_YEARS) < to) throw validationError('to', 'period_too_long', `must be at most ${MAX_STATEMENT_YEARS} years after from`, { maximum_years: MAX_STATEMENT_YEARS });
      return { from, to };
    }
  }
}
