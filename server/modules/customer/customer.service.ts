import type { AppContext } from '../../context.ts';
import type { ContactPersonRow, CustomerRow, Db } from '../../db/database.ts';
import type { Page } from '../../db/keyset.ts';
import { AppError, fieldIssue, notFound, validationError } from '../../lib/app-error.ts';
import { isoNow } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { customerDetails } from '../company-history/company-history.ts';
import { recordCompanyChange, staffChangeActor } from '../company-history/company-history.service.ts';
import { allPermissions } from '../portal-access/portal-access.ts';
import { disableContactAccess } from '../portal-access/invitation.service.ts';
import { configurePortalAccess, type PortalAccessResult } from '../portal-access/portal-access.service.ts';
import { endSessionsOfContact } from '../session/session.service.ts';
import * as repo from './customer.repository.ts';
import type { NewContactPersonBody, NewCustomerBody, UpdateContactPersonBody, UpdateCustomerBody } from './customer.schemas.ts';

export interface StaffActor {
  organizationId: string;
  staffUserId: string | null;
}

function contactRow(ctx: AppContext, organizationId: string, customerId: string, input: NewContactPersonBody, isPrimary: boolean): ContactPersonRow {
  const now = isoNow(ctx.clock);
  return {
    id: newId(),
    organization_id: organizationId,
    customer_id: customerId,
    first_name: input.first_name,
    last_name: input.last_name ?? '',
    email: input.email ?? null,
    phone: input.phone ?? null,
    is_primary: isPrimary ? 1 : 0,
    portal_enabled: 0,
    permissions: JSON.stringify(allPermissions),
    invited_at: null,
    accepted_at: null,
    disabled_at: null,
    created_at: now,
    updated_at: now,
    external_id: input.external_id ?? null,
  };
}

/** With `allow_portal_access`, the primary contact is invited in the same transaction. */
export async function createCustomer(
  ctx: AppContext,
  actor: StaffActor,
  input: NewCustomerBody,
): Promise<{ customer: CustomerRow; portalAccess: PortalAccessResult[] | undefined }> {
  if (input.contact_persons.filter((contact) => contact.is_primary).length > 1) {
    throw validationError('contact_persons', 'only_one_primary', 'only one contact person can be primary');
  }
  if (input.allow_portal_access && input.contact_persons.length === 0) {
    throw validationError('allow_portal_access', 'email_required_for_portal', 'add a contact person with an email to give portal access');
  }
  return ctx.db.transaction().execute(async (trx) => createCustomerIn(ctx, trx, actor, input));
}

/** createCustomer inside the caller's transaction (a use-case that creates more with the customer, all or nothing). */
export async function createCustomerIn(
  ctx: AppContext,
  trx: Db,
  actor: StaffActor,
  input: NewCustomerBody,
): Promise<{ customer: CustomerRow; contacts: ContactPersonRow[]; portalAccess: PortalAccessResult[] | undefined }> {
  const now = isoNow(ctx.clock);
  const customer: CustomerRow = {
    id: newId(),
    organization_id: actor.organizationId,
    price_list_id: null,
    tax_number: input.tax_number ?? null,
    display_name: input.display_name,
    company_name: input.company_name ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    currency: input.currency,
    portal_language: input.portal_language,
    billing_address: input.billing_address ? JSON.stringify(input.billing_address) : null,
    shipping_address: input.shipping_address ? JSON.stringify(input.shipping_address) : null,
    notes: input.notes ?? null,
    allow_bank_payments: input.allow_bank_payments ? 1 : 0,
    external_id: input.external_id ?? null,
    peppol_endpoint_id: input.peppol_endpoint_id ?? null,
    peppol_endpoint_scheme: input.peppol_endpoint_scheme ?? null,
    created_at: now,
    updated_at: now,
  };
  await repo.insertCustomer(trx, customer);
  const primaryIndex = Math.max(0, input.contact_persons.findIndex((contact) => contact.is_primary));
  const contacts = input.contact_persons.map((contact, index) => contactRow(ctx, actor.organizationId, customer.id, contact, index === primaryIndex));
  for (const contact of contacts) await repo.insertContactPerson(trx, contact);
  let portalAccess: PortalAccessResult[] | undefined;
  const primary = contacts[primaryIndex];
  if (input.allow_portal_access && primary) {
    const results = await configurePortalAccess(ctx, trx, actor, customer.id, [primary.id]);
    portalAccess = results.filter((result) => result.contact_person_id === primary.id);
  }
  return { customer, contacts, portalAccess };
}

/** The organization's customer, or undefined (the caller decides what a missing one means). */
export async function findCustomerById(db: Db, organizationId: string, id: string): Promise<CustomerRow | undefined> {
  return repo.findCustomer(db, organizationId, id);
}

/** How activities and threads name a contact; 'A contact' when there is none (or it was deleted). */
export async function contactName(db: Db, contactPersonId: string | null): Promise<string> {
  if (!contactPersonId) return 'A contact';
  return (await repo.findContactName(db, contactPersonId)) ?? 'A contact';
}

/** The customer's display name ('' when it is gone). */
export async function customerName(db: Db, customerId: string): Promise<string> {
  return (await repo.findCustomerDisplayName(db, customerId)) ?? '';
}

export async function getCustomer(ctx: AppContext, db: Db, organizationId: string, id: string): Promise<CustomerRow> {
  const customer = await repo.findCustomer(db, organizationId, id);
  if (!customer) throw notFound('Customer');
  return customer;
}

export async function listCustomers(
  ctx: AppContext,
  organizationId: string,
  query: { search?: string | undefined; updated_since?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<CustomerRow>> {
  const sort = query.updated_since === undefined ? 'display_name' : 'updated_at';
  return repo.listCustomerPage(ctx.db, organizationId, { search: query.search, updatedSince: query.updated_since, sort, limit: query.limit, cursor: query.cursor });
}

/**
 * Changes a customer; what changed goes to its company details history (company-history) in the same
 * transaction, with the staff member or API key that changed it.
 */
export async function updateCustomer(
  ctx: AppContext,
  staff: Pick<StaffPrincipal, 'organizationId' | 'staffUserId' | 'via'>,
  id: string,
  input: UpdateCustomerBody,
): Promise<CustomerRow> {
  const { organizationId } = staff;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getCustomer(ctx, trx, organizationId, id);
    const { billing_address, shipping_address, allow_bank_payments, ...rest } = input;
    await repo.updateCustomerRow(trx, id, {
      ...rest,
      ...(allow_bank_payments !== undefined ? { allow_bank_payments: allow_bank_payments ? 1 : 0 } : {}),
      ...(billing_address !== undefined ? { billing_address: billing_address ? JSON.stringify(billing_address) : null } : {}),
      ...(shipping_address !== undefined ? { shipping_address: shipping_address ? JSON.stringify(shipping_address) : null } : {}),
      updated_at: isoNow(ctx.clock),
    });
    const after = await getCustomer(ctx, trx, organizationId, id);
    const touched = Object.fromEntries(Object.entries(customerDetails(after)).filter(([field]) => field in input));
    await recordCompanyChange(ctx, trx, { organizationId, customerId: id, actor: await staffChangeActor(trx, staff), before: customerDetails(before), after: touched });
    return after;
  });
}

export async function deleteCustomer(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await getCustomer(ctx, trx, organizationId, id);
    await repo.deleteCustomerRow(trx, id);
  });
}

/** All contact persons of the organization, page by page; with `updated_since` an incremental pull. */
export async function listContactPersons(
  ctx: AppContext,
  organizationId: string,
  query: { updated_since?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<Page<ContactPersonRow>> {
  const sort = query.updated_since === undefined ? 'id' : 'updated_at';
  return repo.listContactPage(ctx.db, organizationId, { updatedSince: query.updated_since, sort, limit: query.limit, cursor: query.cursor });
}

export async function getContactPerson(db: Db, organizationId: string, id: string): Promise<ContactPersonRow> {
  const contact = await repo.findContactPerson(db, organizationId, id);
  if (!contact) throw notFound('Contact person');
  return contact;
}

export async function addContactPerson(ctx: AppContext, organizationId: string, customerId: string, input: NewContactPersonBody): Promise<ContactPersonRow> {
  return ctx.db.transaction().execute(async (trx) => {
    await getCustomer(ctx, trx, organizationId, customerId);
    const existing = await repo.listContactsOfCustomers(trx, [customerId]);
    const primary = input.is_primary === true || existing.length === 0;
    if (primary) await repo.clearPrimaryContact(trx, customerId, isoNow(ctx.clock));
    const contact = contactRow(ctx, organizationId, customerId, input, primary);
    await repo.insertContactPerson(trx, contact);
    return contact;
  });
}

export async function updateContactPerson(ctx: AppContext, organizationId: string, id: string, input: UpdateContactPersonBody): Promise<ContactPersonRow> {
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await getContactPerson(trx, organizationId, id);
    const now = isoNow(ctx.clock);
    if (input.email === null && contact.portal_enabled) {
      throw new AppError('CONTACT_HAS_NO_EMAIL', 'email: a contact with portal access needs an email; remove its access first', [
        fieldIssue('email', 'email_required_for_portal', 'is required while the contact has portal access'),
      ]);
    }
    if (input.is_primary) await repo.clearPrimaryContact(trx, contact.customer_id, now);
    const { permissions, is_primary, ...fields } = input;
    await repo.updateContactPersonRow(trx, id, {
      ...fields,
      ...(is_primary ? { is_primary: 1 } : {}),
      ...(permissions ? { permissions: JSON.stringify(permissions) } : {}),
      updated_at: now,
    });
    // A changed address is another person: whoever signed in with the old one is signed out.
    if (input.email !== undefined && input.email !== contact.email) await endSessionsOfContact(trx, id);
    return getContactPerson(trx, organizationId, id);
  });
}

export async function deleteContactPerson(ctx: AppContext, organizationId: string, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const contact = await getContactPerson(trx, organizationId, id);
    if (contact.portal_enabled) await disableContactAccess(ctx, trx, contact);
    await repo.deleteContactPersonRow(trx, id);
    if (contact.is_primary) {
      const [next] = await repo.listContactsOfCustomers(trx, [contact.customer_id]);
      if (next) await repo.updateContactPersonRow(trx, next.id, { is_primary: 1, updated_at: isoNow(ctx.clock) });
    }
  });
}

/**
 * The customer's contact person with this address (compared without case), or a new one without portal
 * access, in the caller's transaction: whom a contact forwards a document to becomes a contact person.
 */
export async function findOrAddContactByEmail(
  ctx: AppContext,
  db: Db,
  organizationId: string,
  customerId: string,
  person: { email: string; firstName: string; lastName: string },
): Promise<{ contact: ContactPersonRow; created: boolean }> {
  const email = person.email.toLowerCase();
  const existing = (await repo.listContactsOfCustomers(db, [customerId])).find((contact) => contact.email?.toLowerCase() === email);
  if (existing) return { contact: existing, created: false };
  const contact = contactRow(ctx, organizationId, customerId, { first_name: person.firstName, last_name: person.lastName, email }, false);
  await repo.insertContactPerson(db, contact);
  return { contact, created: true };
}
