import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createReceiver, verifyPorticoSignature } from './webhook-receiver.mjs';
import { signatureHeader } from '../server/modules/outgoing-webhook/outgoing-webhook.ts';

const secret = 'whsec_current';
const rolled = 'whsec_previous';
const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'document.viewed', data: {} });
const now = 1_800_000_000;

describe('the example webhook receiver', () => {
  it('accepts Portico’s signature, with either secret during a roll, and nothing else', () => {
    expect(verifyPorticoSignature(body, signatureHeader(body, [secret], now), secret, { now })).toBe(true);
    const duringRoll = signatureHeader(body, [secret, rolled], now);
    expect(verifyPorticoSignature(body, duringRoll, secret, { now })).toBe(true);
    expect(verifyPorticoSignature(body, duringRoll, rolled, { now })).toBe(true);
    expect(verifyPorticoSignature(body, duringRoll, 'whsec_other', { now })).toBe(false);
    expect(verifyPorticoSignature(`${body} `, signatureHeader(body, [secret], now), secret, { now })).toBe(false);
    expect(verifyPorticoSignature(body, signatureHeader(body, [secret], now - 301), secret, { now })).toBe(false);
    expect(verifyPorticoSignature(body, signatureHeader(body, [secret], now + 299), secret, { now })).toBe(true);
    expect(verifyPorticoSignature(body, undefined, secret, { now })).toBe(false);
    expect(verifyPorticoSignature(body, `t=${now},v1=zz`, secret, { now })).toBe(false);
  });

  const servers: ReturnType<typeof createReceiver>[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('answers 204 to a signed event, hands it on once however often it comes, and 400 to a bad signature', async () => {
    const events: { id: string }[] = [];
    const server = createReceiver({ secret: () => secret, onEvent: (event: { id: string }) => events.push(event) });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
    const post = (signature: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'portico-signature': signature }, body });
    const signed = signatureHeader(body, [secret], Math.floor(Date.now() / 1000));
    expect((await post(signed)).status).toBe(204);
    expect((await post(signed)).status).toBe(204);
    expect(events).toEqual([expect.objectContaining({ id: 'evt_1' })]);
    expect((await post(signatureHeader(body, ['whsec_wrong'], Math.floor(Date.now() / 1000)))).status).toBe(400);
  });
});
