import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Query parameters whose values are secrets or personal: kept by name, their value replaced.
const secretParameter = /token|secret|password|passwd|key|code|sig|auth|session|otp|email/i;
// A path segment that looks like a link token (newToken(): 43 base64url characters); ids (UUIDs) stay readable.
const tokenSegment = /^[A-Za-z0-9_-]{32,}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const redacted = '[redacted]';

/**
 * The URL as it may appear in a log line: invitation, reset and pay-link tokens travel in paths and
 * queries, and a log line must never be enough to use one.
 */
export function loggableUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const safePath = path
    .split('/')
    .map((segment) => (tokenSegment.test(segment) && !uuid.test(segment) ? redacted : segment))
    .join('/');
  if (queryAt === -1) return safePath;
  const query = url
    .slice(queryAt + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      if (equals === -1) return name;
      const value = pair.slice(equals + 1);
      return secretParameter.test(name) || tokenSegment.test(value) ? `${name}=${redacted}` : pair;
    });
  return query.length === 0 ? safePath : `${safePath}?${query.join('&')}`;
}

/** The one line of a request, written when its answer is sent. The request id comes with request.log's bindings (reqId). */
export function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  const length = reply.getHeader('content-length');
  request.log.info(
    {
      method: request.method,
      url: loggableUrl(request.url),
      route: request.routeOptions.url ?? null,
      status: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 100) / 100,
      contentLength: length === undefined ? null : Number(length),
    },
    'request',
  );
}

/**
 * One log line per request (the app disables Fastify's two, "incoming request" and "request completed").
 * Answers Fastify makes before routing log theirs in server/http/framework-errors.ts.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => logRequest(request, reply));
}
