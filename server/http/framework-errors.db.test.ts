import { connect, type AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { describeOnEachDialect } from '../test/fixture.ts';
import { securityHeaders } from './security-headers.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A real HTTP request over a socket, so that what Node's parser and Fastify's router answer is what is checked. */
async function rawRequest(app: FastifyInstance, request: string): Promise<RawAnswer> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length > 0 ? resolve(Buffer.concat(chunks).toString()) : reject(error)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
    socket.end(request);
  });
  const [head = '', body = ''] = text.split('\r\n\r\n', 2);
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(
    headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function post(path: string, contentType: string, body: string): string {
  return `POST ${path} HTTP/1.1\r\nHost: portico.test\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

const expectedHeaders = securityHeaders({ https: false });

function expectSecurityHeaders(answer: RawAnswer): void {
  for (const name of ['x-content-type-options', 'x-frame-options', 'content-security-policy', 'referrer-policy', 'cross-origin-opener-policy', 'permissions-policy']) {
    expect(answer.headers[name], `${name} on a ${answer.status}`).toBe(expectedHeaders[name]);
  }
}

describeOnEachDialect('answers made by the framework, over real HTTP', (it) => {
  it('carry the security headers and a JSON error: bad URL, unknown route, malformed JSON, too large, wrong media type', async ({ t }) => {
    const cases: [string, string, number, string][] = [
      ['an undecodable URL', 'GET /%E0%A4%A HTTP/1.1\r\nHost: portico.test\r\nConnection: close\r\n\r\n', 400, 'VALIDATION_FAILED'],
      ['an unknown route', 'GET /api/v1/no-such-thing HTTP/1.1\r\nHost: portico.test\r\nConnection: close\r\n\r\n', 404, 'NOT_FOUND'],
      ['malformed JSON', post('/api/v1/session', 'application/json', '{"email":'), 400, 'MALFORMED_JSON'],
      ['a body over the limit', post('/api/v1/session', 'application/json', `{"email":"${'a'.repeat(1024 * 1024)}"}`), 413, 'PAYLOAD_TOO_LARGE'],
      ['an unsupported media type', post('/api/v1/session', 'application/xml', '<email/>'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    for (const [what, request, status, code] of cases) {
      const answer = await rawRequest(t.app, request);
      expect(answer.status, what).toBe(status);
      expectSecurityHeaders(answer);
      expect(JSON.parse(answer.body), what).toMatchObject({ error: { code } });
    }
  });

  it('answer headers over the size limit with 431, the security headers and a JSON error, written before Fastify sees the request', async ({ t }) => {
    const answer = await rawRequest(t.app, `GET /healthz HTTP/1.1\r\nHost: portico.test\r\nX-Padding: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expectSecurityHeaders(answer);
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'VALIDATION_FAILED', message: 'The request headers are too large' } });
  });

  it('answer a request that is not HTTP with 400 and the same headers', async ({ t }) => {
    const answer = await rawRequest(t.app, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer.status).toBe(400);
    expectSecurityHeaders(answer);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});
