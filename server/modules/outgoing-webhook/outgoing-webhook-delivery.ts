/**
 * One HTTP attempt of a webhook delivery. The host is resolved here, on every attempt, and the connection
 * goes to the address that was checked (the lookup is the socket's own), so a name that changes to a
 * private address between checks (DNS rebinding) is still refused. Redirects are not followed.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { DELIVERY_TIMEOUT_MS, isForbiddenAddress, RESPONSE_BODY_LIMIT } from './outgoing-webhook.ts';

export interface AttemptOutcome {
  /** The answer's status, or null when there was none (refused, unreachable, timed out). */
  status: number | null;
  body: string | null;
  error: string | null;
  durationMs: number;
}

class PrivateAddressError extends Error {}

function guardedLookup(allowPrivateNetworks: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const forbidden = allowPrivateNetworks ? undefined : addresses.find((entry) => isForbiddenAddress(entry.address));
      if (forbidden || addresses.length === 0) {
        return callback(new PrivateAddressError(`${hostname} resolves to ${forbidden?.address ?? 'no address'}, which webhooks may not reach`), '', 0);
      }
      if (options.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}

export async function postWebhook(url: string, body: string, headers: Record<string, string>, options: { allowPrivateNetworks: boolean; timeoutMs?: number }): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (outcome: Omit<AttemptOutcome, 'durationMs'>): AttemptOutcome => ({ ...outcome, durationMs: Math.round(performance.now() - started) });
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateNetworks && isIP(host) !== 0 && isForbiddenAddress(host)) {
    return done({ status: null, body: null, error: `${host} is a private address, which webhooks may not reach` });
  }
  const client = target.protocol === 'https:' ? https : http;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  return new Promise<AttemptOutcome>((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body).toString(), ...headers },
        lookup: guardedLookup(options.allowPrivateNetworks),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_BODY_LIMIT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on('end', () => resolve(done({ status: response.statusCode ?? null, body: Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8'), error: null })));
        response.on('error', (error) => resolve(done({ status: response.statusCode ?? null, body: null, error: error.message })));
      },
    );
    request.on('error', (error) => {
      const message = error.name === 'AbortError' || error.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : error.message;
      resolve(done({ status: null, body: null, error: message }));
    });
    request.end(body);
  });
}
