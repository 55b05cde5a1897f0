/**
 * Projects, tasks, time entries and the running timer in the console through the typed client: types
 * from the OpenAPI document, the query keys, and the reads and writes the project pages share (list,
 * form, detail tabs, log-time and bill-time dialogs, the timer in the header).
 */
import { queryKeys } from '../../../ui/query/keys.ts';
import type { CursorPage } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';

/*
 * INTERIM: the shapes of the design's REST API (notes/11-design.md "A's REST API") written out until the
 * server's routes are in the OpenAPI document; then these become `AdminResponse<…>` aliases.
 */
export type ProjectStatus = 'active' | 'completed' | 'archived';
export type BillingMethod = 'fixed_price' | 'project_hours' | 'task_hours' | 'staff_hours';
export type BudgetType = 'none' | 'hours' | 'amount';
export type TimeEntryStatus = 'unbilled' | 'awaiting_approval' | 'approved' | 'queried' | 'billed';
type Ref = { id: string; name: string };
export interface ProjectSummary {
  id: string;
  name: string;
  code: string | null;
  description: string | null;
  customer: { id: string; display_name: string };
  status: ProjectStatus;
  billing_method: BillingMethod;
  currency: string;
  hourly_rate_minor: number | null;
  fixed_price_minor: number | null;
  fixed_price_invoice_id: string | null;
  budget_type: BudgetType;
  budget_minutes: number | null;
  budget_minor: number | null;
  logged_minutes: number;
  billable_minutes: number;
  billed_minutes: number;
  unbilled_minutes: number;
  awaiting_approval_count: number;
  queried_count: number;
  used_minor: number;
  version: number;
  created_at: string;
  updated_at: string;
}
export interface ProjectTask {
  id: string;
  name: string;
  description: string | null;
  billable: boolean;
  hourly_rate_minor: number | null;
  budget_minutes: number | null;
  archived_at: string | null;
  logged_minutes: number;
  billed_minutes: number;
  unbilled_minutes: number;
}
export interface ProjectStaff {
  staff_user_id: string;
  name: string;
  hourly_rate_minor: number | null;
}
export interface ProjectInvoice {
  id: string;
  number: string;
  status: string;
  total_minor: number;
  issue_date: string;
}
export interface ProjectDetail extends ProjectSummary {
  staff: ProjectStaff[];
  tasks: ProjectTask[];
  invoices: ProjectInvoice[];
}
export interface ProjectListQuery {
  customer_id?: string;
  status?: ProjectStatus;
  search?: string;
  cursor?: string;
  limit?: number;
}
export interface NewTaskBody {
  name: string;
  description?: string;
  billable?: boolean;
  hourly_rate_minor?: number | null;
  budget_minutes?: number | null;
}
export type TaskUpdate = Partial<NewTaskBody>;
export interface NewProjectBody {
  customer_id: string;
  name: string;
  code?: string;
  description?: string;
  billing_method: BillingMethod;
  hourly_rate_minor?: number | null;
  fixed_price_minor?: number | null;
  budget_type: BudgetType;
  budget_minutes?: number | null;
  budget_minor?: number | null;
  staff?: { staff_user_id: string; hourly_rate_minor?: number | null }[];
  tasks?: NewTaskBody[];
}
export type ProjectUpdate = Partial<Omit<NewProjectBody, 'customer_id'>> & { status?: ProjectStatus; version: number };

export interface TimeEntry {
  id: string;
  project: Ref;
  task: Ref;
  staff: Ref;
  customer: { id: string; display_name: string };
  work_date: string;
  duration_minutes: number;
  notes: string | null;
  billable: boolean;
  status: TimeEntryStatus;
  invoice: { id: string; number: string } | null;
  submitted_at: string | null;
  approved_at: string | null;
  approved_by: Ref | null;
  queried_at: string | null;
  last_query: { comment: string; actor_name: string; created_at: string } | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export interface TimeEntryQuery {
  project_id?: string;
  customer_id?: string;
  staff_user_id?: string;
  task_id?: string;
  status?: TimeEntryStatus;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}
export interface NewTimeEntryBody {
  project_id: string;
  task_id: string;
  staff_user_id?: string;
  work_date: string;
  duration_minutes: number;
  notes?: string;
  billable?: boolean;
}
export type TimeEntryUpdate = Partial<Omit<NewTimeEntryBody, 'project_id' | 'staff_user_id'>> & { version: number };
export interface TimeEntryEvent {
  id: string;
  type: string;
  actor_type: string;
  actor_name: string;
  comment: string | null;
  created_at: string;
}
export interface AnswerBody {
  comment: string;
  duration_minutes?: number;
  notes?: string;
}
export interface RunningTimer {
  id: string;
  project: Ref;
  task: Ref;
  notes: string | null;
  billable: boolean;
  started_at: string;
}
export interface StartTimerBody {
  project_id: string;
  task_id: string;
  notes?: string;
  billable?: boolean;
}
export type GroupBy = 'task' | 'entry';
export interface InvoicePreview {
  lines: { name: string; description: string | null; quantity_milli: number; rate_minor: number; amount_minor: number; entry_ids: string[] }[];
  total_minor: number;
  entry_count: number;
  skipped: { awaiting_approval: number; queried: number };
}
export interface InvoicePreviewQuery {
  group_by: GroupBy;
  up_to?: string;
}
export interface BillBody {
  group_by: GroupBy;
  entry_ids?: string[];
  up_to?: string;
  issue_date?: string;
  due_date?: string;
}
export interface BillResult {
  invoice: { id: string; number: string; total_minor: number };
  billed_entry_ids: string[];
  skipped: { awaiting_approval: number; queried: number };
}

interface LooseClient {
  get: <T = never>(path: string, init?: object) => Promise<T>;
  post: <T = never>(path: string, init?: object) => Promise<T>;
  patch: <T = never>(path: string, init?: object) => Promise<T>;
  delete: <T = never>(path: string, init?: object) => Promise<T>;
}
/** INTERIM: the typed client without path checks, until the routes are in the OpenAPI document. */
const api = adminClient as unknown as LooseClient;

export const projectStatuses: readonly ProjectStatus[] = ['active', 'completed', 'archived'];
export const billingMethods: readonly BillingMethod[] = ['project_hours', 'task_hours', 'staff_hours', 'fixed_price'];
export const budgetTypes: readonly BudgetType[] = ['none', 'hours', 'amount'];
export const timeEntryStatuses: readonly TimeEntryStatus[] = ['unbilled', 'awaiting_approval', 'queried', 'approved', 'billed'];

/** `projectKeys.list(query)`, `.detail(id)`, `.preview(id, query)` (under the detail: refreshed with it). */
export const projectKeys = {
  ...queryKeys('projects'),
  preview: (id: string, query: object) => ['projects', 'detail', id, 'invoice-preview', query] as const,
};
/** Entries are read by many pages (project tabs, the timer's stop): every write invalidates `timeEntryKeys.all`. */
export const timeEntryKeys = { ...queryKeys('time-entries'), events: (id: string, version: number) => ['time-entries', 'detail', id, 'events', version] as const };
export const timerKeys = { all: ['timer'] as const };

export function fetchProjects(query: ProjectListQuery, signal?: AbortSignal): Promise<CursorPage<ProjectSummary>> {
  return api.get('/projects', { params: { query }, signal });
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return api.get('/projects/{id}', { params: { path: { id } }, signal });
}

export function createProject(body: NewProjectBody): Promise<ProjectDetail> {
  return api.post('/projects', { body });
}

export function updateProject(id: string, body: ProjectUpdate): Promise<ProjectDetail> {
  return api.patch('/projects/{id}', { params: { path: { id } }, body });
}

export async function deleteProject(id: string): Promise<void> {
  await api.delete('/projects/{id}', { params: { path: { id } } });
}

export function addTask(projectId: string, body: NewTaskBody) {
  return api.post('/projects/{id}/tasks', { params: { path: { id: projectId } }, body });
}

export function updateTask(projectId: string, taskId: string, body: TaskUpdate) {
  return api.patch('/projects/{id}/tasks/{taskId}', { params: { path: { id: projectId, taskId } }, body });
}

export async function removeTask(projectId: string, taskId: string): Promise<void> {
  await api.delete('/projects/{id}/tasks/{taskId}', { params: { path: { id: projectId, taskId } } });
}

export function fetchTimeEntries(query: TimeEntryQuery, signal?: AbortSignal): Promise<CursorPage<TimeEntry>> {
  return api.get('/time-entries', { params: { query }, signal });
}

export function logTime(body: NewTimeEntryBody): Promise<TimeEntry> {
  return api.post('/time-entries', { body });
}

export function updateTimeEntry(id: string, body: TimeEntryUpdate): Promise<TimeEntry> {
  return api.patch('/time-entries/{id}', { params: { path: { id } }, body });
}

export async function deleteTimeEntry(id: string): Promise<void> {
  await api.delete('/time-entries/{id}', { params: { path: { id } } });
}

export async function fetchTimeEntryEvents(id: string, signal?: AbortSignal): Promise<TimeEntryEvent[]> {
  return (await api.get<{ data: TimeEntryEvent[] }>('/time-entries/{id}/events', { params: { path: { id } }, signal })).data;
}

export function submitForApproval(entryIds: string[]) {
  return api.post('/time-entries/submit', { body: { entry_ids: entryIds } });
}

export function answerQuery(id: string, body: AnswerBody) {
  return api.post('/time-entries/{id}/answer', { params: { path: { id } }, body });
}

export async function fetchTimer(signal?: AbortSignal): Promise<RunningTimer | null> {
  return (await api.get<{ timer: RunningTimer | null }>('/timer', { signal })).timer ?? null;
}

export function startTimer(body: StartTimerBody) {
  return api.post('/timer', { body });
}

export function stopTimer(): Promise<TimeEntry> {
  return api.post('/timer/stop', {});
}

export async function discardTimer(): Promise<void> {
  await api.delete('/timer', {});
}

export function fetchInvoicePreview(id: string, query: InvoicePreviewQuery, signal?: AbortSignal): Promise<InvoicePreview> {
  return api.get('/projects/{id}/invoice-preview', { params: { path: { id }, query }, signal });
}

export function billTime(id: string, body: BillBody): Promise<BillResult> {
  return api.post('/projects/{id}/invoice', { params: { path: { id } }, body });
}
