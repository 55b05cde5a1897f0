import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Dialect } from './db/create-db.ts';
import type { Database } from './db/database.ts';
import type { MailTransport } from './email/transport.ts';
import type { Clock } from './lib/clock.ts';
import type { AvatarFetcher } from './lib/gravatar-fetcher.ts';
import type { PasswordHasher } from './lib/passwords.ts';
import type { GatewayProvider } from './payments/gateway.ts';
import type { PortalHostTable } from './modules/custom-domain/custom-domain-hosts.ts';
import type { SignalBus } from './signals/signal-bus.ts';

/** What every use-case may need; built once in buildApp and passed explicitly. */
export interface AppContext {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Readonly<Config>;
  clock: Clock;
  hasher: PasswordHasher;
  /** Instance secret: keys CSRF tokens and encrypts TOTP seeds. */
  secret: string;
  /** Undefined when no SMTP is configured: mail is then kept for the outbox page. */
  mailTransport: MailTransport | undefined;
  logger: Logger;
  /** The payment gateway of each organization's choice (server/payments/gateways.ts). */
  gateways: GatewayProvider;
  /** Committed changes announced to open pages (stock), across instances on PostgreSQL. */
  signals: SignalBus;
  /** Asks Gravatar for a picture (server/lib/gravatar-fetcher.ts); tests point it at a local stand-in. */
  avatarFetcher: AvatarFetcher;
  /** The verified custom domains, in memory, that requests are routed by (server/http/portal-hosts.ts). */
  portalHosts: PortalHostTable;
  /** DNS TXT look-up for custom domain verification (node:dns/promises resolveTxt; tests pass their own). */
  resolveTxt: TxtResolver;
}

/** Answers the TXT records of a name, each as its chunks; rejects as node:dns does (ENODATA, ENOTFOUND...). */
export type TxtResolver = (name: string) => Promise<string[][]>;

/** Who made a request, for activities and audit. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}
