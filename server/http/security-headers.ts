import type { FastifyInstance } from 'fastify';

const contentSecurityPolicy = [
  "default-src 'self'",
  // Stripe.js must be loaded from Stripe (the portal's card form when the gateway is Stripe).
  "script-src 'self' https://js.stripe.com",
  // Brand colours are applied as inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  // Organization logos and Gravatar avatars live on other hosts.
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

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('x-frame-options', 'DENY');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    void reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!request.url.startsWith('/api/docs')) void reply.header('content-security-policy', contentSecurityPolicy);
    if (options.https) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
