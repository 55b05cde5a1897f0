import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ApiKeyRow } from '../../db/database.ts';
import { presentPage } from '../../db/keyset.ts';
import { apiKeyScopes, requireStaff, staffOf } from '../../http/auth.ts';
import { errorResponse, idParam, pageOf, pagingQuery } from '../../http/schemas.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service.ts';

const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(apiKeyScopes)),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

function toApiKey(row: ApiKeyRow): z.infer<typeof apiKey> {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: JSON.parse(row.scopes) as z.infer<typeof apiKey>['scopes'],
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}

/** API keys are shown once at creation; Portico keeps only their SHA-256. */
export function apiKeyRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const admin = { roles: ['owner', 'admin'] as const };
  return async (app) => {
    app.get(
      '/api-keys',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.read', ...admin }),
        schema: { tags: ['api keys'], summary: 'API keys, newest first', querystring: pagingQuery, response: { 200: pageOf(apiKey), 400: errorResponse } },
      },
      async (request) => presentPage(await listApiKeys(ctx, staffOf(request).organizationId, request.query), (rows) => rows.map(toApiKey)),
    );

    app.post(
      '/api-keys',
      {
        preHandler: requireStaff(ctx, { scope: 'settings.write', ...admin }),
        schema: {
          tags: ['api keys'],
          summary: 'Create an API key; the key is in this answer only',
          body: z.object({ name: z.string().trim().min(1).max(100), scopes: z.array(z.enum(apiKeyScopes)).min(1) }).strict(),
          response: { 201: apiKey.extend({ key: z.string() }) },
        },
      },
      async (request, reply) => {
        const { row, key } = await createApiKey(ctx, staffOf(request), request.body);
        return reply.status(201).send({ ...toApiKey(row), key });
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
