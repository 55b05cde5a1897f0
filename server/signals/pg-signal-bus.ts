import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { LocalSignalBus, type Signal, type SignalBus, type SignalListener, type SignalTopic } from './signal-bus.ts';
import { notifySignal, SIGNAL_CHANNEL } from './signal.repository.ts';

/**
 * PostgreSQL's NOTIFY payload is at most 8000 bytes: a signal naming many ids is sent in parts of this
 * many ids (a UUID is 36 characters), each a signal of its own.
 */
export const IDS_PER_NOTIFICATION = 100;

const payloadSchema = z.object({
  origin: z.string(),
  topic: z.enum(['stock']),
  organization_id: z.string(),
  ids: z.array(z.string()),
});

export interface PostgresSignalBusOptions {
  /** The application's database: publishing is one statement through its pool. */
  db: Kysely<Database>;
  /** The same database, for the one connection that stays open to LISTEN. */
  connectionString: string;
  logger: Logger;
  /** The first wait before connecting again after the listening connection failed; it doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
}

/**
 * The signal bus of instances sharing one PostgreSQL database. A signal is delivered at once to this
 * process's subscribers and sent with `pg_notify` to the others; each instance keeps one dedicated
 * connection that LISTENs on the channel and hands what the other instances sent to its own
 * subscribers (its own notifications, recognised by the instance's origin id, are not delivered twice).
 * When that connection fails, it connects again with a growing delay; signals sent meanwhile are lost,
 * which only delays a page's refresh until the next one.
 */
export class PostgresSignalBus implements SignalBus {
  private readonly local = new LocalSignalBus();
  private readonly origin = randomUUID();
  private client: pg.Client | undefined;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private listening: Promise<void> | undefined;

  constructor(private readonly options: PostgresSignalBusOptions) {}

  /** Connects and listens; resolves once LISTEN is in place (or the first attempt failed, which is logged and retried). */
  start(): Promise<void> {
    this.listening ??= this.connect();
    return this.listening;
  }

  /** Whether the listening connection is up (for tests and health). */
  get connected(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.connectionString });
    let failed = false;
    const onFailure = (error: unknown) => {
      if (failed) return;
      failed = true;
      if (this.client === client) this.client = undefined;
      client.removeAllListeners('notification');
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.options.logger.warn({ err: error }, 'signal bus: the listening connection to PostgreSQL failed; connecting again');
      this.scheduleReconnect();
    };
    client.on('error', onFailure);
    client.on('end', () => onFailure(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel === SIGNAL_CHANNEL && message.payload) this.receive(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SIGNAL_CHANNEL}`);
    } catch (error) {
      onFailure(error);
      return;
    }
    if (this.closed) {
      failed = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.failures = 0;
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    const first = this.options.reconnectDelayMs ?? 1000;
    const delay = Math.min(first * 2 ** this.failures, this.options.maxReconnectDelayMs ?? 30_000);
    this.failures++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
    this.reconnectTimer.unref();
  }

  private receive(payload: string): void {
    let parsed: z.infer<typeof payloadSchema>;
    try {
      const result = payloadSchema.safeParse(JSON.parse(payload));
      if (!result.success) return;
      parsed = result.data;
    } catch {
      return;
    }
    if (parsed.origin === this.origin) return;
    this.local.deliver({ topic: parsed.topic, organizationId: parsed.organization_id, ids: parsed.ids });
  }

  async publish(signal: Signal): Promise<void> {
    this.local.deliver(signal);
    try {
      for (let start = 0; start === 0 || start < signal.ids.length; start += IDS_PER_NOTIFICATION) {
        const ids = signal.ids.slice(start, start + IDS_PER_NOTIFICATION);
        await notifySignal(this.options.db, JSON.stringify({ origin: this.origin, topic: signal.topic, organization_id: signal.organizationId, ids }));
      }
    } catch (error) {
      this.options.logger.warn({ err: error }, 'signal bus: a signal could not be sent to the other instances');
    }
  }

  subscribe(topic: SignalTopic, organizationId: string, listener: SignalListener): () => void {
    return this.local.subscribe(topic, organizationId, listener);
  }

  subscriberCount(): number {
    return this.local.subscriberCount();
  }

  /** Drops the listening connection as a network failure would (tests of the reconnection). */
  interruptForTest(): void {
    this.client?.emit('error', new Error('interrupted'));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
    await this.local.close();
  }
}

/** The bus of an instance on PostgreSQL, listening before the app serves its first request. */
export async function startPostgresSignalBus(options: PostgresSignalBusOptions): Promise<PostgresSignalBus> {
  const bus = new PostgresSignalBus(options);
  await bus.start();
  return bus;
}
