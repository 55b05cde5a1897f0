import { sql, type Insertable, type Updateable } from 'kysely';
import type { Dialect } from '../../db/create-db.ts';
import type { Db } from '../../db/database.ts';
import type { WebhookDeliveriesTable, WebhookDeliveryRow, WebhookEndpointRow, WebhookEndpointsTable, WebhookEventsTable } from '../../db/integration-tables.ts';

export async function insertEndpoint(db: Db, row: Insertable<WebhookEndpointsTable>): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute();
}

export async function findEndpoint(db: Db, organizationId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findEndpointById(db: Db, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEndpoints(db: Db, organizationId: string): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').orderBy('id').execute();
}

export async function countEndpoints(db: Db, organizationId: string): Promise<number> {
  const row = await db.selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<number | string>().as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes an endpoint only at the version the caller read; answers whether it did. */
export async function updateEndpointAtVersion(db: Db, id: string, version: number, changes: Updateable<WebhookEndpointsTable>): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateEndpoint(db: Db, id: string, changes: Updateable<WebhookEndpointsTable>): Promise<void> {
  await db.updateTable('webhook_endpoints').set(changes).where('id', '=', id).execute();
}

/** Disables an endpoint that is still enabled; answers whether this call did (one of two racing workers does). */
export async function disableFailingEndpoint(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set((eb) => ({ status: 'disabled', disabled_reason: 'failing', updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'enabled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEndpoint(db: Db, organizationId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhook_endpoints').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Enabled endpoints of the organization; the caller picks those that want the event type. */
export async function listEnabledEndpoints(db: Db, organizationId: string) {
  return db.selectFrom('webhook_endpoints').select(['id', 'events']).where('organization_id', '=', organizationId).where('status', '=', 'enabled').execute();
}

export async function insertEvent(db: Db, row: Insertable<WebhookEventsTable>): Promise<void> {
  await db.insertInto('webhook_events').values(row).execute();
}

export async function insertDeliveries(db: Db, rows: Insertable<WebhookDeliveriesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values(rows).execute();
}

/** Due deliveries, oldest first: pending, their time come, not leased by another instance. */
export async function findDueDeliveries(db: Db, dialect: Dialect, now: string, limit: number) {
  let query = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'locked_until'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  if (dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`);
  return query.execute();
}

/** Leases a delivery for one attempt; answers whether this caller got it. */
export async function leaseDelivery(db: Db, id: string, seen: string | null, until: string): Promise<boolean> {
  let query = db.updateTable('webhook_deliveries').set({ locked_until: until }).where('id', '=', id).where('status', '=', 'pending');
  query = seen === null ? query.where('locked_until', 'is', null) : query.where('locked_until', '=', seen);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A delivery with its event and endpoint, for an attempt. */
export async function findDeliveryForAttempt(db: Db, id: string) {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
    .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
    .innerJoin('organizations', 'organizations.id', 'webhook_deliveries.organization_id')
    .select([
      'webhook_deliveries.id',
      'webhook_deliveries.attempts',
      'webhook_deliveries.organization_id',
      'webhook_events.id as event_id',
      'webhook_events.type as event_type',
      'webhook_events.payload',
      'webhook_endpoints.id as endpoint_id',
      'webhook_endpoints.url',
      'webhook_endpoints.status as endpoint_status',
      'webhook_endpoints.secret_sealed',
      'webhook_endpoints.previous_secret_sealed',
      'webhook_endpoints.previous_secret_expires_at',
      'webhook_endpoints.failing_since',
      'organizations.name as organization_name',
      'organizations.brand_color',
      'organizations.time_zone',
    ])
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
}

export async function updateDelivery(db: Db, id: string, changes: Updateable<WebhookDeliveriesTable>): Promise<void> {
  await db.updateTable('webhook_deliveries').set(changes).where('id', '=', id).execute();
}

/** Gives up every pending delivery of an endpoint (it was disabled). */
export async function failPendingDeliveriesOf(db: Db, endpointId: string, error: string): Promise<void> {
  await db.updateTable('webhook_deliveries').set({ status: 'failed', next_attempt_at: null, locked_until: null, error }).where('endpoint_id', '=', endpointId).where('status', '=', 'pending').execute();
}

/** Marks the endpoint failing since `now` unless it already was. */
export async function markEndpointFailing(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('webhook_endpoints').set({ failing_since: now }).where('id', '=', id).where('failing_since', 'is', null).execute();
}

export async function clearEndpointFailing(db: Db, id: string): Promise<void> {
  await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).execute();
}

/** A page of an endpoint's deliveries, newest first (keyset on created_at, id). */
export async function pageDeliveries(db: Db, organizationId: string, endpointId: string, limit: number, after?: { created_at: string; id: string }) {
  let query = db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
    .selectAll('webhook_deliveries')
    .select(['webhook_events.type as event_type'])
    .where('webhook_deliveries.organization_id', '=', organizationId)
    .where('webhook_deliveries.endpoint_id', '=', endpointId);
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('webhook_deliveries.created_at', '<', after.created_at), eb.and([eb('webhook_deliveries.created_at', '=', after.created_at), eb('webhook_deliveries.id', '<', after.id)])]),
    );
  }
  return query.orderBy('webhook_deliveries.created_at', 'desc').orderBy('webhook_deliveries.id', 'desc').limit(limit + 1).execute();
}

export async function findDelivery(db: Db, organizationId: string, id: string): Promise<(WebhookDeliveryRow & { event_type: string; payload: string }) | undefined> {
  return db
    .selectFrom('webhook_deliveries')
    .innerJoin('webhook_events', 'webhook_events.id', 'webhook_deliveries.event_id')
    .selectAll('webhook_deliveries')
    .select(['webhook_events.type as event_type', 'webhook_events.payload'])
    .where('webhook_deliveries.organization_id', '=', organizationId)
    .where('webhook_deliveries.id', '=', id)
    .executeTakeFirst();
}

/** Owners and admins of the organization, who are told when an endpoint is disabled. */
export async function listEndpointAdmins(db: Db, organizationId: string) {
  return db
    .selectFrom('staff_users')
    .select(['email', 'language'])
    .where('organization_id', '=', organizationId)
    .where('disabled_at', 'is', null)
    .where('role', 'in', ['owner', 'admin'])
    .execute();
}
