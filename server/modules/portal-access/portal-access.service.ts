import type { PortalAccessReason } from '../../../contract/portal.ts';
import type { AppContext } from '../../context.ts';
import type { ContactPersonRow, Db, JobRow, OrganizationRow } from '../../db/database.ts';
import { enqueueJob, registerJobHandler } from '../../jobs/queue.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { findContactPerson, findCustomer, listContactsOfCustomers } from '../customer/customer.repository.ts';
import { findOrganizationById } from '../organization/organization.repository.ts';
import { revokeTokensOfContact } from '../portal-token/portal-token.service.ts';
import { endSessionsOfContact } from '../session/session.service.ts';
import { disableContactAccess, inviteContact } from './invitation.service.ts';

export interface PortalAccessResult {
  contact_person_id: string;
  outcome: 'invited' | 'disabled' | 'unchanged' | 'refused';
  reason_code?: PortalAccessReason;
  reason?: string;
}

export interface BulkEnableResult {
  customer_id: string;
  outcome: 'invited' | 'already_active' | 'skipped';
  reason_code?: PortalAccessReason;
  reason?: string;
}

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

async function organizationOf(db: Db, organizationId: string) {
  const organization = await findOrganizationById(db, organizationId);
  if (!organization) throw notFound('Organization');
  return organization;
}

/** Configure portal for one customer, in one transaction. */
export async function configureCustomerPortalAccess(ctx: AppContext, actor: Actor, customerId: string, selectedIds: string[]): Promise<PortalAccessResult[]> {
  return ctx.db.transaction().execute((trx) => configurePortalAccess(ctx, trx, actor, customerId, selectedIds));
}

/**
 * Makes the set of contacts with access exactly `selectedIds`: new ones are invited, removed ones
 * lose access at once, contacts without an email are refused.
 */
export async function configurePortalAccess(
  ctx: AppContext,
  db: Db,
  actor: Actor,
  customerId: string,
  selectedIds: string[],
): Promise<PortalAccessResult[]> {
  const organization = await organizationOf(db, actor.organizationId);
  const customer = await findCustomer(db, actor.organizationId, customerId);
  if (!customer) throw notFound('Customer');
  const contacts = await listContactsOfCustomers(db, [customerId]);
  const selected = new Set(selectedIds);
  const unknown = selectedIds.find((id) => !contacts.some((contact) => contact.id === id));
  if (unknown) throw new AppError('NOT_FOUND', `Contact person ${unknown} not found for this customer`);
  const results: PortalAccessResult[] = [];
  for (const contact of contacts) {
    const enabled = contact.portal_enabled === 1;
    if (selected.has(contact.id)) {
      if (enabled) results.push({ contact_person_id: contact.id, outcome: 'unchanged' });
      else if (!contact.email) {
        results.push({ contact_person_id: contact.id, outcome: 'refused', reason_code: 'contact_has_no_email', reason: 'The contact person has no email address; add one to give portal access' });
      } else {
        await inviteContact(ctx, db, { organization, customer, contact, reinvite: false, createdBy: actor.staffUserId });
        results.push({ contact_person_id: contact.id, outcome: 'invited' });
      }
    } else if (enabled) {
      await disableContactAccess(ctx, db, contact);
      results.push({ contact_person_id: contact.id, outcome: 'disabled' });
    } else {
      results.push({ contact_person_id: contact.id, outcome: 'unchanged' });
    }
  }
  return results;
}

async function enableOne(ctx: AppContext, db: Db, actor: Actor, customerId: string, organization?: OrganizationRow): Promise<BulkEnableResult> {
  organization ??= await organizationOf(db, actor.organizationId);
  const customer = await findCustomer(db, actor.organizationId, customerId);
  if (!customer) return { customer_id: customerId, outcome: 'skipped', reason_code: 'customer_not_found', reason: 'Customer not found' };
  const contacts = await listContactsOfCustomers(db, [customerId]);
  const primary = contacts.find((contact) => contact.is_primary === 1);
  if (!primary) return { customer_id: customerId, outcome: 'skipped', reason_code: 'no_primary_contact', reason: 'The customer has no primary contact person' };
  if (primary.portal_enabled) return { customer_id: customerId, outcome: 'already_active' };
  if (!primary.email) return { customer_id: customerId, outcome: 'skipped', reason_code: 'primary_contact_has_no_email', reason: 'The primary contact person has no email address' };
  await inviteContact(ctx, db, { organization, customer, contact: primary, reinvite: false, createdBy: actor.staffUserId });
  return { customer_id: customerId, outcome: 'invited' };
}

export const BULK_ENABLE_SYNC_LIMIT = 100;
const BULK_ENABLE_JOB = 'bulk_enable_portal';
/** Customers enabled per transaction: a commit per customer made 10 000 invitations take over a minute on PostgreSQL. */
export const BULK_ENABLE_CHUNK = 200;

/**
 * Customers in chunks, each chunk in one transaction; should anything in a chunk fail, that chunk is
 * done again one customer per transaction, so one failure still does not undo the others.
 */
async function enableMany(ctx: AppContext, actor: Actor, customerIds: string[], progress?: (done: number) => Promise<void>) {
  const results: BulkEnableResult[] = [];
  for (let start = 0; start < customerIds.length; start += BULK_ENABLE_CHUNK) {
    const chunk = customerIds.slice(start, start + BULK_ENABLE_CHUNK);
    let chunkResults: BulkEnableResult[];
    try {
      chunkResults = await ctx.db.transaction().execute(async (trx) => {
        const organization = await organizationOf(trx, actor.organizationId);
        const done: BulkEnableResult[] = [];
        for (const customerId of chunk) done.push(await enableOne(ctx, trx, actor, customerId, organization));
        return done;
      });
    } catch {
      chunkResults = [];
      for (const customerId of chunk) chunkResults.push(await ctx.db.transaction().execute((trx) => enableOne(ctx, trx, actor, customerId)));
    }
    results.push(...chunkResults);
    if (progress) await progress(results.length);
  }
  return results;
}

export async function bulkEnablePortal(
  ctx: AppContext,
  actor: Actor,
  customerIds: string[],
): Promise<{ results: BulkEnableResult[] } | { job: JobRow }> {
  const unique = [...new Set(customerIds)];
  if (unique.length <= BULK_ENABLE_SYNC_LIMIT) return { results: await enableMany(ctx, actor, unique) };
  const job = await enqueueJob(ctx, ctx.db, {
    organizationId: actor.organizationId,
    kind: BULK_ENABLE_JOB,
    payload: { customer_ids: unique, staff_user_id: actor.staffUserId },
    total: unique.length,
    createdBy: actor.staffUserId,
  });
  return { job };
}

registerJobHandler(BULK_ENABLE_JOB, async (ctx, job, progress) => {
  const payload = JSON.parse(job.payload) as { customer_ids: string[]; staff_user_id: string | null };
  const actor = { organizationId: job.organization_id, staffUserId: payload.staff_user_id };
  // A job resumed after a crash skips what it already did: those customers answer already_active.
  const results = await enableMany(ctx, actor, payload.customer_ids, (done) => progress(done, payload.customer_ids.length));
  return { results };
});

async function contactOf(db: Db, organizationId: string, id: string): Promise<ContactPersonRow> {
  const contact = await findContactPerson(db, organizationId, id);
  if (!contact) throw notFound('Contact person');
  return contact;
}

export async function reinviteContact(ctx: AppContext, actor: Actor, contactId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const contact = await contactOf(trx, actor.organizationId, contactId);
    if (!contact.email) throw new AppError('CONTACT_HAS_NO_EMAIL', 'The contact person has no email address; add one first');
    if (!contact.portal_enabled) throw new AppError('CONFLICT', 'The contact has no portal access; enable it with Configure portal first');
    const organization = await organizationOf(trx, actor.organizationId);
    const customer = await findCustomer(trx, actor.organizationId, contact.customer_id);
    if (!customer) throw notFound('Customer');
    await inviteContact(ctx, trx, { organization, customer, contact, reinvite: true, createdBy: actor.staffUserId });
  });
}

/** Voids every link of the contact and ends every session; access itself stays as it is. */
export async function revokeAllOfContact(ctx: AppContext, actor: Actor, contactId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const contact = await contactOf(trx, actor.organizationId, contactId);
    const revokedLinks = await revokeTokensOfContact(ctx, trx, contact.id, ['invitation', 'password_reset', 'signin_link']);
    const endedSessions = await endSessionsOfContact(trx, contact.id);
    return { revoked_links: revokedLinks, ended_sessions: endedSessions };
  });
}
