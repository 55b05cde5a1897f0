import { z } from 'zod';
import { projectBillingMethods, projectStatuses, timeEntryStatuses } from '../../db/project-tables.ts';
import { pagingQuery } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { dateField } from '../document/document.schemas.ts';

/** Rates and prices: whole minor units up to 10^12. */
export const moneyField = z.number().int().min(0).max(1_000_000_000_000);
export const idField = z.string().min(1).max(64);
const nameField = z.string().trim().min(1, 'is required').max(200);
const descriptionField = z.string().trim().max(5000).nullable().optional();
/** Budgets in minutes: up to 10 million hours. */
const minutesField = z.number().int().min(0).max(600_000_000);

export const billingMethodField = z.enum(projectBillingMethods as ['fixed_price', 'project_hours', 'task_hours', 'staff_hours']);
export const projectStatusField = z.enum(projectStatuses as ['active', 'completed', 'archived']);
export const budgetTypeField = z.enum(['none', 'hours', 'amount']);
export const timeEntryStatusField = z.enum(timeEntryStatuses as ['unbilled', 'awaiting_approval', 'approved', 'queried', 'billed']);

export const taskInput = z
  .object({
    name: nameField,
    description: descriptionField,
    billable: z.boolean().optional(),
    hourly_rate_minor: moneyField.nullable().optional(),
    budget_minutes: minutesField.nullable().optional(),
  })
  .strict();
export type TaskInput = z.infer<typeof taskInput>;

export const staffInput = z.object({ staff_user_id: idField, hourly_rate_minor: moneyField.nullable().optional() }).strict();
export type StaffInput = z.infer<typeof staffInput>;

const projectFields = {
  name: nameField,
  code: z.string().trim().max(40).nullable().optional(),
  description: descriptionField,
  billing_method: billingMethodField,
  hourly_rate_minor: moneyField.nullable().optional(),
  fixed_price_minor: moneyField.nullable().optional(),
  budget_type: budgetTypeField,
  budget_minutes: minutesField.nullable().optional(),
  budget_minor: moneyField.nullable().optional(),
  staff: z.array(staffInput).max(200).optional(),
};

export const createProjectBody = z
  .object({ customer_id: idField, ...projectFields, budget_type: budgetTypeField.default('none'), tasks: z.array(taskInput).max(200).optional() })
  .strict();
export type CreateProjectBody = z.infer<typeof createProjectBody>;

/** Any field of a new project except its customer (and its tasks: they have their own routes), plus status; `version` is required. */
export const updateProjectBody = z
  .object(projectFields)
  .partial()
  .extend({ status: projectStatusField.optional(), version: versionField })
  .strict();
export type UpdateProjectBody = z.infer<typeof updateProjectBody>;

export const updateTaskBody = taskInput.partial().extend({ archived: z.boolean().optional() }).strict();
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

export const listProjectsQuery = pagingQuery.extend({
  customer_id: idField.optional(),
  status: projectStatusField.optional(),
  search: z.string().trim().max(200).optional(),
});
export type ListProjectsQuery = z.infer<typeof listProjectsQuery>;

export const taskParams = z.object({ id: idField, taskId: idField });

export const projectSummary = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  status: projectStatusField,
  billing_method: billingMethodField,
  currency: z.string(),
  hourly_rate_minor: z.number().int().nullable(),
  fixed_price_minor: z.number().int().nullable(),
  fixed_price_invoice_id: z.string().nullable(),
  budget_type: budgetTypeField,
  budget_minutes: z.number().int().nullable(),
  budget_minor: z.number().int().nullable(),
  logged_minutes: z.number().int(),
  billable_minutes: z.number().int(),
  billed_minutes: z.number().int(),
  unbilled_minutes: z.number().int(),
  awaiting_approval_count: z.number().int(),
  queried_count: z.number().int(),
  /** Billable time valued at the project's rates (for money budgets). */
  used_minor: z.number().int(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const projectTask = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  billable: z.boolean(),
  hourly_rate_minor: z.number().int().nullable(),
  budget_minutes: z.number().int().nullable(),
  archived_at: z.string().nullable(),
  logged_minutes: z.number().int(),
  billed_minutes: z.number().int(),
  unbilled_minutes: z.number().int(),
});
export type ProjectTask = z.infer<typeof projectTask>;

export const projectDetail = projectSummary.extend({
  staff: z.array(z.object({ staff_user_id: z.string(), name: z.string(), hourly_rate_minor: z.number().int().nullable() })),
  tasks: z.array(projectTask),
  invoices: z.array(z.object({ id: z.string(), number: z.string(), status: z.string(), total_minor: z.number().int(), issue_date: z.string() })),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

// Billing

export const groupByField = z.enum(['task', 'entry']);

export const billProjectBody = z
  .object({
    group_by: groupByField,
    /** Bill only these entries (of the project); left out: every eligible entry. */
    entry_ids: z.array(idField).min(1).max(1000).optional(),
    /** Bill only entries worked on or before this day. */
    up_to: dateField.optional(),
    issue_date: dateField.optional(),
    due_date: dateField.optional(),
  })
  .strict();
export type BillProjectBody = z.infer<typeof billProjectBody>;

export const invoicePreviewQuery = z.object({ group_by: groupByField.default('task'), up_to: dateField.optional() });
export type InvoicePreviewQuery = z.infer<typeof invoicePreviewQuery>;

const skipped = z.object({ awaiting_approval: z.number().int(), queried: z.number().int() });

export const invoicePreviewResponse = z.object({
  lines: z.array(
    z.object({
      name: z.string(),
      description: z.string().nullable(),
      quantity_milli: z.number().int(),
      rate_minor: z.number().int(),
      amount_minor: z.number().int(),
      entry_ids: z.array(z.string()),
    }),
  ),
  total_minor: z.number().int(),
  entry_count: z.number().int(),
  skipped,
});
export type InvoicePreviewResponse = z.infer<typeof invoicePreviewResponse>;

export const billProjectResponse = z.object({
  invoice: z.object({ id: z.string(), number: z.string(), total_minor: z.number().int() }),
  billed_entry_ids: z.array(z.string()),
  skipped,
});
export type BillProjectResponse = z.infer<typeof billProjectResponse>;
