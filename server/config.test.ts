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
