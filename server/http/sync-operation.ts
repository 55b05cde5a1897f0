import type { z } from 'zod';
import type { AppContext } from '../context.ts';
import type { ApiKeyScope, StaffPrincipal } from './auth.ts';

/**
 * A `PUT /api/v1/{resource}/by-external-id/{external_id}` as its module defines it, once, for both its
 * own route and POST /api/v1/batch (server/modules/batch): the body's schema, the scope an API key needs,
 * and the use-case with its answer. In a batch, `ctx.db` is the batch's transaction.
 */
export interface SyncOperation<Body extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  /** The path before `/by-external-id/`, e.g. `customers`. */
  resource: string;
  scope: ApiKeyScope;
  body: Body;
  response: Response;
  put(ctx: AppContext, staff: StaffPrincipal, externalId: string, body: z.output<Body>): Promise<{ status: 200 | 201; body: z.input<Response> }>;
}

export function defineSyncOperation<Body extends z.ZodType, Response extends z.ZodType>(operation: SyncOperation<Body, Response>): SyncOperation<Body, Response> {
  return operation;
}
