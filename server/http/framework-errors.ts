import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ErrorBody } from '../../contract/errors.ts';
import { logRequest } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * Answers Fastify gives before a route (and its hooks) is found: an undecodable URL or a path parameter
 * over the length limit. Without this they would be plain JSON without the security headers.
 */
export function frameworkErrorHandler(options: { https: boolean }): NonNullable<FastifyServerOptions['frameworkErrors']> {
  const headers = securityHeaders(options);
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 400;
    const body: ErrorBody = { error: { code: 'VALIDATION_FAILED', message: error.code === 'FST_ERR_BAD_URL' ? 'The URL is not valid' : error.message } };
    void reply.headers(headers).status(status).send(body);
    // No route, so no onResponse hook: the request's one log line is written here.
    logRequest(request, reply);
  };
}

function rawAnswer(status: number, headers: Readonly<Record<string, string>>, message: string): string {
  const body = JSON.stringify({ error: { code: 'VALIDATION_FAILED', message } } satisfies ErrorBody);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over the size limit, a broken
 * request line, a client that never finished its headers): the answer is written to the socket here,
 * with the same security headers and error body as every other answer.
 */
export function clientErrorHandler(options: { https: boolean }): (error: ConnectionError, socket: Socket) => void {
  const headers = securityHeaders(options);
  return (error, socket) => {
    // A reset connection has nobody left to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (socket.writable) {
      if (error.code === 'HPE_HEADER_OVERFLOW') socket.write(rawAnswer(431, headers, 'The request headers are too large'));
      else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') socket.write(rawAnswer(408, headers, 'The request took too long to arrive'));
      else socket.write(rawAnswer(400, headers, 'The request is not valid HTTP'));
    }
    socket.destroy(error);
  };
}
