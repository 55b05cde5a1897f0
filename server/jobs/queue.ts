import type { AppContext } from '../context.ts';
import type { Db, JobRow } from '../db/database.ts';
import { isoIn, isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { findClaimableJob, insertJob, updateJob } from './queue.repository.ts';

/**
 * Reports a job's progress. `db` is where to write it: by default its own statement; a handler that works
 * in one long transaction on SQLite (one connection) passes that transaction, or the write would wait for it.
 */
export interface JobProgress {
  (done: number, total: number, db?: Db): Promise<void>;
}

export type JobHandler = (ctx: AppContext, job: JobRow, progress: JobProgress) => Promise<unknown>;

const handlers = new Map<string, JobHandler>();

/** Modules register the work they queue; the queue itself knows no module. */
export function registerJobHandler(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export async function enqueueJob(
  ctx: AppContext,
  db: Db,
  input: { organizationId: string; kind: string; payload: unknown; total: number; createdBy: string | null },
): Promise<JobRow> {
  const row: JobRow = {
    id: newId(),
    organization_id: input.organizationId,
    kind: input.kind,
    status: 'queued',
    payload: JSON.stringify(input.payload),
    result: null,
    error: null,
    progress_done: 0,
    progress_total: input.total,
    attempts: 0,
    locked_until: null,
    created_by: input.createdBy,
    created_at: isoNow(ctx.clock),
    started_at: null,
    finished_at: null,
  };
  await insertJob(db, row);
  return row;
}

async function claimJob(ctx: AppContext): Promise<JobRow | undefined> {
  const now = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const job = await findClaimableJob(trx, ctx.dialect, now);
    if (!job) return undefined;
    await updateJob(trx, job.id, { status: 'running', started_at: job.started_at ?? now, attempts: job.attempts + 1, locked_until: isoIn(ctx.clock, 300) });
    return { ...job, status: 'running' as const, attempts: job.attempts + 1 };
  });
}

/** Runs queued jobs until none is left. */
export async function runDueJobs(ctx: AppContext): Promise<number> {
  let ran = 0;
  for (let job = await claimJob(ctx); job; job = await claimJob(ctx)) {
    ran++;
    const handler = handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      const jobId = job.id;
      const result = await handler(ctx, job, async (done, total, db) => {
        await updateJob(db ?? ctx.db, jobId, { progress_done: done, progress_total: total, locked_until: isoIn(ctx.clock, 300) });
      });
      await updateJob(ctx.db, job.id, { status: 'succeeded', result: JSON.stringify(result ?? null), finished_at: isoNow(ctx.clock), locked_until: null });
    } catch (error) {
      ctx.logger.error({ err: error, jobId: job.id }, 'job failed');
      await updateJob(ctx.db, job.id, { status: 'failed', error: error instanceof Error ? error.message : String(error), finished_at: isoNow(ctx.clock), locked_until: null });
    }
  }
  return ran;
}
