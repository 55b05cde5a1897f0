import type { SalesOrderStatus } from '../../db/order-tables.ts';

/** The portal's order list filters; drafts are staff's own and never shown. */
export const portalOrderFilters = ['all', 'open', 'shipped', 'delivered', 'cancelled'] as const;
export type PortalOrderFilter = (typeof portalOrderFilters)[number];

/** Orders still to be shipped in full: the dashboard's "open orders". */
export const openOrderStatuses = ['pending_approval', 'confirmed', 'partially_shipped'] as const satisfies readonly SalesOrderStatus[];

export const visibleOrderStatuses = ['pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'] as const satisfies readonly SalesOrderStatus[];

export function statusesOfFilter(filter: PortalOrderFilter): readonly SalesOrderStatus[] {
  switch (filter) {
    case 'all':
      return visibleOrderStatuses;
    case 'open':
      return openOrderStatuses;
    case 'shipped':
      return ['shipped'];
    case 'delivered':
      return ['delivered'];
    case 'cancelled':
      return ['cancelled'];
  }
}

/** What may be put in a cart of `wanted` more, with `inCart` already there: everything unless stock is counted and short. */
export function addableMilli(wanted: number, inCart: number, availableMilli: number | null): number {
  if (availableMilli === null) return wanted;
  return Math.max(0, Math.min(wanted, availableMilli - inCart));
}

/** Orders of one item summed, in the order the items first appear (an order may name an item on several lines). */
export function quantitiesByItem(lines: readonly { item_id: string | null; quantity_milli: number; rate_minor: number; name: string }[]) {
  const byItem = new Map<string, { item_id: string; quantity_milli: number; rate_minor: number; name: string }>();
  for (const line of lines) {
    if (!line.item_id) continue;
    const seen = byItem.get(line.item_id);
    if (seen) seen.quantity_milli += line.quantity_milli;
    else byItem.set(line.item_id, { item_id: line.item_id, quantity_milli: line.quantity_milli, rate_minor: line.rate_minor, name: line.name });
  }
  return [...byItem.values()];
}
