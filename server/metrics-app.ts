import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.ts';
import { registerErrorHandler } from './http/errors.ts';
import { registerRequestLog } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { type Metrics, metricsOnlyRoutes } from './modules/system/system.routes.ts';

/**
 * The small listener of METRICS_PORT: only /metrics, from the app's own registry, for a scraper on a
 * private address. buildApp builds it and closes it with the app; main.ts makes it listen.
 */
export async function buildMetricsApp(deps: { metrics: Metrics; logger: Logger; https: boolean }): Promise<FastifyInstance> {
  const app = Fastify({
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as in buildApp: keeps FastifyBaseLogger
    loggerInstance: deps.logger.child({ listener: 'metrics' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler: clientErrorHandler({ https: deps.https }),
    frameworkErrors: frameworkErrorHandler({ https: deps.https }),
  });
  registerErrorHandler(app);
  registerSecurityHeaders(app, { https: deps.https });
  registerRequestLog(app);
  await app.register(metricsOnlyRoutes(deps.metrics));
  return app;
}
