import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ApiKeyRow } from '../../db/database.ts';
import { presentPage } from '../../db/keyset.ts';
import { requireStaff, staffOf, type ApiKeyScope } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { apiKeyStatus } from './api-key.ts';
import { apiKeySchema, createApiKeyBody, createdApiKeySchema, rotateApiKeyBody, rotatedApiKeySchema, type ApiKey } from './api-key.schemas.ts';
import { createApiKey, listApiKeys, revokeApiKey, rotateApiKey } from './api-key.service.ts';

function toApiKey(row: ApiKeyRow, now: Date): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as ApiKeyScope[],
    status: apiKeyStatus(row, now),
    created_at: row.created_at,
    expires_at: row.expires_at,
    last_used_at: row.last_used_at,
    last_used_ip: row.last_used_ip,
    rotated_to_id: row.rotated_to_id,
    revoked_at: row.revoked_at,
  };
}

/** API keys are shown once at creation (and rotation); Portico keeps only their SHA-256. */
export function apiKeyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const admin = { roles: ['owner', 'admin'] as const };
  return async (app) => {
    app.get(
      '/api-keys',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read', ...admin }),
        schema: { tags: ['api keys'], summary: 'API keys, newest first', querystring: pagingQuery, response: { 200: pageOf(apiKeySchema), 400: errorResponse } },
      },
      async (request) => {
        const now = ctx.clock.now();
        return presentPage(await listApiKeys(ctx, staffOf(request).organizationId, request.query), (rows) => rows.map((row) => toApiKey(row, now)));
      },
    );

    app.post(
      '/api-keys',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', ...admin }),
        schema: {
          tags: ['api keys'],
          summary: 'Create an API key; the key is in this answer only',
          body: createApiKeyBody,
          response: { 201: createdApiKeySchema, 400: errorResponse },
        },
      },
      async (request, reply) => {
        const { row, key } = await createApiKey(ctx, staffOf(request), request.body);
        return reply.status(201).send({ ...toApiKey(row, ctx.clock.now()), key });
      },
    );

    app.post(
      '/api-keys/:id/rotate',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', ...admin }),
        schema: {
          tags: ['api keys'],
          summary: 'Rotate an API key: a new key with the same name, scopes and expiry; the old one works until the overlap ends',
          params: idParam,
          body: rotateApiKeyBody,
          response: { 201: rotatedApiKeySchema, 400: errorResponse, 404: errorResponse, 409: errorResponse },
        },
      },
      async (request, reply) => {
        const { row, key, replaces } = await rotateApiKey(ctx, staffOf(request), request.params.id, request.body.overlap_hours);
        return reply.status(201).send({ ...toApiKey(row, ctx.clock.now()), key, replaces });
      },
    );

    app.delete(
      '/api-keys/:id',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', ...admin }),
        schema: { tags: ['api keys'], summary: 'Revoke an API key', params: idParam, response: { 204: z.null(), 404: errorResponse } },
      },
      async (request, reply) => {
        await revokeApiKey(ctx, staffOf(request).organizationId, request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
