/** Which actions an order's status and quantities allow (the server decides again; this only offers them). */
import { quantityToMilli } from '../../../../contract/units.ts';
import type { SalesOrder } from './queries.ts';

type Order = Pick<SalesOrder, 'status' | 'lines'>;

const open = (order: Order) => order.status === 'confirmed' || order.status === 'partially_shipped';

export function canEditOrder(order: Order): boolean {
  return order.status === 'draft' || order.status === 'pending_approval';
}

export function canConfirmOrder(order: Order): boolean {
  return order.status === 'draft';
}

export function canApproveOrder(order: Order): boolean {
  return order.status === 'pending_approval';
}

/** Cancelling is for orders nothing of which is packed or shipped (what they hold in stock is released). */
export function canCancelOrder(order: Order): boolean {
  return ['draft', 'pending_approval', 'confirmed'].includes(order.status) && order.lines.every((line) => line.packed_quantity === 0 && line.shipped_quantity === 0);
}

/** Something of a confirmed or partially shipped order is still to be packed. */
export function canPackOrder(order: Order): boolean {
  return open(order) && order.lines.some((line) => quantityToMilli(line.quantity) > quantityToMilli(line.packed_quantity));
}

/** Lines not invoiced in full, by what the mode would invoice: everything ordered, or what has shipped. */
export function invoiceableLines(order: Order, mode: 'all' | 'shipped'): SalesOrder['lines'] {
  return order.lines.filter((line) => quantityToMilli(mode === 'all' ? line.quantity : line.shipped_quantity) > quantityToMilli(line.invoiced_quantity));
}

export function canConvertOrder(order: Order, mode: 'all' | 'shipped'): boolean {
  const active = ['confirmed', 'partially_shipped', 'shipped', 'delivered'].includes(order.status);
  return active && invoiceableLines(order, mode).length > 0;
}
