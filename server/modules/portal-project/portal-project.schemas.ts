import { z } from 'zod';
import { projectBillingMethods, projectStatuses, timeEntryStatuses } from '../../db/project-tables.ts';
import { pagingQuery } from '../../http/schemas.ts';
import { dateField } from '../document/document.schemas.ts';
import { slugParams } from '../portal-auth/portal-auth.schemas.ts';

export const projectParams = slugParams.extend({ id: z.string().min(1).max(64) });
export const entryParams = projectParams.extend({ entryId: z.string().min(1).max(64) });

const minutes = z.number().int();

export const portalProjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  description: z.string().nullable(),
  status: z.enum(projectStatuses),
  billing_method: z.enum(projectBillingMethods),
  currency: z.string(),
  budget_type: z.enum(['none', 'hours', 'amount']),
  budget_minutes: minutes.nullable(),
  budget_minor: z.number().int().nullable(),
  /** Billable time logged (minutes), of which billed and not yet billed. */
  logged_minutes: minutes,
  billed_minutes: minutes,
  unbilled_minutes: minutes,
  /** Billable time valued at the project's rates (null for a fixed price): what a money budget is compared with. */
  used_minor: z.number().int().nullable(),
  awaiting_approval_count: z.number().int(),
  queried_count: z.number().int(),
});
export type PortalProjectSummary = z.infer<typeof portalProjectSummary>;

export const portalProjectTask = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  budget_minutes: minutes.nullable(),
  logged_minutes: minutes,
  billed_minutes: minutes,
  unbilled_minutes: minutes,
});

export const portalProjectDetail = portalProjectSummary.extend({
  tasks: z.array(portalProjectTask),
  /** The organization lets customers approve time and this contact has the role to. */
  can_approve: z.boolean(),
  /** Monday of the current week in the organization's calendar (the week picker's default). */
  this_week_start: z.string(),
});
export type PortalProjectDetail = z.infer<typeof portalProjectDetail>;

export const portalProjectListQuery = pagingQuery;

export const portalTimeEntry = z.object({
  id: z.string(),
  task: z.object({ id: z.string(), name: z.string() }),
  work_date: z.string(),
  duration_minutes: minutes,
  notes: z.string().nullable(),
  staff_name: z.string(),
  status: z.enum(timeEntryStatuses),
  approved_at: z.string().nullable(),
  queried_at: z.string().nullable(),
  /** The newest query of the entry and who wrote it, if it was ever queried. */
  last_query: z.object({ comment: z.string().nullable(), actor_name: z.string(), created_at: z.string() }).nullable(),
  version: z.number().int(),
});
export type PortalTimeEntry = z.infer<typeof portalTimeEntry>;

export const timesheetFilter = z.object({
  from: dateField.optional(),
  to: dateField.optional(),
  status: z.enum(timeEntryStatuses).optional(),
});
export type TimesheetFilter = z.infer<typeof timesheetFilter>;
export const timesheetQuery = timesheetFilter.extend(pagingQuery.shape);

const entryId = z.string().min(1).max(64);
export const approveBody = z
  .object({
    /** These entries (each awaiting approval). */
    entry_ids: z.array(entryId).min(1).max(500).optional(),
    /** Or every entry of the week starting on this Monday that awaits approval. */
    week_start: dateField.optional(),
  })
  .strict();
export type ApproveBody = z.infer<typeof approveBody>;
export const approveResponse = z.object({ approved: z.number().int() });

export const queryBody = z.object({ comment: z.string().trim().min(1, 'is required').max(5000) }).strict();
