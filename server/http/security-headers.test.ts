import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.ts';

describe('the content security policy', () => {
  it('allows Stripe.js, its frames and its API, and nothing else from elsewhere', async () => {
    const app = Fastify();
    registerSecurityHeaders(app, { https: false });
    app.get('/', async () => 'ok');
    const response = await app.inject({ method: 'GET', url: '/' });
    const directives = Object.fromEntries(
      String(response.headers['content-security-policy']).split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]),
    );
    expect(directives['script-src']).toEqual(["'self'", 'https://js.stripe.com']);
    expect(directives['frame-src']).toEqual(["'self'", 'https://js.stripe.com', 'https://hooks.stripe.com']);
    expect(directives['connect-src']).toEqual(["'self'", 'https://api.stripe.com']);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    await app.close();
  });
});
