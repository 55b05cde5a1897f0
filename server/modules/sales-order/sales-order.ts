/**
 * The life cycle of a sales order, as pure rules:
 *
 *   draft → (pending_approval) → confirmed → partially_shipped → shipped → delivered
 *   draft | pending_approval | confirmed → cancelled (nothing packed or shipped yet)
 *
 * Orders hold stock (lines' committed quantity) while they are pending approval, confirmed or partly
 * shipped, for what is not shipped yet.
 */
import type { SalesOrderLinesTable, SalesOrderStatus, SalesOrdersTable } from '../../db/order-tables.ts';

export const salesOrderStatuses = ['draft', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'] as const satisfies readonly SalesOrderStatus[];

export type SalesOrderAction = 'edit' | 'confirm' | 'approve' | 'cancel' | 'invoice';

/** Statuses whose orders hold stock for their unshipped quantities. */
export const stockHoldingStatuses: readonly SalesOrderStatus[] = ['pending_approval', 'confirmed', 'partially_shipped'];

const transitions: Record<SalesOrderAction, Partial<Record<SalesOrderStatus, SalesOrderStatus>>> = {
  edit: { draft: 'draft', pending_approval: 'pending_approval' },
  confirm: { draft: 'confirmed' },
  approve: { pending_approval: 'confirmed' },
  cancel: { draft: 'cancelled', pending_approval: 'cancelled', confirmed: 'cancelled' },
  invoice: { confirmed: 'confirmed', partially_shipped: 'partially_shipped', shipped: 'shipped', delivered: 'delivered' },
};

/** The status `action` leads to from `status`, or undefined when the life cycle does not allow it. */
export function nextOrderStatus(action: SalesOrderAction, status: SalesOrderStatus): SalesOrderStatus | undefined {
  return transitions[action][status];
}

const verbs: Record<SalesOrderAction, string> = { edit: 'changed', confirm: 'confirmed', approve: 'approved', cancel: 'cancelled', invoice: 'invoiced' };
const allowedFrom = (action: SalesOrderAction) => Object.keys(transitions[action]).map((status) => status.replace('_', ' '));

/** Why `action` is refused for an order in `status`. */
export function orderTransitionRefusal(action: SalesOrderAction, status: SalesOrderStatus): string {
  return `A ${status.replace('_', ' ')} sales order cannot be ${verbs[action]}; only ${allowedFrom(action).join(', ')} ones can`;
}

type ShippingLine = Pick<SalesOrderLinesTable, 'quantity_milli' | 'shipped_milli'>;

/**
 * The status an order's shipments give it: shipped once every line is shipped in full (delivered when
 * every package that left is delivered too), partially shipped once anything left; otherwise the
 * status it has. Draft, pending, cancelled orders keep theirs.
 */
export function shipmentStatus(order: Pick<SalesOrdersTable, 'status'>, lines: readonly ShippingLine[], packages: readonly { status: string }[]): SalesOrderStatus {
  if (!['confirmed', 'partially_shipped', 'shipped', 'delivered'].includes(order.status)) return order.status;
  const anyShipped = lines.some((line) => line.shipped_milli > 0);
  const allShipped = lines.length > 0 && lines.every((line) => line.shipped_milli >= line.quantity_milli);
  if (allShipped) {
    const left = packages.filter((pkg) => pkg.status === 'shipped' || pkg.status === 'delivered');
    return left.length > 0 && left.every((pkg) => pkg.status === 'delivered') ? 'delivered' : 'shipped';
  }
  return anyShipped ? 'partially_shipped' : 'confirmed';
}

/** How much of a line an invoice made now takes: everything not yet invoiced, or what shipped and is not yet invoiced. */
export function invoiceableMilli(line: Pick<SalesOrderLinesTable, 'quantity_milli' | 'shipped_milli' | 'invoiced_milli'>, mode: 'all' | 'shipped'): number {
  const upTo = mode === 'all' ? line.quantity_milli : line.shipped_milli;
  return Math.max(0, upTo - line.invoiced_milli);
}
