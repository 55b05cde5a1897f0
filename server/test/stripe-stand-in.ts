import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import {
  authenticateIntent,
  cancelIntent,
  confirmExisting,
  createIntent,
  createRefund,
  settleIntent,
  settleRefund,
  createSetupIntent,
} from './stripe-stand-in-intents.ts';
import { invalidRequest, missing, newId, StandInState, StripeApiError, type Json, type JsonObject } from './stripe-stand-in-state.ts';

/**
 * A local stand-in for the Stripe endpoints Portico's adapter uses, so tests drive the real `stripe`
 * client (its `host`/`port`/`protocol` options) without the network. It speaks Stripe's wire format:
 * form-encoded bodies with nested `a[b][0]=c` keys, `Authorization: Bearer <secret key>` (401 and
 * Stripe's error JSON for another key), `Idempotency-Key` (the same key answers the first response
 * again, `Idempotent-Replayed: true`; the same key with other parameters is a 400 `idempotency_error`),
 * `expand[]` of a PaymentIntent's payment_method, and errors as `{ error: { type, code, message } }`.
 *
 * Served: POST /v1/customers; POST /v1/payment_intents, GET …/{id}, POST …/{id}/confirm, …/{id}/cancel,
 * GET /v1/payment_intents (list) and /v1/payment_intents/search (`metadata['reference']:'…'` only);
 * GET /v1/payment_methods/{id}, POST …/{id} (update), …/{id}/attach, …/{id}/detach; POST /v1/refunds;
 * POST /v1/setup_intents (confirmed at once).
 * Not Stripe: GET /stand-in/authenticate/{pi}, the 3-D Secure page a redirect opens (links to complete
 * or fail the challenge; `?result=approve|fail` answers with a redirect to the intent's return_url, as
 * Stripe's page does).
 */
export interface StripeStandIn {
  host: string;
  port: number;
  protocol: 'http';
  secretKey: string;
  webhookSecret: string;
  /** Options for createStripeGateway pointing at this stand-in. */
  gatewayOptions: { secretKey: string; webhookSecret: string; host: string; port: number; protocol: 'http'; maxNetworkRetries: number };
  state: StandInState;
  /** Every API request received: method, path, idempotency key and whether the answer was a replay. */
  requests: { method: string; path: string; idempotencyKey: string | null; status: number; replayed: boolean }[];
  /** While set, search finds nothing, as Stripe's search index trails new objects by up to a minute. */
  searchLags: boolean;
  /** The next `count` API requests (to `path` only, if given) answer `status` without doing anything. */
  failNext(count: number, status?: number, path?: string): void;
  /** A PaymentMethod as Stripe.js would create it in the browser (`pm_card_visa` → a fresh `pm_…`). */
  browserPaymentMethod(testId: string): string;
  authenticate(intentId: string, result: 'approve' | 'fail'): void;
  settle(intentId: string, result: 'succeeded' | 'failed'): void;
  settleRefund(refundId: string, result: 'succeeded' | 'failed'): void;
  /** The most recent event of this type. */
  lastEvent(type: string): JsonObject;
  /** An event's body and a `Stripe-Signature` header for it, as Stripe would deliver it. */
  signedDelivery(event: JsonObject, options?: { timestamp?: number; secret?: string }): { body: string; signature: string };
  close(): Promise<void>;
}

/** Parses `a[b][c]=v` form keys into nested objects; all-numeric keys become arrays. */
export function parseStripeForm(params: URLSearchParams): JsonObject {
  const root: JsonObject = {};
  for (const [key, value] of params) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1] as string, ...[...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)].map((part) => part[1] as string)];
    let node: JsonObject = root;
    path.forEach((segment, index) => {
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) node[name] = value;
      else node = (node[name] ??= {}) as JsonObject;
    });
  }
  return arraysOf(root) as JsonObject;
}

function arraysOf(value: Json): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, arraysOf(value[key] as Json)] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
  }
  return Object.fromEntries(entries);
}

function canonical(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key] as Json)}`).join(',')}}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const masked = (key: string): string => `${key.slice(0, 8)}****${key.slice(-4)}`;

export async function startStripeStandIn(options: { secretKey?: string; webhookSecret?: string; nowSeconds?: () => number } = {}): Promise<StripeStandIn> {
  const secretKey = options.secretKey ?? `sk_test_${newId('standin')}`;
  const webhookSecret = options.webhookSecret ?? `whsec_${newId('standin')}`;
  let baseUrl = '';
  const state = new StandInState(options.nowSeconds ?? (() => Math.floor(Date.now() / 1000)), () => baseUrl);
  const idempotent = new Map<string, { fingerprint: string; status: number; body: string }>();
  const requests: StripeStandIn['requests'] = [];
  let failures: { count: number; status: number; path: string | undefined } = { count: 0, status: 500, path: undefined };

  const expandIntent = (intent: JsonObject, expand: string[]): JsonObject => {
    if (!expand.includes('payment_method') || typeof intent.payment_method !== 'string') return intent;
    return { ...intent, payment_method: state.peekMethod(intent.payment_method) };
  };
  const expandList = (expand: string[]) => expand.filter((path) => path.startsWith('data.')).map((path) => path.slice(5));

  function route(method: string, path: string, params: JsonObject): JsonObject {
    const expand = Array.isArray(params.expand) ? params.expand.map(String) : [];
    const segments = path.split('/').filter(Boolean);
    const [, resource, id, action] = segments;
    if (method === 'POST' && path === '/v1/customers') {
      const customer: JsonObject = {
        id: newId('cus'), object: 'customer', created: state.now(), email: (params.email as Json) ?? null, name: (params.name as Json) ?? null,
        metadata: (params.metadata as JsonObject | undefined) ?? {}, livemode: false, balance: 0, currency: null, delinquent: false,
        invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      };
      state.customers.set(customer.id as string, customer);
      return customer;
    }
    if (resource === 'payment_intents') {
      if (method === 'POST' && !id) return expandIntent(createIntent(state, params).object, expand);
      if (method === 'GET' && id === 'search') {
        const query = typeof params.query === 'string' ? params.query : '';
        const match = /^metadata\['([^']+)'\]:'((?:[^'\\]|\\.)*)'$/.exec(query.trim());
        if (!match) throw invalidRequest(`The stand-in searches by metadata only, not: ${query}`, { param: 'query' });
        const [, key, escaped] = match as unknown as [string, string, string];
        const wanted = escaped.replace(/\\(.)/g, '$1');
        const data = standIn.searchLags ? [] : [...state.intents.values()].map((stored) => stored.object).filter((intent) => (intent.metadata as JsonObject)[key] === wanted);
        return { object: 'search_result', data: data.map((intent) => expandIntent(intent, expandList(expand))), has_more: false, next_page: null, url: '/v1/payment_intents/search' };
      }
      if (method === 'GET' && !id) {
        const limit = Math.min(Number(params.limit ?? 10), 100);
        const data = [...state.intents.values()].map((stored) => stored.object)
          .filter((intent) => !params.customer || intent.customer === params.customer)
          .reverse().slice(0, limit);
        return { object: 'list', data: data.map((intent) => expandIntent(intent, expandList(expand))), has_more: state.intents.size > limit, url: '/v1/payment_intents' };
      }
      if (method === 'GET' && id && !action) return expandIntent(state.intent(id).object, expand);
      if (method === 'POST' && id && action === 'confirm') return expandIntent(confirmExisting(state, id, params).object, expand);
      if (method === 'POST' && id && action === 'cancel') return expandIntent(cancelIntent(state, id, params).object, expand);
    }
    if (resource === 'payment_methods' && id) {
      if (method === 'GET' && !action) return state.peekMethod(id);
      if (method === 'POST' && action === 'attach') {
        const customer = typeof params.customer === 'string' ? params.customer : '';
        if (!state.customers.has(customer)) throw invalidRequest(`No such customer: '${customer}'`, { code: 'resource_missing', param: 'customer' });
        const stored = state.useMethod(id, 'payment_method');
        if (stored.object.customer && stored.object.customer !== customer) {
          throw invalidRequest('The payment method you provided has already been attached to a customer.', { code: 'payment_method_unexpected_state' });
        }
        stored.object.customer = customer;
        return stored.object;
      }
      const stored = state.methods.get(id);
      if (!stored) throw missing('PaymentMethod', id, 'payment_method');
      if (method === 'POST' && action === 'detach') {
        if (!stored.object.customer) {
          throw invalidRequest('The payment method you provided is not attached to a customer so detachment is impossible.', { code: 'payment_method_unexpected_state' });
        }
        stored.object.customer = null;
        return stored.object;
      }
      if (method === 'POST' && !action) {
        if (!stored.object.customer) throw invalidRequest('You must save this PaymentMethod to a customer before you can update it.', { code: 'payment_method_unexpected_state' });
        const card = params.card as JsonObject | undefined;
        if (card) {
          if (stored.object.type !== 'card') throw invalidRequest('card can only be updated on a card PaymentMethod.', { param: 'card' });
          const current = stored.object.card as JsonObject;
          if (card.exp_month !== undefined) current.exp_month = Number(card.exp_month);
          if (card.exp_year !== undefined) current.exp_year = Number(card.exp_year);
        }
        const billing = params.billing_details as JsonObject | undefined;
        if (billing && 'address' in billing) {
          const details = stored.object.billing_details as JsonObject;
          const address = billing.address;
          const fields = ['city', 'country', 'line1', 'line2', 'postal_code', 'state'];
          // An empty string unsets, as in Stripe's API.
          details.address = address === '' || address === null || typeof address !== 'object' || Array.isArray(address)
            ? Object.fromEntries(fields.map((field) => [field, null]))
            : { ...(details.address as JsonObject), ...Object.fromEntries(Object.entries(address).map(([key, value]) => [key, value === '' ? null : value])) };
        }
        return stored.object;
      }
    }
    if (method === 'POST' && path === '/v1/refunds') return createRefund(state, params);
    if (method === 'POST' && path === '/v1/setup_intents') return createSetupIntent(state, params);
    throw invalidRequest(`Unrecognized request URL (${method}: ${path}).`, {}, 404);
  }

  function answer(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), ...headers });
    response.end(body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', baseUrl);
    const method = request.method ?? 'GET';
    const authentication = /^\/stand-in\/authenticate\/([^/]+)$/.exec(url.pathname);
    if (authentication && method === 'GET') {
      const result = url.searchParams.get('result');
      if (result !== 'approve' && result !== 'fail') {
        // Stripe's test 3-D Secure page: the customer completes or fails the challenge.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><html lang="en"><head><title>3D Secure test payment</title></head><body><main><h1>3D Secure test payment</h1>' +
            '<a href="?result=approve">Complete authentication</a> <a href="?result=fail">Fail authentication</a></main></body></html>',
        );
        return;
      }
      const stored = authenticateIntent(state, authentication[1] as string, result);
      const returnUrl = stored.object.return_url;
      if (typeof returnUrl !== 'string') return answer(response, 200, JSON.stringify({ status: stored.object.status }));
      const target = new URL(returnUrl);
      target.searchParams.set('payment_intent', stored.object.id as string);
      response.writeHead(302, { location: target.toString() });
      response.end();
      return;
    }
    const idempotencyKey = typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : null;
    const log = (status: number, replayed = false) => requests.push({ method, path: url.pathname, idempotencyKey, status, replayed });
    const authorization = request.headers.authorization ?? '';
    const key = authorization.startsWith('Bearer ') ? authorization.slice(7) : '';
    if (key !== secretKey) {
      log(401);
      const message = key ? `Invalid API Key provided: ${masked(key)}` : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";
      return answer(response, 401, JSON.stringify({ error: { type: 'invalid_request_error', message } }), { 'www-authenticate': 'Bearer realm="Stripe"' });
    }
    if (failures.count > 0 && (failures.path === undefined || failures.path === url.pathname)) {
      failures.count--;
      log(failures.status);
      return answer(response, failures.status, JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred (the stand-in was told to fail).' } }));
    }
    const raw = method === 'GET' ? url.search.slice(1) : await readBody(request);
    const params = parseStripeForm(new URLSearchParams(raw));
    const fingerprint = `${method} ${url.pathname} ${canonical(params)}`;
    if (idempotencyKey && method === 'POST') {
      const seen = idempotent.get(idempotencyKey);
      if (seen && seen.fingerprint !== fingerprint) {
        log(400);
        const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`;
        return answer(response, 400, JSON.stringify({ error: { type: 'idempotency_error', message } }));
      }
      if (seen) {
        log(seen.status, true);
        return answer(response, seen.status, seen.body, { 'idempotent-replayed': 'true', 'idempotency-key': idempotencyKey });
      }
    }
    let status = 200;
    let body: string;
    try {
      body = JSON.stringify(route(method, url.pathname, params));
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      body = JSON.stringify({ error: error.body });
    }
    if (idempotencyKey && method === 'POST') idempotent.set(idempotencyKey, { fingerprint, status, body });
    log(status);
    answer(response, status, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      answer(response, 500, JSON.stringify({ error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const standIn: StripeStandIn = {
    host: '127.0.0.1',
    port,
    protocol: 'http',
    secretKey,
    webhookSecret,
    gatewayOptions: { secretKey, webhookSecret, host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 },
    state,
    requests,
    searchLags: false,
    failNext(count, status = 500, path) {
      failures = { count, status, path };
    },
    browserPaymentMethod(testId) {
      return state.mintMethod(testId).object.id as string;
    },
    authenticate(intentId, result) {
      authenticateIntent(state, intentId, result);
    },
    settle(intentId, result) {
      settleIntent(state, intentId, result);
    },
    settleRefund(refundId, result) {
      settleRefund(state, refundId, result);
    },
    lastEvent(type) {
      const event = state.events.findLast((candidate) => candidate.type === type);
      if (!event) throw new Error(`the stand-in sent no ${type} event`);
      return event;
    },
    signedDelivery(event, signing = {}) {
      const body = JSON.stringify(event, null, 2);
      const signature = Stripe.webhooks.generateTestHeaderString({
        payload: body,
        secret: signing.secret ?? webhookSecret,
        timestamp: signing.timestamp ?? state.now(),
      });
      return { body, signature };
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return standIn;
}
