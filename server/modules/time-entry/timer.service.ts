import type { AppContext } from '../../context.ts';
import type { TimersTable } from '../../db/project-tables.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { organizationDateAt } from '../organization/organization-today.ts';
import * as repo from './time-entry.repository.ts';
import type { StartTimerBody, TimeEntryResponse, TimerResponse } from './time-entry.schemas.ts';
import { getEntryResponse, insertNewEntry, loggableProject, loggableTask, staffActor } from './time-entry.service.ts';

/** Timers belong to a signed-in staff member, not to an API key. */
function timerOwner(staff: StaffPrincipal): string {
  if (!staff.staffUserId) throw new AppError('FORBIDDEN', 'Timers belong to a signed-in staff member; log time with POST /api/v1/time-entries instead');
  return staff.staffUserId;
}

export async function getTimer(ctx: AppContext, staff: StaffPrincipal): Promise<TimerResponse> {
  const timer = await repo.findTimerRow(ctx.db, staff.organizationId, timerOwner(staff));
  if (!timer) return { timer: null };
  return {
    timer: {
      id: timer.id,
      project: { id: timer.project_id, name: timer.project_name },
      task: { id: timer.task_id, name: timer.task_name },
      notes: timer.notes,
      billable: timer.billable === 1,
      started_at: timer.started_at,
    },
  };
}

/** Starts the staff member's timer; one runs at a time (409 CONFLICT, also when two starts race: a unique index decides). */
export async function startTimer(ctx: AppContext, staff: StaffPrincipal, input: StartTimerBody): Promise<TimerResponse> {
  const owner = timerOwner(staff);
  await ctx.db.transaction().execute(async (trx) => {
    const project = await loggableProject(trx, staff.organizationId, input.project_id);
    const task = await loggableTask(trx, project, input.task_id);
    const row: TimersTable = {
      id: newId(),
      organization_id: staff.organizationId,
      staff_user_id: owner,
      project_id: project.id,
      task_id: task.id,
      notes: input.notes ?? null,
      billable: input.billable === false ? 0 : 1,
      started_at: isoNow(ctx.clock),
    };
    if (!(await repo.insertTimer(trx, row))) throw new AppError('CONFLICT', 'A timer is running already; stop or discard it first');
  });
  return getTimer(ctx, staff);
}

/**
 * Stops the running timer into a time entry: its duration rounded up to whole minutes (at least 1, at
 * most a day), on the organization's date when it started. The timer goes in the same transaction, so
 * two stops at once make one entry.
 */
export async function stopTimer(ctx: AppContext, staff: StaffPrincipal): Promise<TimeEntryResponse> {
  const owner = timerOwner(staff);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const timer = await repo.findTimer(trx, staff.organizationId, owner);
    if (!timer) throw notFound('Running timer');
    const project = await loggableProject(trx, staff.organizationId, timer.project_id);
    if (!(await repo.deleteTimer(trx, timer.id))) throw notFound('Running timer');
    const now = ctx.clock.now();
    const elapsed = now.getTime() - Date.parse(timer.started_at);
    const minutes = Math.min(1440, Math.max(1, Math.ceil(elapsed / 60_000)));
    const entry = await insertNewEntry(trx, {
      project,
      taskId: timer.task_id,
      staffUserId: owner,
      workDate: await organizationDateAt(trx, staff.organizationId, new Date(timer.started_at)),
      minutes,
      notes: timer.notes,
      billable: timer.billable === 1,
      actor: await staffActor(trx, staff),
      now: now.toISOString(),
    });
    return entry.id;
  });
  return getEntryResponse(ctx.db, staff.organizationId, id);
}

export async function discardTimer(ctx: AppContext, staff: StaffPrincipal): Promise<void> {
  const owner = timerOwner(staff);
  const timer = await repo.findTimer(ctx.db, staff.organizationId, owner);
  if (!timer) throw notFound('Running timer');
  await repo.deleteTimer(ctx.db, timer.id);
}
