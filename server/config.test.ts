import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, sqlitePath: './data/portico.db', publicUrl: 'http://localhost:3000', sessionIdleTimeoutSeconds: 1800, sessionAbsoluteTimeoutSeconds: 43200 });
    expect(config.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad variable in one clear error', () => {
    expect(() => readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', SESSION_SECRET: 'short' })).toThrow(ConfigError);
    try {
      readConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', SESSION_SECRET: 'short' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SMTP_URL', 'SESSION_SECRET']) expect(message).toContain(name);
    }
  });

  it('reads PostgreSQL, SMTP and the public URL', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://u@h/db', SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_URL: 'https://portal.example.com/' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@h/db', smtpUrl: 'smtp://127.0.0.1:2525', publicUrl: 'https://portal.example.com' });
  });
});

describe('metrics access', () => {
  it('serves /metrics nowhere by default; a token of at least 32 characters and its own loopback listener are optional', () => {
    expect(readConfig({})).toMatchObject({ metricsToken: undefined, metricsPort: undefined, metricsHost: '127.0.0.1' });
    const token = 'm'.repeat(32);
    expect(readConfig({ METRICS_TOKEN: token, METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' })).toMatchObject({ metricsToken: token, metricsPort: 9464, metricsHost: '10.0.0.5' });
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 32 characters/);
    expect(() => readConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
  });
});
