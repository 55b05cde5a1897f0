import type { OrganizationRow } from '../../db/database.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { parsePortalSettings } from '../organization/organization.ts';
import type { CartOwner } from './portal-order.repository.ts';

/** With the portal's sales orders switched off, ordering pages do not exist (404), whoever asks. */
export function assertOrderingShown(organization: OrganizationRow): void {
  if (!parsePortalSettings(organization.portal_settings).show_sales_orders) throw notFound('Page');
}

/** The contact's customer and itself: whose cart and orders these are. */
export function ownerOf(contact: ContactPrincipal): CartOwner {
  if (!contact.customerId || !contact.contactPersonId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return { organizationId: contact.organizationId, customerId: contact.customerId, contactPersonId: contact.contactPersonId };
}

const forbidden = () => new AppError('FORBIDDEN', 'Your role in this account does not allow this; ask your administrator');

/** Reading the catalogue, the cart and orders: a contact who sees the documents or may order. */
export function assertMayRead(contact: ContactPrincipal): void {
  if (!contact.permissions.includes('view_documents') && !contact.permissions.includes('place_orders')) throw forbidden();
}

/** Changing the cart, ordering, reordering. */
export function assertMayOrder(contact: ContactPrincipal): void {
  if (!contact.permissions.includes('place_orders')) throw forbidden();
}
