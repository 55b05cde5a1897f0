import { z } from 'zod';

/**
 * The only place that reads the environment. Everything else receives the frozen `Config`.
 * Durations are in seconds.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  SQLITE_PATH: z.string().default('./data/portico.db'),
  PUBLIC_URL: z.url('must be an absolute URL such as http://localhost:3000').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Portico <no-reply@portico.local>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_TIMEOUT: z.coerce.number().int().positive().default(30 * 60),
  SESSION_ABSOLUTE_TIMEOUT: z.coerce.number().int().positive().default(12 * 60 * 60),
  INVITATION_TTL: z.coerce.number().int().positive().default(7 * 24 * 60 * 60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RUN_WORKER: z.enum(['true', 'false']).default('true'),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // /metrics: with a token on the main listener, and/or on a listener of its own (no token there).
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().default('127.0.0.1'),
  // A fault point for the reconciliation test: the process kills itself after the gateway charged and
  // before the payment is committed. Refused in production.
  PAYMENT_FAULT: z.enum(['none', 'kill_after_charge']).default('none'),
  // Development only: outgoing webhooks may go to private, loopback and link-local addresses. Refused in production.
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: z.enum(['true', 'false']).default('false'),
  // Development: the demo organization gets a webhook endpoint at this URL (npm start runs a receiver there),
  // and its signing secret is written to the file for that receiver.
  DEMO_WEBHOOK_URL: z.url('must be an absolute URL such as http://127.0.0.1:4242/webhooks').optional(),
  DEMO_WEBHOOK_SECRET_FILE: z.string().default('./data/demo-webhook-secret'),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  sqlitePath: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string | undefined;
  sessionIdleTimeoutSeconds: number;
  sessionAbsoluteTimeoutSeconds: number;
  invitationTtlSeconds: number;
  logLevel: string;
  runWorker: boolean;
  seedDemo: boolean;
  trustProxy: boolean;
  /** Bearer token that opens /metrics on the main listener; without it /metrics is not served there. */
  metricsToken: string | undefined;
  /** A separate listener serving only /metrics (no token), for a scraper on a private network. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** `kill_after_charge`: see PAYMENT_FAULT (tests of reconciliation only). */
  paymentFault: 'none' | 'kill_after_charge';
  /** Outgoing webhooks may reach private, loopback and link-local addresses (development and tests only). */
  webhooksAllowPrivateNetworks: boolean;
  /** Where the seeded demo organization's webhook endpoint points, and the file its secret is written to. */
  demoWebhook: { url: string; secretFile: string } | undefined;
  /** Argon2id cost; tests lower it, production keeps the OWASP recommendation. */
  passwordHashing: { memoryCost: number; timeCost: number; parallelism: number };
}

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === 'true' && e.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: lets webhooks reach private networks and cannot be set in production');
  }
  if (e.PAYMENT_FAULT !== 'none' && e.NODE_ENV === 'production') throw new ConfigError('Invalid configuration:\n  PAYMENT_FAULT: is a test fault point and cannot be set in production');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sqlitePath: e.SQLITE_PATH,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET,
    sessionIdleTimeoutSeconds: e.SESSION_IDLE_TIMEOUT,
    sessionAbsoluteTimeoutSeconds: e.SESSION_ABSOLUTE_TIMEOUT,
    invitationTtlSeconds: e.INVITATION_TTL,
    logLevel: e.LOG_LEVEL,
    runWorker: e.RUN_WORKER === 'true',
    seedDemo: e.SEED_DEMO === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    metricsToken: e.METRICS_TOKEN,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
    paymentFault: e.PAYMENT_FAULT,
    webhooksAllowPrivateNetworks: e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === 'true',
    demoWebhook: e.DEMO_WEBHOOK_URL ? { url: e.DEMO_WEBHOOK_URL, secretFile: e.DEMO_WEBHOOK_SECRET_FILE } : undefined,
    passwordHashing: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
  });
}
