import { quantityFromMilli } from '../../../contract/units.ts';
import type { PackageStatus, SalesOrderStatus } from '../../db/order-tables.ts';
import { AppError, fieldIssue, validationError } from '../../lib/app-error.ts';

/** Orders whose lines may be packed: confirmed, and partly shipped ones for what is left. */
export const packableOrderStatuses = ['confirmed', 'partially_shipped'] as const satisfies readonly SalesOrderStatus[];
/** Orders whose packages may ship or be delivered (a fully shipped order still has packages to deliver). */
export const shippingOrderStatuses = ['confirmed', 'partially_shipped', 'shipped'] as const satisfies readonly SalesOrderStatus[];
export const packageStatuses = ['packed', 'shipped', 'delivered'] as const satisfies readonly PackageStatus[];

export interface PackRequestLine {
  sales_order_line_id: string;
  quantity_milli: number;
}

export interface PackableLine {
  id: string;
  quantity_milli: number;
  packed_milli: number;
}

/** What is left to pack of a line: ordered − already packed. */
export function remainingToPack(line: PackableLine): number {
  return Math.max(0, line.quantity_milli - line.packed_milli);
}

/** A quantity beyond what is left of a line: a 409 naming `lines.<i>.quantity`, with what is left. */
export function beyondRemaining(index: number, line: PackableLine, quantityMilli: number): AppError {
  const remaining = quantityFromMilli(remainingToPack(line));
  const message = `is more than the ${remaining} left to pack of this line`;
  return new AppError('CONFLICT', `lines.${index}.quantity: ${message}`, [
    fieldIssue(`lines.${index}.quantity`, 'too_big', message, { remaining, requested: quantityFromMilli(quantityMilli), sales_order_line_id: line.id }),
  ]);
}

/**
 * Checks the lines of a new package against the order's lines as read: each names a line of this
 * order once (else a 400 naming it), and asks for no more than is left to pack (else a 409 naming
 * its quantity). The writes that follow are conditional all the same, for what changes meanwhile.
 */
export function checkPackLines(requested: readonly PackRequestLine[], lines: readonly PackableLine[]): void {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const seen = new Set<string>();
  requested.forEach((entry, index) => {
    const field = `lines.${index}.sales_order_line_id`;
    const line = byId.get(entry.sales_order_line_id);
    if (!line) throw validationError(field, 'unknown_reference', 'is not a line of this order');
    if (seen.has(line.id)) throw validationError(field, 'duplicate', 'names a line already packed in this request; give its whole quantity once');
    seen.add(line.id);
    if (entry.quantity_milli > remainingToPack(line)) throw beyondRemaining(index, line, entry.quantity_milli);
  });
}

/** What a package's shipment takes off a line's commitment: what the line holds, at most the quantity shipped. */
export function releaseOnShipment(committedMilli: number, quantityMilli: number): number {
  return Math.max(0, Math.min(committedMilli, quantityMilli));
}
