import type { ContactPermission } from '../../../contract/portal.ts';
import { showsSalesOrders } from '../lib/ordering.ts';
import { can } from '../lib/permissions.ts';
import type { Me } from './session.ts';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** Shown only to contacts with this permission. */
  permission?: ContactPermission;
  /** Shown only when the business shows sales orders in its portal. */
  orders?: boolean;
  /** Shown only when the business lets contacts review it. */
  reviews?: boolean;
  /** Shown only when the business shows projects and timesheets in its portal. */
  projects?: boolean;
  /** The entry shows how many lines the cart holds. */
  cartBadge?: boolean;
  end?: boolean;
}

/** The portal's main navigation; later modules add their entry here. */
export const navItems: NavItem[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/invoices', label: 'nav.invoices', permission: 'view_documents' },
  { to: '/estimates', label: 'nav.estimates', permission: 'view_documents' },
  { to: '/retainer-invoices', label: 'nav.retainerInvoices', permission: 'view_documents' },
  { to: '/pay', label: 'pay.nav', permission: 'pay' },
  { to: '/payments', label: 'nav.payments', permission: 'view_documents' },
  { to: '/credit-notes', label: 'nav.creditNotes', permission: 'view_documents' },
  { to: '/statement', label: 'nav.statement', permission: 'view_documents' },
  { to: '/subscriptions', label: 'nav.subscriptions', permission: 'view_documents' },
  { to: '/projects', label: 'nav.projects', permission: 'view_documents', projects: true },
  { to: '/catalog', label: 'nav.catalog', permission: 'place_orders', orders: true },
  { to: '/orders', label: 'nav.orders', orders: true },
  { to: '/shipments', label: 'nav.shipments', orders: true },
  { to: '/cart', label: 'nav.cart', permission: 'place_orders', orders: true, cartBadge: true },
  { to: '/company', label: 'nav.company' },
  { to: '/reviews', label: 'nav.reviews', reviews: true },
];

/** The entries the signed-in contact sees: by its permissions, ordering only where the business shows it, reviews where allowed. */
export function visibleNavItems(me: Me): NavItem[] {
  return navItems.filter((item) => (!item.permission || can(me, item.permission)) && (!item.orders || showsSalesOrders(me)) && (!item.reviews || me.allow_reviews) && (!item.projects || me.show_projects));
}
