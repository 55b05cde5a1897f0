import type { ContactPermission } from '../../../contract/portal.ts';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** Shown only to contacts with this permission. */
  permission?: ContactPermission;
  end?: boolean;
}

/** The portal's main navigation; later modules (invoices, estimates…) add their entry here. */
export const navItems: NavItem[] = [
  { to: '/', label: 'nav.dashboard', end: true },
  { to: '/company', label: 'nav.company' },
];
