/**
 * How every change of a sales order is checked and written, so that concurrent requests cannot both act
 * on the same state: the checks run against the row as read, and the write is one UPDATE conditional on
 * the status and version that read saw (bumping the version). Whoever commits first wins; on PostgreSQL
 * the others wait for its row lock, find the row changed and answer 409; SQLite runs write
 * transactions one at a time.
 */
import type { Db } from '../../db/database.ts';
import type { SalesOrdersTable } from '../../db/order-tables.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { nextOrderStatus, orderTransitionRefusal, type SalesOrderAction } from './sales-order.ts';
import * as repo from './sales-order.repository.ts';

export function orderStateConflict(order: Pick<SalesOrdersTable, 'status' | 'version'>, action: SalesOrderAction, message = orderTransitionRefusal(action, order.status)): AppError {
  return new AppError('STATE_CONFLICT', message, { status: order.status, action, version: order.version });
}

export function staleOrderVersion(order: Pick<SalesOrdersTable, 'version'>, seen: number | undefined): AppError {
  const message =
    seen === undefined
      ? `This sales order changed while your request was being handled; reload it (it is now version ${order.version}) and try again`
      : `This sales order changed since you opened it (you saw version ${seen}, it is now version ${order.version}); reload it and try again`;
  return new AppError('STALE_VERSION', message, { version: order.version, ...(seen !== undefined ? { seen_version: seen } : {}) });
}

/**
 * Whether `action` may happen to the order as it is: the status must allow it (409 STATE_CONFLICT) and,
 * when the caller said which version it saw, that must still be the current one (409 STALE_VERSION).
 * Answers the status the action leads to.
 */
export function checkOrderTransition(order: SalesOrdersTable, action: SalesOrderAction, seen: number | undefined) {
  const next = nextOrderStatus(action, order.status);
  if (next === undefined) throw orderStateConflict(order, action);
  if (seen !== undefined && seen !== order.version) throw staleOrderVersion(order, seen);
  return next;
}

/**
 * Writes `changes` (and version + 1) only if the row is still at the status and version `order` was read
 * at. When another request got there first, the answer is what a request arriving now would get: the
 * state conflict, or else STALE_VERSION.
 */
export async function writeOrderAt(db: Db, order: SalesOrdersTable, action: SalesOrderAction, changes: Partial<SalesOrdersTable>): Promise<void> {
  if (await repo.updateOrderAt(db, order.id, { version: order.version, status: order.status }, changes)) return;
  const current = await repo.findOrder(db, order.organization_id, order.id);
  if (!current) throw notFound('Sales order');
  if (nextOrderStatus(action, current.status) === undefined) throw orderStateConflict(current, action);
  throw staleOrderVersion(current, undefined);
}
