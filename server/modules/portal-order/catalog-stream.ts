import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { securityHeaders } from '../../http/security-headers.ts';
import { availabilityOf } from './catalog.service.ts';

/** A comment line this often keeps proxies from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;

/** The streams open on this instance, ended when the app closes (an open stream would keep it from closing). */
export class OpenStreams {
  private readonly ends = new Set<() => void>();
  add(end: () => void): () => void {
    this.ends.add(end);
    return () => this.ends.delete(end);
  }
  get size(): number {
    return this.ends.size;
  }
  endAll(): void {
    for (const end of [...this.ends]) end();
  }
}

/**
 * Server-Sent Events of stock changes for an open catalogue: whenever a stock signal of the
 * organization arrives (from this instance or, on PostgreSQL, another), the items it names that the
 * portal sells are read again and sent as `event: stock` with `{ items: [{ id, available }] }`. Signals
 * arriving while a read is under way are gathered into the next one. Ends when the client goes away.
 */
export function streamCatalog(ctx: AppContext, open: OpenStreams, request: FastifyRequest, reply: FastifyReply, organizationId: string): void {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    ...securityHeaders({ https: ctx.config.publicUrl.startsWith('https://') }),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // Proxies such as nginx buffer answers unless told not to.
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 5000\n\n');

  let ended = false;
  let pending = new Set<string>();
  let reading = false;
  const flush = async () => {
    if (reading || ended || pending.size === 0) return;
    reading = true;
    const ids = [...pending];
    pending = new Set();
    try {
      const items = await availabilityOf(ctx, organizationId, ids);
      if (!ended && items.length > 0) raw.write(`event: stock\ndata: ${JSON.stringify({ items })}\n\n`);
    } catch (error) {
      request.log.warn({ err: error }, 'catalogue stream: reading stock failed');
    } finally {
      reading = false;
    }
    if (pending.size > 0) void flush();
  };
  const unsubscribe = ctx.signals.subscribe('stock', organizationId, (signal) => {
    for (const id of signal.ids) pending.add(id);
    void flush();
  });
  const heartbeat = setInterval(() => {
    if (!ended) raw.write(': heartbeat\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    forget();
    if (!raw.writableEnded) raw.end();
  };
  const forget = open.add(end);
  request.raw.on('close', end);
  raw.on('close', end);
  raw.on('error', end);
}
