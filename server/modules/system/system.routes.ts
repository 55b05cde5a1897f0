import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/app-error.ts';
import { safeEqual } from '../../lib/tokens.ts';
import { pingDatabase } from './system.repository.ts';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'portico_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, httpDuration };
}

export type Metrics = ReturnType<typeof createMetrics>;

function sendMetrics(metrics: Metrics) {
  return async (_request: FastifyRequest, reply: FastifyReply) => {
    void reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  };
}

/** `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time. */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  if (!authorization?.startsWith('Bearer ')) return false;
  return safeEqual(authorization.slice('Bearer '.length).trim(), token);
}

export function systemRoutes(ctx: AppContext, metrics: Metrics): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/healthz', { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
      status: 'ok' as const,
    }));

    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      try {
        await pingDatabase(ctx.db);
        return { status: 'ready', database: ctx.dialect };
      } catch (error) {
        ctx.logger.error({ err: error }, 'database not reachable');
        return reply.status(503).send({ status: 'unavailable', database: ctx.dialect });
      }
    });

    // The metrics name routes and show traffic: on the public listener only with METRICS_TOKEN, otherwise
    // not at all (404); METRICS_PORT serves them on an address of their own (metricsOnlyRoutes).
    const token = ctx.config.metricsToken;
    if (token) {
      app.get(
        '/metrics',
        {
          schema: { hide: true },
          onRequest: async (request) => {
            if (!hasMetricsToken(request.headers.authorization, token)) {
              throw new AppError('UNAUTHENTICATED', 'Send the metrics token as Authorization: Bearer <METRICS_TOKEN>');
            }
          },
        },
        sendMetrics(metrics),
      );
    }
  };
}

/** The only route of the metrics listener (METRICS_PORT): reaching its address is the access control. */
export function metricsOnlyRoutes(metrics: Metrics): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/metrics', { schema: { hide: true } }, sendMetrics(metrics));
  };
}
