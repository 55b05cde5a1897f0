import { expect } from 'vitest';
import { createLogger } from '../app.ts';
import { newToken } from '../lib/tokens.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

async function withLoggedApp(dialect: Parameters<typeof createTestApp>[0], body: (app: TestApp, lines: () => Record<string, unknown>[], raw: () => string) => Promise<void>): Promise<void> {
  const written: string[] = [];
  const app = await createTestApp(dialect, { logger: createLogger('info', { write: (line: string) => void written.push(line) }) });
  try {
    written.length = 0;
    await body(
      app,
      () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
      () => written.join(''),
    );
  } finally {
    await app.close();
  }
}

describeOnEachDialect('the request log', (it, dialect) => {
  it('writes exactly one line per request, with method, path, route, status, time, request id and length', async () => {
    await withLoggedApp(dialect, async (app, lines) => {
      const response = await app.app.inject('/readyz');
      expect(response.statusCode).toBe(200);
      expect(lines()).toHaveLength(1);
      const [line] = lines();
      expect(line).toMatchObject({ level: 30, msg: 'request', method: 'GET', url: '/readyz', route: '/readyz', status: 200, contentLength: Buffer.byteLength(response.body) });
      expect(line?.reqId).toEqual(expect.any(String));
      expect(line?.responseTimeMs).toEqual(expect.any(Number));
      expect(lines().some((entry) => entry.msg === 'incoming request' || entry.msg === 'request completed')).toBe(false);

      await app.app.inject('/api/v1/not-a-route?x=1');
      expect(lines()).toHaveLength(2);
      expect(lines()[1]).toMatchObject({ url: '/api/v1/not-a-route?x=1', route: null, status: 404 });

      // Refused by the router before any route: logged all the same.
      expect((await app.app.inject('/%E0%A4%A')).statusCode).toBe(400);
      expect(lines()).toHaveLength(3);
      expect(lines()[2]).toMatchObject({ msg: 'request', method: 'GET', url: '/%E0%A4%A', route: null, status: 400 });
    });
  });

  it('keeps link tokens, credentials and cookies out of the log', async () => {
    await withLoggedApp(dialect, async (app, lines, raw) => {
      const token = newToken();
      const apiKey = `pk_${newToken()}`;
      await app.app.inject({
        method: 'GET',
        url: `/portal/no-such-portal/api/pay-links/${token}?token=${token}&page=2`,
        headers: { authorization: `Bearer ${apiKey}`, cookie: `portico_staff=${token}` },
      });
      expect(lines()).toHaveLength(1);
      expect(lines()[0]).toMatchObject({ url: '/portal/no-such-portal/api/pay-links/[redacted]?token=[redacted]&page=2', route: '/portal/:slug/api/pay-links/:token' });
      expect(raw()).not.toContain(token);
      expect(raw()).not.toContain(apiKey);
    });
  });
});
