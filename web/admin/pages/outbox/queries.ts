/** The outbox through the typed client: types from the OpenAPI document and the query keys. */
import type { AdminQuery, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import type { Tone } from '../../../ui/components/index.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type OutboxPage = AdminResponse<'/outbox', 'get'>;
export type OutboxSummary = RowOf<OutboxPage>;
export type OutboxEmail = AdminResponse<'/outbox/{id}', 'get'>;
export type OutboxStatus = OutboxSummary['status'];
export type OutboxFilters = Pick<AdminQuery<'/outbox'>, 'status'>;

/** `outboxKeys.list({ status })`, `outboxKeys.detail(id)`. */
export const outboxKeys = queryKeys('outbox');

export const outboxStatuses: readonly OutboxStatus[] = ['pending', 'sent', 'failed', 'kept'];
export const outboxTones: Record<OutboxStatus, Tone> = { pending: 'info', sent: 'success', failed: 'danger', kept: 'neutral' };

export function fetchOutboxPage(filters: OutboxFilters, cursor: string | undefined, signal: AbortSignal): Promise<OutboxPage> {
  return adminClient.get('/outbox', { params: { query: { ...filters, limit: 50, cursor } }, signal });
}

export function fetchOutboxEmail(id: string, signal: AbortSignal): Promise<OutboxEmail> {
  return adminClient.get('/outbox/{id}', { params: { path: { id } }, signal });
}

/** The attempts are worth showing while an email failed or is being retried. */
export function showsAttempts(email: Pick<OutboxSummary, 'status' | 'attempts'>): boolean {
  return email.status === 'failed' || (email.status === 'pending' && email.attempts > 0);
}
