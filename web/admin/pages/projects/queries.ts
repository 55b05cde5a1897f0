/**
 * Projects, tasks, time entries and the running timer in the console through the typed client: types
 * from the OpenAPI document, the query keys, and the reads and writes the project pages share (list,
 * form, detail tabs, log-time and bill-time dialogs, the timer in the header).
 */
import type { AdminBody, AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';

export type ProjectSummary = RowOf<AdminResponse<'/projects', 'get'>>;
export type ProjectDetail = AdminResponse<'/projects/{id}', 'get'>;
export type ProjectTask = ProjectDetail['tasks'][number];
export type ProjectStaff = ProjectDetail['staff'][number];
export type ProjectInvoice = ProjectDetail['invoices'][number];
export type ProjectStatus = ProjectSummary['status'];
export type BillingMethod = ProjectSummary['billing_method'];
export type BudgetType = ProjectSummary['budget_type'];
export type ProjectListQuery = AdminQuery<'/projects'>;
export type NewProjectBody = AdminBody<'/projects', 'post'>;
export type ProjectUpdate = AdminBody<'/projects/{id}', 'patch'>;
export type NewTaskBody = AdminBody<'/projects/{id}/tasks', 'post'>;
export type TaskUpdate = AdminBody<'/projects/{id}/tasks/{taskId}', 'patch'>;

export type TimeEntry = RowOf<AdminResponse<'/time-entries', 'get'>>;
export type TimeEntryStatus = TimeEntry['status'];
export type TimeEntryQuery = AdminQuery<'/time-entries'>;
export type NewTimeEntryBody = AdminBody<'/time-entries', 'post'>;
export type TimeEntryUpdate = AdminBody<'/time-entries/{id}', 'patch'>;
export type TimeEntryEvent = AdminResponse<'/time-entries/{id}/events', 'get'>['data'][number];
export type SubmitEntriesBody = AdminBody<'/time-entries/submit', 'post'>;
export type SubmitEntriesResult = AdminResponse<'/time-entries/submit', 'post'>;
export type AnswerBody = AdminBody<'/time-entries/{id}/answer', 'post'>;

export type ProjectComment = AdminResponse<'/projects/{id}/comments', 'get'>['data'][number];
export type NewProjectCommentBody = AdminBody<'/projects/{id}/comments', 'post'>;

export type RunningTimer = NonNullable<AdminResponse<'/timer', 'get'>['timer']>;
export type StartTimerBody = AdminBody<'/timer', 'post'>;

export type InvoicePreview = AdminResponse<'/projects/{id}/invoice-preview', 'get'>;
export type InvoicePreviewQuery = AdminQuery<'/projects/{id}/invoice-preview'>;
export type BillBody = AdminBody<'/projects/{id}/invoice', 'post'>;
export type BillResult = AdminResponse<'/projects/{id}/invoice', 'post'>;
export type GroupBy = BillBody['group_by'];

export const projectStatuses: readonly ProjectStatus[] = ['active', 'completed', 'archived'];
export const billingMethods: readonly BillingMethod[] = ['project_hours', 'task_hours', 'staff_hours', 'fixed_price'];
export const budgetTypes: readonly BudgetType[] = ['none', 'hours', 'amount'];
export const timeEntryStatuses: readonly TimeEntryStatus[] = ['unbilled', 'awaiting_approval', 'queried', 'approved', 'billed'];

/** `projectKeys.list(query)`, `.detail(id)`, `.preview(id, query)` and `.comments(id)` (under the detail: refreshed with it). */
export const projectKeys = {
  ...queryKeys('projects'),
  preview: (id: string, query: object) => ['projects', 'detail', id, 'invoice-preview', query] as const,
  comments: (id: string) => ['projects', 'detail', id, 'comments'] as const,
};
/** Entries are read by many pages (project tabs, the timer's stop): every write invalidates `timeEntryKeys.all`. */
export const timeEntryKeys = { ...queryKeys('time-entries'), events: (id: string, version: number) => ['time-entries', 'detail', id, 'events', version] as const };
export const timerKeys = { all: ['timer'] as const };

export function fetchProjects(query: ProjectListQuery, signal?: AbortSignal): Promise<CursorPage<ProjectSummary>> {
  return adminClient.get('/projects', { params: { query }, signal });
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return adminClient.get('/projects/{id}', { params: { path: { id } }, signal });
}

export function createProject(body: NewProjectBody): Promise<ProjectDetail> {
  return adminClient.post('/projects', { body });
}

export function updateProject(id: string, body: ProjectUpdate): Promise<ProjectDetail> {
  return adminClient.patch('/projects/{id}', { params: { path: { id } }, body });
}

export async function deleteProject(id: string): Promise<void> {
  await adminClient.delete('/projects/{id}', { params: { path: { id } } });
}

export function addTask(projectId: string, body: NewTaskBody) {
  return adminClient.post('/projects/{id}/tasks', { params: { path: { id: projectId } }, body });
}

export function updateTask(projectId: string, taskId: string, body: TaskUpdate) {
  return adminClient.patch('/projects/{id}/tasks/{taskId}', { params: { path: { id: projectId, taskId } }, body });
}

export async function removeTask(projectId: string, taskId: string): Promise<void> {
  await adminClient.delete('/projects/{id}/tasks/{taskId}', { params: { path: { id: projectId, taskId } } });
}

export function fetchTimeEntries(query: TimeEntryQuery, signal?: AbortSignal): Promise<CursorPage<TimeEntry>> {
  return adminClient.get('/time-entries', { params: { query }, signal });
}

export function logTime(body: NewTimeEntryBody): Promise<TimeEntry> {
  return adminClient.post('/time-entries', { body });
}

export function updateTimeEntry(id: string, body: TimeEntryUpdate): Promise<TimeEntry> {
  return adminClient.patch('/time-entries/{id}', { params: { path: { id } }, body });
}

export async function deleteTimeEntry(id: string): Promise<void> {
  await adminClient.delete('/time-entries/{id}', { params: { path: { id } } });
}

export async function fetchTimeEntryEvents(id: string, signal?: AbortSignal): Promise<TimeEntryEvent[]> {
  return (await adminClient.get('/time-entries/{id}/events', { params: { path: { id } }, signal })).data;
}

export function submitForApproval(entryIds: SubmitEntriesBody['entry_ids']): Promise<SubmitEntriesResult> {
  return adminClient.post('/time-entries/submit', { body: { entry_ids: entryIds } });
}

export function answerQuery(id: string, body: AnswerBody): Promise<TimeEntry> {
  return adminClient.post('/time-entries/{id}/answer', { params: { path: { id } }, body });
}

export async function fetchProjectComments(id: string, signal?: AbortSignal): Promise<ProjectComment[]> {
  return (await adminClient.get('/projects/{id}/comments', { params: { path: { id } }, signal })).data;
}

export function postProjectComment(id: string, body: NewProjectCommentBody): Promise<ProjectComment> {
  return adminClient.post('/projects/{id}/comments', { params: { path: { id } }, body });
}

export async function fetchTimer(signal?: AbortSignal): Promise<RunningTimer | null> {
  return (await adminClient.get('/timer', { signal })).timer ?? null;
}

export function startTimer(body: StartTimerBody) {
  return adminClient.post('/timer', { body });
}

export function stopTimer(): Promise<TimeEntry> {
  return adminClient.post('/timer/stop', {});
}

export async function discardTimer(): Promise<void> {
  await adminClient.delete('/timer', {});
}

export function fetchInvoicePreview(id: string, query: InvoicePreviewQuery, signal?: AbortSignal): Promise<InvoicePreview> {
  return adminClient.get('/projects/{id}/invoice-preview', { params: { path: { id }, query }, signal });
}

export function billTime(id: string, body: BillBody): Promise<BillResult> {
  return adminClient.post('/projects/{id}/invoice', { params: { path: { id } }, body });
}
