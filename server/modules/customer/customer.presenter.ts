import type { Language } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { ContactPersonRow, CustomerRow, Db } from '../../db/database.ts';
import { contactName } from '../portal-access/invitation.service.ts';
import { parsePermissions, portalStatusOf } from '../portal-access/portal-access.ts';
import { latestInvitationExpiries, listContactsOfCustomers } from './customer.repository.ts';
import type { Address, ContactPersonResponse } from './customer.schemas.ts';

export function toContactPersonResponse(contact: ContactPersonRow, invitationExpiresAt: string | null, now: Date): ContactPersonResponse {
  return {
    id: contact.id,
    customer_id: contact.customer_id,
    first_name: contact.first_name,
    last_name: contact.last_name,
    name: contactName(contact),
    email: contact.email,
    phone: contact.phone,
    is_primary: contact.is_primary === 1,
    external_id: contact.external_id,
    permissions: parsePermissions(contact.permissions),
    portal: {
      status: portalStatusOf(contact, invitationExpiresAt, now),
      enabled: contact.portal_enabled === 1,
      invited_at: contact.invited_at,
      accepted_at: contact.accepted_at,
      disabled_at: contact.disabled_at,
      invitation_expires_at: contact.portal_enabled && !contact.accepted_at ? invitationExpiresAt : null,
    },
    created_at: contact.created_at,
    updated_at: contact.updated_at,
  };
}

export async function presentContacts(ctx: AppContext, db: Db, contacts: ContactPersonRow[]): Promise<ContactPersonResponse[]> {
  const expiries = await latestInvitationExpiries(db, contacts.map((contact) => contact.id));
  const now = ctx.clock.now();
  return contacts.map((contact) => toContactPersonResponse(contact, expiries.get(contact.id) ?? null, now));
}

function parseAddress(json: string | null): Address | null {
  return json ? (JSON.parse(json) as Address) : null;
}

function summary(customer: CustomerRow, contacts: ContactPersonRow[]) {
  const primary = contacts.find((contact) => contact.is_primary === 1) ?? null;
  return {
    id: customer.id,
    display_name: customer.display_name,
    company_name: customer.company_name,
    email: customer.email,
    currency: customer.currency,
    portal_language: customer.portal_language as Language,
    allow_bank_payments: customer.allow_bank_payments === 1,
    primary_contact: primary ? { id: primary.id, name: contactName(primary), email: primary.email } : null,
    portal_active_count: contacts.filter((contact) => contact.portal_enabled === 1).length,
    external_id: customer.external_id,
    created_at: customer.created_at,
    updated_at: customer.updated_at,
  };
}

export async function presentCustomerSummaries(db: Db, customers: CustomerRow[]) {
  const contacts = await listContactsOfCustomers(db, customers.map((customer) => customer.id));
  return customers.map((customer) => summary(customer, contacts.filter((contact) => contact.customer_id === customer.id)));
}

export async function presentCustomer(ctx: AppContext, db: Db, customer: CustomerRow) {
  const contacts = await listContactsOfCustomers(db, [customer.id]);
  return {
    ...summary(customer, contacts),
    phone: customer.phone,
    billing_address: parseAddress(customer.billing_address),
    shipping_address: parseAddress(customer.shipping_address),
    tax_number: customer.tax_number,
    peppol_endpoint_id: customer.peppol_endpoint_id,
    peppol_endpoint_scheme: customer.peppol_endpoint_scheme,
    notes: customer.notes,
    contact_persons: await presentContacts(ctx, db, contacts),
  };
}

export async function presentContact(ctx: AppContext, db: Db, contact: ContactPersonRow): Promise<ContactPersonResponse> {
  const expiries = await latestInvitationExpiries(db, [contact.id]);
  return toContactPersonResponse(contact, expiries.get(contact.id) ?? null, ctx.clock.now());
}
