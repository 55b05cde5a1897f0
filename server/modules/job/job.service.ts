import type { AppContext } from '../../context.ts';
import type { JobRow } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { findJob } from './job.repository.ts';

/** A job of the organization; another organization's job is not found. */
export async function getJob(ctx: AppContext, organizationId: string, id: string): Promise<JobRow> {
  const job = await findJob(ctx.db, organizationId, id);
  if (!job) throw notFound('Job');
  return job;
}

/** A job of the organization, or undefined (for modules that show a job's progress beside their own row). */
export async function findJobOf(ctx: AppContext, organizationId: string, id: string): Promise<JobRow | undefined> {
  return findJob(ctx.db, organizationId, id);
}
