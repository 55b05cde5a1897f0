import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, redactedPaths, type BuiltApp } from '../../app.ts';
import { createDb } from '../../db/create-db.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { testConfig } from '../../test/test-app.ts';
import { bankAccount, card } from '../../test/test-gateway-builders.ts';

/** Everything the app's logger writes, as the app configures it (redaction included), at the most talkative level. */
class CapturedLog extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('test gateway logging', () => {
  const log = new CapturedLog();
  let built: BuiltApp;
  beforeAll(async () => {
    const config = testConfig();
    const database = createDb(config);
    await migrateToLatest(database.db);
    built = await buildApp({ config, database, logger: pino({ level: 'trace', redact: { paths: redactedPaths, censor: '[redacted]' } }, log) });
  });
  afterAll(async () => {
    await built.app.close();
    await built.ctx.db.destroy();
  });

  it('writes no card or account number while tokenizing, whatever the outcome', async () => {
    const bodies = [
      card('4242 4242 4242 4242', { cvc: '987' }),
      card('4000000000009979'),
      card('4242424242424241'),
      card('4242424242424242', { exp_month: 13 }),
      card('4242424242424242', { cvc: 'x' }),
      bankAccount('000123456789'),
      bankAccount('000111111116', '021000021'),
    ];
    for (const body of bodies) await built.app.inject({ method: 'POST', url: '/test-gateway/v1/tokens', remoteAddress: '10.9.9.9', payload: body });
    await built.app.inject({ method: 'POST', url: '/test-gateway/v1/tokens', remoteAddress: '10.9.9.9', headers: { 'content-type': 'application/json' }, payload: '{"card":{"number":"4242424242424242",' });
    expect(log.text).toContain('/test-gateway/v1/tokens');
    for (const number of ['4242424242424242', '4242 4242 4242 4242', '4000000000009979', '4242424242424241', '000123456789', '000111111116', '"987"']) {
      expect(log.text).not.toContain(number);
    }
  });

  it('redacts numbers in anything logged with the shape of a token request', () => {
    const before = log.text.length;
    built.ctx.logger.error({ body: card('4242424242424242', { cvc: '987' }), err: { card: { number: '4000000000000002' } } }, 'logged by mistake');
    built.ctx.logger.warn({ bank_account: bankAccount('000123456789').bank_account }, 'logged by mistake');
    built.ctx.logger.info({ req: { body: card('5555555555554444') } }, 'logged by mistake');
    const written = log.text.slice(before);
    expect(written).toContain('logged by mistake');
    expect(written).toContain('[redacted]');
    for (const number of ['4242424242424242', '4000000000000002', '000123456789', '5555555555554444', '"987"']) expect(written).not.toContain(number);
  });
});
