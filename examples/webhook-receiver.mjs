// A receiver of Portico's webhooks in plain Node.js, with no dependencies: it checks the signature and
// the timestamp, ignores events it has already seen, and answers 2xx quickly. `npm start` runs it in
// development beside Portico, and the demo organization's endpoint points at it (docs/integrations.md).
//
//   PORTICO_WEBHOOK_SECRET=whsec_… node examples/webhook-receiver.mjs
//
// (or PORTICO_WEBHOOK_SECRET_FILE=path; the file is read again on every request, so a rolled secret is picked up).
import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** True when `header` (`t=…,v1=…[,v1=…]`) signs `rawBody` with `secret` and its time is within `toleranceSeconds` of `now`. */
export function verifyPorticoSignature(rawBody, header, secret, { toleranceSeconds = 300, now = Date.now() / 1000 } = {}) {
  const parts = String(header ?? '').split(',').map((part) => part.split('='));
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  return parts.some(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/.test(value) && timingSafeEqual(Buffer.from(value, 'hex'), expected));
}

function currentSecret() {
  const file = process.env.PORTICO_WEBHOOK_SECRET_FILE;
  return process.env.PORTICO_WEBHOOK_SECRET ?? (file ? readFileSync(file, 'utf8').trim() : '');
}

/** A receiver server; `onEvent` gets each verified event once. */
export function createReceiver({ secret = currentSecret, onEvent = (event) => console.log(`[webhook receiver] ${event.type} ${event.id}`) } = {}) {
  const seen = new Set(); // a real receiver keeps the ids in its database
  return createServer((request, response) => {
    let rawBody = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (rawBody += chunk));
    request.on('end', () => {
      let key = '';
      try {
        key = secret();
      } catch {
        // No secret yet (the demo writes it when it seeds): refuse, Portico retries later.
      }
      if (request.method !== 'POST' || !key || !verifyPorticoSignature(rawBody, request.headers['portico-signature'], key)) {
        response.writeHead(400).end('bad signature');
        return;
      }
      const event = JSON.parse(rawBody);
      if (!seen.has(event.id)) {
        seen.add(event.id);
        onEvent(event);
      }
      response.writeHead(204).end();
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.WEBHOOK_RECEIVER_PORT ?? 4242);
  createReceiver()
    .on('error', (error) => console.error(`[webhook receiver] not started: ${error.message}`))
    .listen(port, '127.0.0.1', () => console.log(`[webhook receiver] listening on http://127.0.0.1:${port}/webhooks`));
}
