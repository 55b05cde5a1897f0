import { z } from 'zod';
import { pagingQuery } from '../../http/schemas.ts';
import { versionField } from '../../http/versions.ts';
import { dateField } from '../document/document.schemas.ts';
import { idField, timeEntryStatusField } from '../project/project.schemas.ts';

/** Whole minutes, at most a day. */
export const durationField = z.number().int().min(1).max(1440);
const notesField = z.string().trim().max(5000).nullable().optional();
const commentField = z.string().trim().min(1, 'is required').max(5000);

export const createTimeEntryBody = z
  .object({
    project_id: idField,
    task_id: idField,
    /** Whose time; the signed-in staff member's when left out (required with an API key). */
    staff_user_id: idField.optional(),
    work_date: dateField,
    duration_minutes: durationField,
    notes: notesField,
    billable: z.boolean().optional(),
  })
  .strict();
export type CreateTimeEntryBody = z.infer<typeof createTimeEntryBody>;

export const updateTimeEntryBody = z
  .object({
    task_id: idField.optional(),
    work_date: dateField.optional(),
    duration_minutes: durationField.optional(),
    notes: notesField,
    billable: z.boolean().optional(),
    version: versionField,
  })
  .strict();
export type UpdateTimeEntryBody = z.infer<typeof updateTimeEntryBody>;

export const listTimeEntriesQuery = pagingQuery.extend({
  project_id: idField.optional(),
  customer_id: idField.optional(),
  staff_user_id: idField.optional(),
  task_id: idField.optional(),
  status: timeEntryStatusField.optional(),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type ListTimeEntriesQuery = z.infer<typeof listTimeEntriesQuery>;

export const submitEntriesBody = z.object({ entry_ids: z.array(idField).min(1).max(1000) }).strict();
export const answerEntryBody = z.object({ comment: commentField, duration_minutes: durationField.optional(), notes: notesField }).strict();
export type AnswerEntryBody = z.infer<typeof answerEntryBody>;

const ref = z.object({ id: z.string(), name: z.string() });

export const timeEntryResponse = z.object({
  id: z.string(),
  project: ref,
  task: ref,
  staff: ref,
  customer: z.object({ id: z.string(), display_name: z.string() }),
  work_date: z.string(),
  duration_minutes: z.number().int(),
  notes: z.string().nullable(),
  billable: z.boolean(),
  status: timeEntryStatusField,
  invoice: z.object({ id: z.string(), number: z.string() }).nullable(),
  submitted_at: z.string().nullable(),
  approved_at: z.string().nullable(),
  approved_by: ref.nullable(),
  queried_at: z.string().nullable(),
  last_query: z.object({ comment: z.string().nullable(), actor_name: z.string(), created_at: z.string() }).nullable(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TimeEntryResponse = z.infer<typeof timeEntryResponse>;

export const timeEntryEventResponse = z.object({
  id: z.string(),
  type: z.string(),
  actor_type: z.string(),
  actor_name: z.string(),
  comment: z.string().nullable(),
  created_at: z.string(),
});

// Timers

export const startTimerBody = z.object({ project_id: idField, task_id: idField, notes: notesField, billable: z.boolean().optional() }).strict();
export type StartTimerBody = z.infer<typeof startTimerBody>;

export const timerResponse = z.object({
  timer: z
    .object({ id: z.string(), project: ref, task: ref, notes: z.string().nullable(), billable: z.boolean(), started_at: z.string() })
    .nullable(),
});
export type TimerResponse = z.infer<typeof timerResponse>;
