/**
 * Outgoing webhooks (docs/integrations.md): endpoints per organization with the events they want; each event
 * is written with one delivery per endpoint in the transaction of what caused it (the database is the
 * outbox), and the worker sends due deliveries signed, with retries and back-off; an endpoint failing for
 * three days is disabled and its owners and admins are emailed. Staff read the delivery log and replay.
 */
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/integration-tables.ts';
import { enqueueEmail } from '../../email/outbox.ts';
import { renderStaffNotificationEmail } from '../../email/staff-notification-email.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, validationError } from '../../lib/app-error.ts';
import { isoIn, isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { decryptSecret, encryptSecret } from '../../lib/tokens.ts';
import { asLanguage } from '../../lib/accept-language.ts';
import { postWebhook } from './outgoing-webhook-delivery.ts';
import { endpointDisabledMessage } from './outgoing-webhook-email.ts';
import {
  DISABLE_AFTER_FAILING_SECONDS,
  endpointUrlProblem,
  retryDelaySeconds,
  signatureHeader,
  WEBHOOK_API_VERSION,
  webhookEventBody,
  type WebhookEventType,
} from './outgoing-webhook.ts';
import * as repo from './outgoing-webhook.repository.ts';

/** An organization has at most this many endpoints. */
export const MAX_ENDPOINTS = 20;
/** A delivery that failed this many times is given up even while its endpoint works for other events. */
export const MAX_ATTEMPTS = 12;
/** While an attempt is under way its delivery is leased for this long, so another instance does not send it too. */
const LEASE_SECONDS = 60;

export interface EndpointInput {
  url: string;
  description?: string | undefined;
  events: WebhookEventType[];
}

export interface EndpointResponse {
  id: string;
  object: 'webhook_endpoint';
  url: string;
  description: string;
  events: WebhookEventType[];
  api_version: string;
  status: 'enabled' | 'disabled';
  disabled_reason: 'failing' | 'staff' | null;
  failing_since: string | null;
  /** Until when the previous secret still signs beside the current one (after a roll). */
  previous_secret_expires_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Only when the endpoint is created and when its secret is rolled. */
  secret?: string;
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

function present(row: WebhookEndpointRow, now: Date, secret?: string): EndpointResponse {
  const overlapping = row.previous_secret_expires_at !== null && new Date(row.previous_secret_expires_at).getTime() > now.getTime();
  return {
    id: row.id,
    object: 'webhook_endpoint',
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as WebhookEventType[],
    api_version: row.api_version,
    status: row.status,
    disabled_reason: row.disabled_reason,
    failing_since: row.failing_since,
    previous_secret_expires_at: overlapping ? row.previous_secret_expires_at : null,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(secret === undefined ? {} : { secret }),
  };
}

function checkUrl(ctx: AppContext, url: string): void {
  const problem = endpointUrlProblem(url, ctx.config.webhooksAllowPrivateNetworks);
  if (problem === 'invalid') throw validationError('url', 'invalid_format', 'must be an absolute URL such as https://example.com/webhooks');
  if (problem === 'https_required') throw validationError('url', 'invalid_format', 'must be an https:// URL');
  if (problem === 'private_address') throw validationError('url', 'private_address', 'must not lead to a private, loopback or link-local address');
}

const notFound = () => new AppError('NOT_FOUND', 'Webhook endpoint not found');

async function endpointOf(ctx: AppContext, organizationId: string, id: string): Promise<WebhookEndpointRow> {
  const row = await repo.findEndpoint(ctx.db, organizationId, id);
  if (!row) throw notFound();
  return row;
}

export async function listWebhookEndpoints(ctx: AppContext, organizationId: string) {
  const now = ctx.clock.now();
  return { data: (await repo.listEndpoints(ctx.db, organizationId)).map((row) => present(row, now)), next_cursor: null };
}

export async function getWebhookEndpoint(ctx: AppContext, organizationId: string, id: string): Promise<EndpointResponse> {
  return present(await endpointOf(ctx, organizationId, id), ctx.clock.now());
}

/** Registers an endpoint; its signing secret is answered this once (and on each roll). */
export async function createWebhookEndpoint(ctx: AppContext, staff: StaffPrincipal, input: EndpointInput): Promise<EndpointResponse> {
  checkUrl(ctx, input.url);
  if ((await repo.countEndpoints(ctx.db, staff.organizationId)) >= MAX_ENDPOINTS) {
    throw new AppError('STATE_CONFLICT', `An organization has at most ${MAX_ENDPOINTS} webhook endpoints; delete one first`);
  }
  const secret = newSecret();
  const now = isoNow(ctx.clock);
  const row: WebhookEndpointRow = {
    id: newId(),
    organization_id: staff.organizationId,
    url: input.url,
    description: input.description ?? '',
    events: JSON.stringify([...new Set(input.events)]),
    api_version: WEBHOOK_API_VERSION,
    status: 'enabled',
    disabled_reason: null,
    secret_sealed: encryptSecret(ctx.secret, secret),
    previous_secret_sealed: null,
    previous_secret_expires_at: null,
    failing_since: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await repo.insertEndpoint(ctx.db, row);
  return present(row, ctx.clock.now(), secret);
}

const stale = (row: WebhookEndpointRow, seen: number) => new AppError('STALE_VERSION', 'The endpoint was changed since you read it; reload it and try again', { version: row.version, seen_version: seen });

/** Changes an endpoint; `enabled: true` also clears a failing streak. With `version`, only if nobody changed it since. */
export async function updateWebhookEndpoint(
  ctx: AppContext,
  organizationId: string,
  id: string,
  input: Partial<EndpointInput> & { enabled?: boolean | undefined; version?: number | undefined },
): Promise<EndpointResponse> {
  const row = await endpointOf(ctx, organizationId, id);
  if (input.version !== undefined && input.version !== row.version) throw stale(row, input.version);
  if (input.url !== undefined) checkUrl(ctx, input.url);
  const now = isoNow(ctx.clock);
  const enabling = input.enabled === true && row.status === 'disabled';
  const changes = {
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.events !== undefined ? { events: JSON.stringify([...new Set(input.events)]) } : {}),
    ...(enabling ? { status: 'enabled' as const, disabled_reason: null, failing_since: null } : {}),
    ...(input.enabled === false && row.status === 'enabled' ? { status: 'disabled' as const, disabled_reason: 'staff' as const } : {}),
    updated_at: now,
  };
  if (!(await repo.updateEndpointAtVersion(ctx.db, row.id, row.version, changes))) throw stale((await repo.findEndpoint(ctx.db, organizationId, id)) ?? row, row.version);
  return getWebhookEndpoint(ctx, organizationId, id);
}

export async function deleteWebhookEndpoint(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  if (!(await repo.deleteEndpoint(ctx.db, organizationId, id))) throw notFound();
}

/**
 * A new signing secret; the previous one keeps signing beside it (a second `v1` in the header) for
 * `overlapHours` (0 to 72), so the receiver can switch without missing an event.
 */
export async function rollWebhookSecret(ctx: AppContext, organizationId: string, id: string, overlapHours: number): Promise<EndpointResponse> {
  const row = await endpointOf(ctx, organizationId, id);
  const secret = newSecret();
  const changes = {
    secret_sealed: encryptSecret(ctx.secret, secret),
    previous_secret_sealed: overlapHours > 0 ? row.secret_sealed : null,
    previous_secret_expires_at: overlapHours > 0 ? isoIn(ctx.clock, overlapHours * 3600) : null,
    updated_at: isoNow(ctx.clock),
  };
  // Two rolls at once: one wins, the other is told to read again (else a secret would be answered that never signs).
  if (!(await repo.updateEndpointAtVersion(ctx.db, row.id, row.version, changes))) throw stale((await repo.findEndpoint(ctx.db, organizationId, id)) ?? row, row.version);
  return present((await repo.findEndpoint(ctx.db, organizationId, id))!, ctx.clock.now(), secret);
}

/**
 * Records an event for every enabled endpoint that wants it, in the caller's transaction: one event row and
 * one pending delivery per endpoint. Without such an endpoint nothing is written.
 */
export async function emitWebhookEvent(ctx: AppContext, db: Db, organizationId: string, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
  const endpoints = (await repo.listEnabledEndpoints(db, organizationId)).filter((endpoint) => (JSON.parse(endpoint.events) as string[]).includes(type));
  if (endpoints.length === 0) return;
  const now = isoNow(ctx.clock);
  const id = `evt_${newId()}`;
  await repo.insertEvent(db, { id, organization_id: organizationId, type, api_version: WEBHOOK_API_VERSION, payload: JSON.stringify(webhookEventBody({ id, type, createdAt: now, data })), created_at: now });
  await repo.insertDeliveries(
    db,
    endpoints.map((endpoint) => ({ id: newId(), organization_id: organizationId, endpoint_id: endpoint.id, event_id: id, status: 'pending' as const, attempts: 0, next_attempt_at: now, locked_until: null, last_attempt_at: null, response_status: null, response_body: null, error: null, duration_ms: null, replay_of: null, created_at: now })),
  );
}

/** Tells the organization's owners and admins, each in their language, that an endpoint was disabled. */
async function tellEndpointDisabled(ctx: AppContext, delivery: NonNullable<Awaited<ReturnType<typeof repo.findDeliveryForAttempt>>>): Promise<void> {
  for (const admin of await repo.listEndpointAdmins(ctx.db, delivery.organization_id)) {
    const language = asLanguage(admin.language) ?? 'en';
    const mail = renderStaffNotificationEmail({
      language,
      organizationName: delivery.organization_name,
      brandColor: delivery.brand_color,
      message: endpointDisabledMessage(language, delivery.url),
      at: ctx.clock.now(),
      timeZone: delivery.time_zone,
      ip: null,
      linkUrl: `${ctx.config.publicUrl}/admin/settings/webhooks/${delivery.endpoint_id}`,
    });
    await enqueueEmail(ctx, ctx.db, { ...mail, to: admin.email, kind: 'webhook_endpoint_disabled', organizationId: delivery.organization_id });
  }
}

/** One attempt of one leased delivery: sign now, post, record the answer, schedule the next try or give up. */
async function attemptDelivery(ctx: AppContext, deliveryId: string): Promise<'succeeded' | 'failed' | 'retrying'> {
  const delivery = await repo.findDeliveryForAttempt(ctx.db, deliveryId);
  if (!delivery) return 'failed';
  const now = isoNow(ctx.clock);
  if (delivery.endpoint_status !== 'enabled') {
    await repo.updateDelivery(ctx.db, delivery.id, { status: 'failed', next_attempt_at: null, locked_until: null, error: 'endpoint disabled' });
    return 'failed';
  }
  const secrets = [decryptSecret(ctx.secret, delivery.secret_sealed)];
  if (delivery.previous_secret_sealed && delivery.previous_secret_expires_at && delivery.previous_secret_expires_at > now) secrets.push(decryptSecret(ctx.secret, delivery.previous_secret_sealed));
  const timestamp = Math.floor(ctx.clock.now().getTime() / 1000);
  const outcome = await postWebhook(
    delivery.url,
    delivery.payload,
    {
      'user-agent': 'Portico-Webhooks/1.0',
      'portico-signature': signatureHeader(delivery.payload, secrets, timestamp),
      'portico-event-id': delivery.event_id,
      'portico-event-type': delivery.event_type,
      'portico-delivery-id': delivery.id,
    },
    { allowPrivateNetworks: ctx.config.webhooksAllowPrivateNetworks },
  );
  const attempts = delivery.attempts + 1;
  const record = { attempts, last_attempt_at: now, response_status: outcome.status, response_body: outcome.body, error: outcome.error, duration_ms: outcome.durationMs, locked_until: null };
  if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) {
    await repo.updateDelivery(ctx.db, delivery.id, { ...record, status: 'succeeded', next_attempt_at: null });
    await repo.clearEndpointFailing(ctx.db, delivery.endpoint_id);
    return 'succeeded';
  }
  await repo.markEndpointFailing(ctx.db, delivery.endpoint_id, now);
  const failingSince = delivery.failing_since ?? now;
  if (new Date(now).getTime() - new Date(failingSince).getTime() >= DISABLE_AFTER_FAILING_SECONDS * 1000) {
    await repo.updateDelivery(ctx.db, delivery.id, { ...record, status: 'failed', next_attempt_at: null });
    if (await repo.disableFailingEndpoint(ctx.db, delivery.endpoint_id, now)) {
      await repo.failPendingDeliveriesOf(ctx.db, delivery.endpoint_id, 'endpoint disabled after failing for 3 days');
      await tellEndpointDisabled(ctx, delivery);
    }
    return 'failed';
  }
  if (attempts >= MAX_ATTEMPTS) {
    await repo.updateDelivery(ctx.db, delivery.id, { ...record, status: 'failed', next_attempt_at: null });
    return 'failed';
  }
  await repo.updateDelivery(ctx.db, delivery.id, { ...record, status: 'pending', next_attempt_at: isoIn(ctx.clock, retryDelaySeconds(attempts)) });
  return 'retrying';
}

/** Sends what is due (the worker's tick): each delivery leased first, so two instances never send one twice at once. */
export async function deliverDueWebhooks(ctx: AppContext, limit = 50): Promise<{ succeeded: number; failed: number; retrying: number }> {
  const outcome = { succeeded: 0, failed: 0, retrying: 0 };
  const due = await repo.findDueDeliveries(ctx.db, ctx.dialect, isoNow(ctx.clock), limit);
  for (const delivery of due) {
    if (!(await repo.leaseDelivery(ctx.db, delivery.id, delivery.locked_until, isoIn(ctx.clock, LEASE_SECONDS)))) continue;
    outcome[await attemptDelivery(ctx, delivery.id)]++;
  }
  return outcome;
}

interface DeliveryResponse {
  id: string;
  object: 'webhook_delivery';
  endpoint_id: string;
  event_id: string;
  event_type: string;
  status: WebhookDeliveryRow['status'];
  attempts: number;
  next_attempt_at: string | null;
  last_attempt_at: string | null;
  response_status: number | null;
  response_body: string | null;
  error: string | null;
  duration_ms: number | null;
  replay_of: string | null;
  created_at: string;
  payload?: unknown;
}

function presentDelivery(row: WebhookDeliveryRow & { event_type: string; payload?: string }): DeliveryResponse {
  return {
    id: row.id,
    object: 'webhook_delivery',
    endpoint_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type,
    status: row.status,
    attempts: row.attempts,
    next_attempt_at: row.next_attempt_at,
    last_attempt_at: row.last_attempt_at,
    response_status: row.response_status,
    response_body: row.response_body,
    error: row.error,
    duration_ms: row.duration_ms,
    replay_of: row.replay_of,
    created_at: row.created_at,
    ...(row.payload === undefined ? {} : { payload: JSON.parse(row.payload) as unknown }),
  };
}

const encodeCursor = (row: { created_at: string; id: string }) => Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
function decodeCursor(cursor: string | undefined): { created_at: string; id: string } | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { created_at: createdAt, id };
  } catch {
    // Reported below.
  }
  throw validationError('cursor', 'invalid_cursor', 'is not a cursor this list answered');
}

/** The endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(ctx: AppContext, organizationId: string, endpointId: string, query: { limit: number; cursor?: string | undefined }) {
  await endpointOf(ctx, organizationId, endpointId);
  const rows = await repo.pageDeliveries(ctx.db, organizationId, endpointId, query.limit, decodeCursor(query.cursor));
  const page = rows.slice(0, query.limit);
  return { data: page.map((row) => presentDelivery(row)), next_cursor: rows.length > query.limit && page.length > 0 ? encodeCursor(page.at(-1)!) : null };
}

export async function getWebhookDelivery(ctx: AppContext, organizationId: string, id: string): Promise<DeliveryResponse> {
  const row = await repo.findDelivery(ctx.db, organizationId, id);
  if (!row) throw new AppError('NOT_FOUND', 'Webhook delivery not found');
  return presentDelivery(row);
}

/** Sends a delivery's event again, as a new delivery due now (the log keeps both). */
export async function replayWebhookDelivery(ctx: AppContext, organizationId: string, id: string): Promise<DeliveryResponse> {
  const original = await repo.findDelivery(ctx.db, organizationId, id);
  if (!original) throw new AppError('NOT_FOUND', 'Webhook delivery not found');
  const endpoint = await endpointOf(ctx, organizationId, original.endpoint_id);
  if (endpoint.status !== 'enabled') throw new AppError('STATE_CONFLICT', 'The endpoint is disabled; enable it before replaying its deliveries');
  const now = isoNow(ctx.clock);
  const replay = { id: newId(), organization_id: organizationId, endpoint_id: endpoint.id, event_id: original.event_id, status: 'pending' as const, attempts: 0, next_attempt_at: now, locked_until: null, last_attempt_at: null, response_status: null, response_body: null, error: null, duration_ms: null, replay_of: original.id, created_at: now };
  await repo.insertDeliveries(ctx.db, [replay]);
  return presentDelivery({ ...replay, event_type: original.event_type });
}
