import type { FieldIssue } from '../../../contract/errors.ts';
import type { AppContext } from '../../context.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { httpStatusByCode } from '../../http/errors.ts';
import { fieldIssuesOf } from '../../http/field-issues.ts';
import { externalIdParam, type errorResponse } from '../../http/schemas.ts';
import type { SyncOperation } from '../../http/sync-operation.ts';
import { AppError } from '../../lib/app-error.ts';
import type { z } from 'zod';
import type { BatchBody, BatchOperationResult } from './batch.schemas.ts';

type ErrorAnswer = z.infer<typeof errorResponse>['error'];

export interface BatchAnswer {
  status: number;
  body: { results: BatchOperationResult[] } | { error: ErrorAnswer; results: BatchOperationResult[] };
}

const PATH = /^(?:\/api\/v1)?\/([a-z-]+)\/by-external-id\/([^/?#]+)$/;

/** The failure of operation `index`, carried out of the transaction so that it rolls back. */
class OperationFailed extends Error {
  constructor(
    readonly index: number,
    readonly error: AppError,
    /** Whether the error's fields name the operation's body fields (a use-case's) or already `path`/`body…` (the batch's own checks). */
    readonly fieldsOf: 'body' | 'operation' = 'operation',
  ) {
    super(error.message);
  }
}

function isFieldIssues(details: unknown): details is FieldIssue[] {
  return Array.isArray(details) && details.every((issue) => typeof issue === 'object' && issue !== null && typeof (issue as FieldIssue).field === 'string');
}

/** The operation's error as the batch reports it: message and field issues name `operations.{index}`. */
function operationError(failure: OperationFailed): ErrorAnswer {
  const { error, index } = failure;
  const prefix = failure.fieldsOf === 'body' ? `operations.${index}.body` : `operations.${index}`;
  const issues = isFieldIssues(error.details)
    ? error.details.map((issue) => ({ ...issue, field: `${prefix}.${issue.field}` }))
    : [{ field: `operations.${index}`, code: 'invalid' as const, params: { code: error.code }, message: error.message }];
  return { code: error.code, message: `operations.${index}: ${error.message}`, details: issues };
}

function schemaError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  return new AppError('VALIDATION_FAILED', first ? `${first.field}: ${first.message}` : 'Invalid request', issues);
}

/** The operation a path names, with its parsed external id and body, or the error it is refused with. */
function resolve(
  operations: ReadonlyMap<string, SyncOperation>,
  staff: StaffPrincipal,
  index: number,
  operation: BatchBody['operations'][number],
): { operation: SyncOperation; externalId: string; body: unknown } {
  const match = PATH.exec(operation.path);
  const sync = match ? operations.get(match[1] ?? '') : undefined;
  if (!match || !sync) {
    const known = [...operations.keys()].map((resource) => `/${resource}/by-external-id/{external_id}`).join(', ');
    const error = new AppError('VALIDATION_FAILED', `path: is not one of ${known}`, [{ field: 'path', code: 'invalid', params: {}, message: `is not one of ${known}` }]);
    throw new OperationFailed(index, error);
  }
  let raw: string;
  try {
    raw = decodeURIComponent(match[2] ?? '');
  } catch {
    throw new OperationFailed(index, new AppError('VALIDATION_FAILED', 'path: the external id is not valid URL encoding', [{ field: 'path', code: 'invalid', params: {}, message: 'the external id is not valid URL encoding' }]));
  }
  if (!staff.scopes.includes(sync.scope)) throw new OperationFailed(index, new AppError('FORBIDDEN', `The API key lacks the ${sync.scope} scope`));
  const param = externalIdParam.safeParse({ external_id: raw });
  if (!param.success) {
    throw new OperationFailed(index, schemaError(fieldIssuesOf(param.error.issues.map(toEntry), 'path', { external_id: raw }).map((issue) => ({ ...issue, field: 'path' }))));
  }
  const body = sync.body.safeParse(operation.body);
  if (!body.success) {
    throw new OperationFailed(index, schemaError(fieldIssuesOf(body.error.issues.map(toEntry), 'body', operation.body).map((issue) => ({ ...issue, field: issue.field === 'body' ? 'body' : `body.${issue.field}` }))));
  }
  return { operation: sync, externalId: param.data.external_id, body: body.data };
}

/** A zod issue as the request-schema findings are read (server/http/field-issues.ts). */
function toEntry(issue: z.core.$ZodIssue) {
  const { code, path, message, ...params } = issue;
  return { keyword: code, instancePath: path.map((segment) => `/${String(segment)}`).join(''), message, params: params as Record<string, unknown> };
}

/**
 * POST /batch: the operations in order, in one transaction. The first that fails rolls all of them
 * back; the answer is then its error, with the status it would have had alone.
 */
export async function runBatch(ctx: AppContext, staff: StaffPrincipal, operations: ReadonlyMap<string, SyncOperation>, input: BatchBody): Promise<BatchAnswer> {
  const done: BatchOperationResult[] = [];
  try {
    await withTransaction(ctx, async (trx) => {
      for (const [index, operation] of input.operations.entries()) {
        const resolved = resolve(operations, staff, index, operation);
        let answer: { status: 200 | 201; body: unknown };
        try {
          answer = await resolved.operation.put(trx, staff, resolved.externalId, resolved.body);
        } catch (error) {
          if (error instanceof AppError) throw new OperationFailed(index, error, 'body');
          throw error;
        }
        done.push({ index, status: answer.status, applied: true, body: resolved.operation.response.parse(answer.body) });
      }
    });
  } catch (error) {
    if (!(error instanceof OperationFailed)) throw error;
    const status = httpStatusByCode[error.error.code];
    const answer = operationError(error);
    const results: BatchOperationResult[] = [...done.map(({ index, status: was }) => ({ index, status: was, applied: false })), { index: error.index, status, applied: false, error: answer }];
    return { status, body: { error: answer, results } };
  }
  return { status: 200, body: { results: done } };
}
