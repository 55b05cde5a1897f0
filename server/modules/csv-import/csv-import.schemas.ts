import { z } from 'zod';
import { fieldIssueCodes } from '../../../contract/errors.ts';
import { jobResponse } from '../job/job.schemas.ts';
import { csvImportKinds } from './csv-import.ts';

/** The largest file an import takes (the body of POST /imports). */
export const CSV_IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export const importKindSchema = z.enum(csvImportKinds);

export const uploadQuery = z.object({
  kind: importKindSchema,
  file_name: z.string().trim().min(1).max(255).optional(),
});

export const mappingSchema = z.record(z.string().min(1).max(64), z.string().max(500));

export const validateBody = z.object({ mapping: mappingSchema }).strict();

export const runBody = z.object({ mode: z.enum(['all_or_nothing', 'valid_rows']).default('all_or_nothing') }).strict();

export const errorsQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const rowErrorResponse = z.object({ row: z.number().int(), field: z.string(), code: z.enum(fieldIssueCodes), message: z.string() });

export const importResponse = z.object({
  id: z.string(),
  kind: importKindSchema,
  status: z.enum(['uploaded', 'validated', 'queued', 'running', 'succeeded', 'failed']),
  file_name: z.string().nullable(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** The first rows of the file, as read. */
  sample_rows: z.array(z.array(z.string())),
  row_count: z.number().int(),
  fields: z.array(z.object({ name: z.string(), required: z.boolean() })),
  mapping: mappingSchema,
  /** Where `mapping` comes from: the one chosen for this import, the one remembered for these headers, or suggested from the header names. */
  mapping_source: z.enum(['chosen', 'remembered', 'suggested']),
  valid_count: z.number().int().nullable(),
  invalid_count: z.number().int().nullable(),
  error_count: z.number().int(),
  /** The first row errors (GET …/errors pages through all of them). */
  errors: z.array(rowErrorResponse),
  mode: z.enum(['all_or_nothing', 'valid_rows']).nullable(),
  job_id: z.string().nullable(),
  /** The run's progress (rows processed of the file's rows), while and after it runs. */
  progress: z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() }).nullable(),
  result: z.object({ created: z.number().int(), updated: z.number().int(), skipped: z.number().int() }).nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ImportResponse = z.infer<typeof importResponse>;

export const errorsPageResponse = z.object({ data: z.array(rowErrorResponse), total: z.number().int(), offset: z.number().int() });

export const runResponse = z.object({ import: importResponse, job: jobResponse });
