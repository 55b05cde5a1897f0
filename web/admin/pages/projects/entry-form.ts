/** The log-time / edit-entry form and the answer to a query: what the fields hold and the bodies sent. */
import { z } from 'zod';
import type { AnswerBody, NewTimeEntryBody, ProjectDetail, TimeEntry, TimeEntryUpdate } from './queries.ts';
import { formatDuration, parseDuration } from './time.ts';

const duration = z
  .string()
  .refine((text) => (parseDuration(text) ?? 0) > 0, 'projects.errors.duration');

export const entryFormSchema = z.object({
  task_id: z.string().min(1, 'projects.errors.task'),
  staff_user_id: z.string(),
  work_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'projects.errors.date'),
  duration,
  notes: z.string().trim().max(2000),
  billable: z.boolean(),
});
export type EntryFormValues = z.input<typeof entryFormSchema>;

export function newEntryValues(project: ProjectDetail, today: string, staffUserId: string): EntryFormValues {
  const task = project.tasks.find((candidate) => !candidate.archived_at);
  return { task_id: task?.id ?? '', staff_user_id: staffUserId, work_date: today, duration: '', notes: '', billable: task?.billable ?? true };
}

export function editEntryValues(entry: TimeEntry): EntryFormValues {
  return { task_id: entry.task.id, staff_user_id: entry.staff.id, work_date: entry.work_date, duration: formatDuration(entry.duration_minutes), notes: entry.notes ?? '', billable: entry.billable };
}

export function newEntryBody(projectId: string, values: z.output<typeof entryFormSchema>): NewTimeEntryBody {
  return {
    project_id: projectId,
    task_id: values.task_id,
    ...(values.staff_user_id ? { staff_user_id: values.staff_user_id } : {}),
    work_date: values.work_date,
    duration_minutes: parseDuration(values.duration) ?? 0,
    ...(values.notes ? { notes: values.notes } : {}),
    billable: values.billable,
  };
}

export function entryUpdateBody(entry: TimeEntry, values: z.output<typeof entryFormSchema>): TimeEntryUpdate {
  return { task_id: values.task_id, work_date: values.work_date, duration_minutes: parseDuration(values.duration) ?? 0, notes: values.notes, billable: values.billable, version: entry.version };
}

export const answerFormSchema = z.object({
  comment: z.string().trim().min(1, 'projects.errors.comment').max(2000),
  duration: z.string().refine((text) => text.trim() === '' || (parseDuration(text) ?? 0) > 0, 'projects.errors.duration'),
  notes: z.string().trim().max(2000),
});
export type AnswerFormValues = z.input<typeof answerFormSchema>;

/** The answer: the comment, and the duration or notes only when staff changed them. */
export function answerBody(entry: TimeEntry, values: z.output<typeof answerFormSchema>): AnswerBody {
  const minutes = parseDuration(values.duration);
  return {
    comment: values.comment,
    ...(minutes !== null && minutes !== entry.duration_minutes ? { duration_minutes: minutes } : {}),
    ...(values.notes !== (entry.notes ?? '') ? { notes: values.notes } : {}),
  };
}

/** Whether staff may still change or delete an entry: until it is billed. */
export function entryEditable(entry: Pick<TimeEntry, 'status'>): boolean {
  return entry.status !== 'billed';
}

/** Entries that can be sent to the customer for approval: billable ones not yet sent. */
export function submittable(entry: Pick<TimeEntry, 'status' | 'billable'>): boolean {
  return entry.status === 'unbilled' && entry.billable;
}

/** The field of the entry form for a field the server named. */
export function entryFieldName(field: string): string {
  return field === 'duration_minutes' ? 'duration' : field;
}
