/**
 * Row types of the integration tables (outgoing webhooks: migration 2026-12-07T1100, docs/integrations.md).
 * Timestamps ISO 8601 UTC, JSON as text.
 */
import type { Generated, Selectable } from 'kysely';

type Timestamp = string;

export type WebhookEndpointStatus = 'enabled' | 'disabled';
export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookEndpointsTable {
  id: string;
  organization_id: string;
  url: string;
  description: string;
  /** JSON array of the event types the endpoint receives. */
  events: string;
  /** The payload version the endpoint receives (docs/integrations.md). */
  api_version: string;
  status: WebhookEndpointStatus;
  /** `failing` (3 days of failed deliveries) or `staff`, while disabled. */
  disabled_reason: 'failing' | 'staff' | null;
  secret_sealed: string;
  /** While a rolled secret overlaps the new one, deliveries are signed with both. */
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Timestamp | null;
  /** The first failed delivery since the last one that succeeded. */
  failing_since: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookEventsTable {
  id: string;
  organization_id: string;
  type: string;
  api_version: string;
  /** The event exactly as delivered (JSON), so every attempt and replay sends the same bytes' content. */
  payload: string;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  organization_id: string;
  endpoint_id: string;
  event_id: string;
  status: WebhookDeliveryStatus;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  /** Leased while an instance is sending it. */
  locked_until: Timestamp | null;
  last_attempt_at: Timestamp | null;
  response_status: number | null;
  /** The start of the answer's body (2 KB), for the delivery log. */
  response_body: string | null;
  error: string | null;
  duration_ms: number | null;
  /** The delivery this one replays, when staff replayed it. */
  replay_of: string | null;
  created_at: Timestamp;
}

export type CsvImportKind = 'customers' | 'contact_persons' | 'items' | 'price_lists' | 'open_invoices';
export type CsvImportStatus = 'uploaded' | 'validated' | 'queued' | 'running' | 'succeeded' | 'failed';

/** An uploaded CSV file to import (server/modules/csv-import): the file itself, its mapping, its outcome. */
export interface CsvImportsTable {
  id: string;
  organization_id: string;
  kind: CsvImportKind;
  status: CsvImportStatus;
  file_name: string | null;
  /** The file as uploaded (UTF-8 text), kept in the database so that any instance can run the import. */
  content: string;
  delimiter: string;
  /** JSON: the header row. */
  headers: string;
  row_count: number;
  /** JSON: field → CSV header, as last validated. */
  mapping: string | null;
  valid_count: number | null;
  invalid_count: number | null;
  /** JSON: the row errors of the last validation or run [{ row, field, code, message }]. */
  errors: string | null;
  mode: string | null;
  job_id: string | null;
  /** JSON: { created, updated, skipped }. */
  result: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The mapping last chosen for files of a kind with the same headers, per organization. */
export interface CsvImportMappingsTable {
  organization_id: string;
  kind: string;
  /** The file's headers, lower-cased and joined: files with the same columns share a mapping. */
  headers_key: string;
  mapping: string;
  updated_at: Timestamp;
}

export interface IntegrationTables {
  csv_imports: CsvImportsTable;
  csv_import_mappings: CsvImportMappingsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookEventRow = Selectable<WebhookEventsTable>;
export type CsvImportRow = Selectable<CsvImportsTable>;
