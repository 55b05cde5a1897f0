import type { FastifyInstance, FastifySchema } from 'fastify';
import { requiredScopeOf } from './auth.ts';

/**
 * Writes the scope each staff route asks of an API key into its OpenAPI operation, read from the route's
 * own `requireStaff` guard, so the document cannot drift from what the guard checks. Registered before
 * @fastify/swagger, so the schema swagger collects already carries it.
 */
export function registerOpenApiScopes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const scope = requiredScopeOf(route.preHandler);
    if (!scope) return;
    const schema = (route.schema ?? {}) as FastifySchema & { description?: string };
    const line = `API keys need the \`${scope}\` scope.`;
    route.schema = {
      ...schema,
      description: schema.description ? `${schema.description}\n\n${line}` : line,
      security: [{ apiKey: [scope] }, { staffSession: [] }],
      'x-required-scope': scope,
    } as FastifySchema;
  });
}
