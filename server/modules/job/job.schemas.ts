import { z } from 'zod';
import type { JobRow } from '../../db/database.ts';

export const jobResponse = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress_done: z.number().int(),
  progress_total: z.number().int(),
  result: z.unknown(),
  error: z.string().nullable(),
  created_at: z.string(),
  finished_at: z.string().nullable(),
});

export function toJobResponse(job: JobRow): z.infer<typeof jobResponse> {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress_done: job.progress_done,
    progress_total: job.progress_total,
    result: job.result ? (JSON.parse(job.result) as unknown) : null,
    error: job.error,
    created_at: job.created_at,
    finished_at: job.finished_at,
  };
}
