import type { FastifyInstance } from 'fastify';

const contentSecurityPolicy = [
  "default-src 'self'",
  // Stripe.js must be loaded from Stripe (the portal's card form when the gateway is Stripe).
  "script-src 'self' https://js.stripe.com",
  // Brand colours are applied as inline style attributes (and the API reference's Swagger UI sets some too).
  "style-src 'self' 'unsafe-inline'",
  // Organization logos live on other hosts (contacts' Gravatar pictures are served from here: docs/security.md).
  "img-src 'self' data: https:",
  // Stripe.js calls Stripe's API from the page.
  "connect-src 'self' https://api.stripe.com",
  // Stripe Elements and 3-D Secure run in Stripe's frames; 'self' keeps what default-src allowed.
  "frame-src 'self' https://js.stripe.com https://hooks.stripe.com",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * The headers of every answer, in one place: the onSend hook below and the answers written straight to
 * the socket before Fastify sees a request (server/http/framework-errors.ts) send the same values.
 * The API reference (/api/docs) gets the same policy: Swagger UI's initializer is a file served from
 * here, not an inline script, so it needs nothing more.
 */
export function securityHeaders(options: { https: boolean }): Readonly<Record<string, string>> {
  return Object.freeze({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'content-security-policy': contentSecurityPolicy,
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  });
}

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options);
  app.addHook('onSend', async (_request, reply) => {
    void reply.headers(headers);
  });
}
