import { expect } from 'vitest';
import { newToken } from '../../lib/tokens.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { createTestApp } from '../../test/test-app.ts';

const metricsToken = newToken();

describeOnEachDialect('metrics on the main listener with METRICS_TOKEN', { config: { METRICS_TOKEN: metricsToken } }, (it) => {
  it('answers Prometheus metrics to the bearer of the token', async ({ t }) => {
    await t.app.inject('/healthz');
    const metrics = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${metricsToken}` } });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('portico_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}');
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
    expect(metrics.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a missing, wrong or differently sent token with 401 UNAUTHENTICATED', async ({ t }) => {
    for (const headers of [{}, { authorization: `Bearer ${metricsToken.slice(0, -1)}x` }, { authorization: `Bearer ${metricsToken}x` }, { authorization: metricsToken }, { authorization: `Basic ${metricsToken}` }]) {
      const refused = await t.app.inject({ url: '/metrics', headers });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe('UNAUTHENTICATED');
      expect(refused.body).not.toContain('portico_http_request_duration_seconds');
      expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });
});

describeOnEachDialect('metrics on their own listener with METRICS_PORT', (it, dialect) => {
  it('serves only /metrics there without a token, from the app’s registry, not on the main listener, and closes with the app', async () => {
    const t = await createTestApp(dialect, { config: { METRICS_PORT: '0' } });
    let closed = false;
    try {
      const metricsApp = t.metricsApp;
      if (!metricsApp) throw new Error('METRICS_PORT builds a metrics listener');
      const address = await metricsApp.listen({ port: 0, host: '127.0.0.1' });
      await t.app.inject('/healthz');
      const scraped = await fetch(`${address}/metrics`);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get('x-frame-options')).toBe('DENY');
      expect(await scraped.text()).toContain('portico_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"}');
      expect((await fetch(`${address}/healthz`)).status).toBe(404);
      expect((await fetch(`${address}/api/v1/session`)).status).toBe(404);
      expect((await t.app.inject('/metrics')).statusCode).toBe(404);

      await t.close();
      closed = true;
      expect(metricsApp.server.listening).toBe(false);
      await expect(fetch(`${address}/metrics`)).rejects.toThrow();
    } finally {
      if (!closed) await t.close();
    }
  });
});
