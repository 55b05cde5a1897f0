import type { AppContext } from '../../context.ts';
import type { ContactPersonRow, CustomerRow } from '../../db/database.ts';
import { isExternalIdConflict } from '../../db/external-id.ts';
import { tryWrite } from '../../db/transaction.ts';
import type { StaffPrincipal } from '../../http/auth.ts';
import { AppError, fieldIssue, validationError } from '../../lib/app-error.ts';
import * as repo from './customer.repository.ts';
import type { PutContactPersonBody, PutCustomerBody, UpdateContactPersonBody, UpdateCustomerBody } from './customer.schemas.ts';
import { addContactPerson, createCustomer, updateContactPerson, updateCustomer } from './customer.service.ts';

/*
 * Sync by external id (docs/api.md): a PUT names the row by the organization's own key and carries all of
 * it. The first PUT creates the row, later ones change it to exactly the body, and a PUT that changes
 * nothing writes nothing (updated_at stays, so incremental pulls do not see it again). Two PUTs of a new
 * external id at the same moment both try to create; the unique index lets one through and the other
 * reads the row again and updates it instead.
 */

const ATTEMPTS = 3;

export interface PutResult<Row> {
  row: Row;
  created: boolean;
}

const addressJson = (address: PutCustomerBody['billing_address']): string | null => (address ? JSON.stringify(address) : null);

/** The fields of `existing` that differ from the body, as a change (undefined when there is none). */
function customerChanges(existing: CustomerRow, body: PutCustomerBody): UpdateCustomerBody | undefined {
  const changes: UpdateCustomerBody = {};
  if (existing.display_name !== body.display_name) changes.display_name = body.display_name;
  if (existing.company_name !== (body.company_name ?? null)) changes.company_name = body.company_name ?? null;
  if (existing.email !== (body.email ?? null)) changes.email = body.email ?? null;
  if (existing.phone !== (body.phone ?? null)) changes.phone = body.phone ?? null;
  if (existing.currency !== body.currency) changes.currency = body.currency;
  if (existing.portal_language !== body.portal_language) changes.portal_language = body.portal_language;
  if (existing.billing_address !== addressJson(body.billing_address)) changes.billing_address = body.billing_address ?? null;
  if (existing.shipping_address !== addressJson(body.shipping_address)) changes.shipping_address = body.shipping_address ?? null;
  if (existing.tax_number !== (body.tax_number ?? null)) changes.tax_number = body.tax_number ?? null;
  if (existing.peppol_endpoint_id !== (body.peppol_endpoint_id ?? null)) changes.peppol_endpoint_id = body.peppol_endpoint_id ?? null;
  if (existing.peppol_endpoint_scheme !== (body.peppol_endpoint_scheme ?? null)) changes.peppol_endpoint_scheme = body.peppol_endpoint_scheme ?? null;
  if (existing.notes !== (body.notes ?? null)) changes.notes = body.notes ?? null;
  if ((existing.allow_bank_payments === 1) !== body.allow_bank_payments) changes.allow_bank_payments = body.allow_bank_payments;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** Creates the customer with this external id (201) or changes it to exactly the body (200). */
export async function putCustomerByExternalId(
  ctx: AppContext,
  staff: Pick<StaffPrincipal, 'organizationId' | 'staffUserId' | 'via'>,
  externalId: string,
  body: PutCustomerBody,
): Promise<PutResult<CustomerRow>> {
  for (let attempt = 1; ; attempt++) {
    const existing = await repo.findCustomerByExternalId(ctx.db, staff.organizationId, externalId);
    if (existing) {
      const changes = customerChanges(existing, body);
      return { row: changes ? await updateCustomer(ctx, staff, existing.id, changes) : existing, created: false };
    }
    try {
      const { customer } = await tryWrite(ctx, () => createCustomer(ctx, staff, { ...body, external_id: externalId, contact_persons: [], allow_portal_access: false }));
      return { row: customer, created: true };
    } catch (error) {
      if (attempt < ATTEMPTS && isExternalIdConflict(error)) continue;
      throw error;
    }
  }
}

/** The customer a contact PUT names, by `customer_id` or `customer_external_id` (exactly one). */
async function customerOfContact(ctx: AppContext, organizationId: string, body: PutContactPersonBody): Promise<{ customer: CustomerRow; field: string }> {
  return customerByReference(ctx, organizationId, body);
}

/**
 * The customer a sync body names by `customer_id` or `customer_external_id` (exactly one of them, else a
 * 400 naming `customer_id`); one that is not the organization's is a 400 `unknown_reference` naming the field.
 */
export async function customerByReference(
  ctx: AppContext,
  organizationId: string,
  reference: { customer_id?: string | undefined; customer_external_id?: string | undefined },
): Promise<{ customer: CustomerRow; field: 'customer_id' | 'customer_external_id' }> {
  if ((reference.customer_id === undefined) === (reference.customer_external_id === undefined)) {
    throw validationError('customer_id', 'required', 'name the customer by customer_id or by customer_external_id (one of them)');
  }
  if (reference.customer_id !== undefined) {
    const customer = await repo.findCustomer(ctx.db, organizationId, reference.customer_id);
    if (!customer) throw validationError('customer_id', 'unknown_reference', 'is not a customer of this organization');
    return { customer, field: 'customer_id' };
  }
  const customer = await repo.findCustomerByExternalId(ctx.db, organizationId, reference.customer_external_id ?? '');
  if (!customer) throw validationError('customer_external_id', 'unknown_reference', 'is not the external id of a customer of this organization');
  return { customer, field: 'customer_external_id' };
}

function contactChanges(existing: ContactPersonRow, body: PutContactPersonBody): UpdateContactPersonBody | undefined {
  const changes: UpdateContactPersonBody = {};
  if (existing.first_name !== body.first_name) changes.first_name = body.first_name;
  if (existing.last_name !== (body.last_name ?? '')) changes.last_name = body.last_name ?? '';
  if (existing.email !== (body.email ?? null)) changes.email = body.email ?? null;
  if (existing.phone !== (body.phone ?? null)) changes.phone = body.phone ?? null;
  if (body.is_primary === true && existing.is_primary !== 1) changes.is_primary = true;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** Creates the contact person with this external id (201) or changes it to exactly the body (200). */
export async function putContactPersonByExternalId(ctx: AppContext, organizationId: string, externalId: string, body: PutContactPersonBody): Promise<PutResult<ContactPersonRow>> {
  const { customer, field } = await customerOfContact(ctx, organizationId, body);
  for (let attempt = 1; ; attempt++) {
    const existing = await repo.findContactByExternalId(ctx.db, organizationId, externalId);
    if (existing) {
      // Moving a person (and the portal access it may have) to another company is not a sync's to do.
      if (existing.customer_id !== customer.id) {
        throw new AppError('CONFLICT', `${field}: this contact person belongs to another customer`, [fieldIssue(field, 'invalid', 'is not the customer of this contact person')]);
      }
      const changes = contactChanges(existing, body);
      return { row: changes ? await updateContactPerson(ctx, organizationId, existing.id, changes) : existing, created: false };
    }
    try {
      const contact = await tryWrite(ctx, () =>
        addContactPerson(ctx, organizationId, customer.id, {
        first_name: body.first_name,
        last_name: body.last_name,
        email: body.email,
        phone: body.phone,
        is_primary: body.is_primary,
        external_id: externalId,
      }),
      );
      return { row: contact, created: true };
    } catch (error) {
      if (attempt < ATTEMPTS && isExternalIdConflict(error)) continue;
      throw error;
    }
  }
}
