/** The portal activities report through the typed client: its type from the OpenAPI document and the query keys. */
import type { AdminQuery, AdminResponse } from '../../../ui/api/paths.ts';
import { adminClient } from '../../lib/client.ts';
import { csvUrl } from '../../lib/csv-url.ts';

export type PortalActivityReport = AdminResponse<'/reports/portal-activities', 'get'>;
export type ReportFilters = NonNullable<AdminQuery<'/reports/portal-activities'>>;
export type DigestPreference = AdminResponse<'/me/activity-digest', 'get'>;

export const reportKeys = {
  all: ['reports', 'portal-activities'] as const,
  report: (filters: ReportFilters) => ['reports', 'portal-activities', filters] as const,
  digest: ['me', 'activity-digest'] as const,
};

export function fetchReport(filters: ReportFilters, signal: AbortSignal): Promise<PortalActivityReport> {
  return adminClient.get('/reports/portal-activities', { params: { query: filters }, signal });
}

/** The CSV download's address for the same filters (the browser downloads it with the session cookie). */
export function reportCsvUrl(filters: ReportFilters): string {
  return csvUrl('/reports/portal-activities.csv', filters);
}

export function fetchDigestPreference(signal?: AbortSignal): Promise<DigestPreference> {
  return adminClient.get('/me/activity-digest', { signal });
}

export function saveDigestPreference(activity_digest: DigestPreference['activity_digest']): Promise<DigestPreference> {
  return adminClient.put('/me/activity-digest', { body: { activity_digest } });
}
