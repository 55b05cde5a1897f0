/**
 * Row types of the projects and collaboration tables (migration 2026-12-06T0900, docs/projects.md). Money in
 * minor units (the project's currency), durations in whole minutes, flags 0 / 1, dates YYYY-MM-DD,
 * timestamps ISO 8601 UTC, JSON as text.
 */
type Timestamp = string;
/** YYYY-MM-DD */
type DateOnly = string;

export type ProjectStatus = 'active' | 'completed' | 'archived';
export const projectStatuses: readonly ProjectStatus[] = ['active', 'completed', 'archived'];
export type ProjectBillingMethod = 'fixed_price' | 'project_hours' | 'task_hours' | 'staff_hours';
export const projectBillingMethods: readonly ProjectBillingMethod[] = ['fixed_price', 'project_hours', 'task_hours', 'staff_hours'];
export type ProjectBudgetType = 'none' | 'hours' | 'amount';
export type TimeEntryStatus = 'unbilled' | 'awaiting_approval' | 'approved' | 'queried' | 'billed';
export const timeEntryStatuses: readonly TimeEntryStatus[] = ['unbilled', 'awaiting_approval', 'approved', 'queried', 'billed'];
export type TimeEntryEventType = 'created' | 'updated' | 'submitted' | 'approved' | 'queried' | 'answered' | 'billed' | 'unbilled';
export type CollaborationActorType = 'staff' | 'contact' | 'system' | 'api';
export type ForwardSubjectType = 'invoice' | 'estimate' | 'retainer_invoice' | 'credit_note' | 'sales_order' | 'statement';
export type ActivityDigest = 'off' | 'daily' | 'weekly';

export interface ProjectsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  name: string;
  code: string | null;
  description: string | null;
  status: ProjectStatus;
  billing_method: ProjectBillingMethod;
  currency: string;
  hourly_rate_minor: number | null;
  fixed_price_minor: number | null;
  fixed_price_invoice_id: string | null;
  budget_type: ProjectBudgetType;
  budget_minutes: number | null;
  budget_minor: number | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectStaffTable {
  project_id: string;
  staff_user_id: string;
  organization_id: string;
  hourly_rate_minor: number | null;
  created_at: Timestamp;
}

export interface ProjectTasksTable {
  id: string;
  organization_id: string;
  project_id: string;
  name: string;
  description: string | null;
  billable: number;
  hourly_rate_minor: number | null;
  budget_minutes: number | null;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TimeEntriesTable {
  id: string;
  organization_id: string;
  customer_id: string;
  project_id: string;
  task_id: string;
  staff_user_id: string;
  work_date: DateOnly;
  duration_minutes: number;
  notes: string | null;
  billable: number;
  status: TimeEntryStatus;
  invoice_id: string | null;
  submitted_at: Timestamp | null;
  approved_at: Timestamp | null;
  approved_by_contact_id: string | null;
  queried_at: Timestamp | null;
  billed_at: Timestamp | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TimeEntryEventsTable {
  id: string;
  organization_id: string;
  time_entry_id: string;
  type: TimeEntryEventType;
  actor_type: CollaborationActorType;
  staff_user_id: string | null;
  contact_person_id: string | null;
  actor_name: string;
  comment: string | null;
  created_at: Timestamp;
}

export interface TimersTable {
  id: string;
  organization_id: string;
  staff_user_id: string;
  project_id: string;
  task_id: string;
  notes: string | null;
  billable: number;
  started_at: Timestamp;
}

export interface ProjectCommentsTable {
  id: string;
  organization_id: string;
  project_id: string;
  author_type: 'staff' | 'contact';
  staff_user_id: string | null;
  contact_person_id: string | null;
  author_name: string;
  body: string;
  display_in_portal: number;
  created_at: Timestamp;
}

export interface ReviewsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  contact_person_id: string;
  rating: number;
  body: string;
  /** '2026-12' (month), '2026-Q4' (quarter), '2026' (year) or 'once'. */
  period_key: string;
  reply: string | null;
  replied_at: Timestamp | null;
  replied_by_staff_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DocumentForwardsTable {
  id: string;
  organization_id: string;
  customer_id: string;
  contact_person_id: string;
  subject_type: ForwardSubjectType;
  subject_id: string | null;
  recipient_email: string;
  recipient_contact_person_id: string;
  message: string | null;
  /** JSON; a statement's period. */
  details: string | null;
  created_at: Timestamp;
}

export interface CompanyDetailChangesTable {
  id: string;
  organization_id: string;
  customer_id: string;
  actor_type: CollaborationActorType;
  contact_person_id: string | null;
  staff_user_id: string | null;
  actor_name: string;
  /** JSON object of the changed fields' values before the change. */
  before: string;
  /** JSON object of the same fields after it. */
  after: string;
  created_at: Timestamp;
}

export interface ProjectTables {
  projects: ProjectsTable;
  project_staff: ProjectStaffTable;
  project_tasks: ProjectTasksTable;
  time_entries: TimeEntriesTable;
  time_entry_events: TimeEntryEventsTable;
  timers: TimersTable;
  project_comments: ProjectCommentsTable;
  reviews: ReviewsTable;
  document_forwards: DocumentForwardsTable;
  company_detail_changes: CompanyDetailChangesTable;
}
