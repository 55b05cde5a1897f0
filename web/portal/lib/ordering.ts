import type { Me } from '../app/session.ts';
import { can } from './permissions.ts';

/** Whether the business shows sales orders in its portal (the portal setting show_sales_orders). */
export function showsSalesOrders(me: Me | null | undefined): boolean {
  return me?.show_sales_orders ?? false;
}

/** Whether the signed-in contact may order from the catalogue. */
export function canOrder(me: Me | null | undefined): boolean {
  return showsSalesOrders(me) && can(me, 'place_orders');
}
