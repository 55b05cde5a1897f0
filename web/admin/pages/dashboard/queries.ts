/** The dashboard's figures: the reviews summary (pages/reviews) and the portal activities report's totals. */
import { fetchReport, reportKeys } from '../reports/queries.ts';

/** The report with its default period (the last 30 days, on the organization's calendar). */
export const recentActivityKey = reportKeys.report({});

export function fetchRecentActivity(signal: AbortSignal) {
  return fetchReport({}, signal);
}
