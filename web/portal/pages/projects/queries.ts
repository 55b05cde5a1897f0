/** Projects in the portal through the typed client: projects, their timesheets, approval and comments. */
import type { PortalBody, PortalResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { portalClient } from '../../lib/client.ts';
import type { DocumentComment } from '../documents/queries.ts';

export type ProjectSummary = RowOf<PortalResponse<'/projects', 'get'>>;
export type ProjectDetail = PortalResponse<'/projects/{id}', 'get'>;
export type TimeEntry = RowOf<PortalResponse<'/projects/{id}/time-entries', 'get'>>;
export type TimeEntryStatus = TimeEntry['status'];
export type ApproveBody = PortalBody<'/projects/{id}/time-entries/approve', 'post'>;
export type ApproveResult = PortalResponse<'/projects/{id}/time-entries/approve', 'post'>;
export const timeEntryStatuses: readonly TimeEntryStatus[] = ['awaiting_approval', 'queried', 'approved', 'unbilled', 'billed'];

export interface TimesheetFilters {
  from: string;
  to: string;
  status: TimeEntryStatus | '';
}

/** `projectKeys.list()`, `.detail(id)`, `.timesheet(id, filters)` and `.comments(id)` (under the project, refreshed with it). */
export const projectKeys = {
  ...queryKeys('projects'),
  timesheet: (id: string, filters: TimesheetFilters) => ['projects', 'detail', id, 'timesheet', filters] as const,
  comments: (id: string) => ['projects', 'detail', id, 'comments'] as const,
};

export const projectPageSize = 25;

export function fetchProjectPage(cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<ProjectSummary>> {
  return portalClient.get('/projects', { params: { query: { limit: projectPageSize, cursor } }, signal });
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return portalClient.get('/projects/{id}', { params: { path: { id } }, signal });
}

function filterQuery(filters: TimesheetFilters) {
  return { from: filters.from || undefined, to: filters.to || undefined, status: filters.status || undefined };
}

export function fetchTimesheetPage(id: string, filters: TimesheetFilters, cursor: string | undefined, signal: AbortSignal): Promise<CursorPage<TimeEntry>> {
  return portalClient.get('/projects/{id}/time-entries', { params: { path: { id }, query: { ...filterQuery(filters), limit: 50, cursor } }, signal });
}

/** The address of the filtered timesheet's CSV, for a link the browser downloads itself. */
export function timesheetCsvPath(id: string, filters: TimesheetFilters): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) if (value) query.set(key, value);
  const search = query.toString();
  return `/projects/${encodeURIComponent(id)}/time-entries.csv${search ? `?${search}` : ''}`;
}

export function approveEntries(id: string, body: ApproveBody): Promise<ApproveResult> {
  return portalClient.post('/projects/{id}/time-entries/approve', { params: { path: { id } }, body });
}

export function queryEntry(id: string, entryId: string, comment: string): Promise<TimeEntry> {
  return portalClient.post('/projects/{id}/time-entries/{entryId}/query', { params: { path: { id, entryId } }, body: { comment } });
}

/** Project comments in the shape the comment thread shows. */
function asThreadEntry(comment: PortalResponse<'/projects/{id}/comments', 'get'>['data'][number]): DocumentComment {
  return { ...comment, kind: 'comment', message_code: null, message_params: null };
}

export async function fetchProjectComments(id: string, signal: AbortSignal): Promise<DocumentComment[]> {
  const answer = await portalClient.get('/projects/{id}/comments', { params: { path: { id } }, signal });
  return answer.data.map(asThreadEntry);
}

export async function postProjectComment(id: string, body: string): Promise<DocumentComment> {
  return asThreadEntry(await portalClient.post('/projects/{id}/comments', { params: { path: { id } }, body: { body } }));
}
