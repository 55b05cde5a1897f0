import { randomBytes } from 'node:crypto';
import type { ContactPermission } from '../../contract/portal.ts';
import type { DocumentKind } from '../db/billing-tables.ts';
import type { Db } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { offlinePaymentColumns } from '../modules/payment/payment.ts';
import type { SignedUpStaff } from './builders.ts';
import { acceptedContact, type SignedInContact } from './portal-builders.ts';
import type { TestApp } from './test-app.ts';

export interface DocumentSeed {
  organizationId: string;
  customerId: string;
  kind?: DocumentKind;
  status?: string;
  number?: string;
  currency?: string;
  total?: number;
  /** Defaults to total − paid − credited (estimates: 0). */
  balance?: number;
  paid?: number;
  credited?: number;
  issueDate?: string;
  dueDate?: string | null;
  expiryDate?: string | null;
  lines?: { name: string; total: number }[];
}

const prefixes: Record<DocumentKind, string> = { invoice: 'INV', retainer_invoice: 'RET', estimate: 'EST', credit_note: 'CN' };

/** A document written straight into the tables (any status, any balance), with one line per `lines` entry. */
export async function insertDocument(db: Db, seed: DocumentSeed): Promise<{ id: string; number: string; lineIds: string[] }> {
  const id = newId();
  const kind = seed.kind ?? 'invoice';
  const total = seed.total ?? 10_000;
  const paid = seed.paid ?? 0;
  const credited = seed.credited ?? 0;
  const number = seed.number ?? `${prefixes[kind]}-${randomBytes(4).toString('hex').toUpperCase()}`;
  const at = new Date().toISOString();
  await db
    .insertInto('documents')
    .values({
      id,
      organization_id: seed.organizationId,
      customer_id: seed.customerId,
      kind,
      number,
      status: seed.status ?? (kind === 'credit_note' ? 'open' : 'sent'),
      currency: seed.currency ?? 'USD',
      issue_date: seed.issueDate ?? '2026-11-01',
      due_date: seed.dueDate === undefined ? (kind === 'estimate' || kind === 'credit_note' ? null : '2026-12-01') : seed.dueDate,
      expiry_date: seed.expiryDate ?? null,
      reference: null,
      notes: null,
      terms: null,
      subtotal_minor: total,
      discount_minor: 0,
      tax_minor: 0,
      total_minor: total,
      paid_minor: paid,
      credited_minor: credited,
      balance_minor: seed.balance ?? (kind === 'estimate' ? 0 : total - paid - credited),
      source_document_id: null,
      sent_at: seed.status === 'draft' ? null : at,
      viewed_at: null,
      viewed_by_contact_id: null,
      accepted_at: null,
      accepted_by_name: null,
      declined_at: null,
      decline_reason: null,
      changes_requested_at: null,
      voided_at: null,
      marked_by_staff_user_id: null,
      marked_by_name: null,
      version: 1,
      pending_minor: 0,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const lines = seed.lines ?? [{ name: 'Work', total }];
  const lineIds: string[] = [];
  for (const [position, line] of lines.entries()) {
    const lineId = newId();
    lineIds.push(lineId);
    await db
      .insertInto('document_lines')
      .values({
        id: lineId,
        document_id: id,
        position,
        item_id: null,
        name: line.name,
        description: null,
        unit: null,
        quantity_milli: 1000,
        rate_minor: line.total,
        discount_type: null,
        discount_value: 0,
        tax_id: null,
        tax_name: null,
        tax_rate_millipercent: 0,
        gross_minor: line.total,
        discount_minor: 0,
        tax_minor: 0,
        total_minor: line.total,
      })
      .execute();
  }
  return { id, number, lineIds };
}

/** A payment written straight into the tables, allocated as given (balances are not touched). */
export async function insertPayment(
  db: Db,
  seed: { organizationId: string; customerId: string; amount: number; currency?: string; paidOn?: string; number?: string; allocations?: { documentId: string; amount: number }[] },
): Promise<{ id: string; number: string }> {
  const id = newId();
  const number = seed.number ?? `PAY-${randomBytes(4).toString('hex').toUpperCase()}`;
  const at = new Date().toISOString();
  await db
    .insertInto('payments')
    .values({
      id,
      organization_id: seed.organizationId,
      customer_id: seed.customerId,
      number,
      currency: seed.currency ?? 'USD',
      amount_minor: seed.amount,
      method: 'bank_transfer',
      status: 'completed',
      reference: null,
      notes: null,
      paid_on: seed.paidOn ?? '2026-11-10',
      ...offlinePaymentColumns,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const allocation of seed.allocations ?? []) {
    await db.insertInto('payment_allocations').values({ id: newId(), payment_id: id, document_id: allocation.documentId, amount_minor: allocation.amount, created_at: at }).execute();
  }
  return { id, number };
}

export async function applyCredit(db: Db, creditNoteId: string, invoiceId: string, amount: number): Promise<void> {
  await db
    .insertInto('credit_applications')
    .values({ id: newId(), credit_note_id: creditNoteId, invoice_id: invoiceId, amount_minor: amount, applied_on: '2026-11-12', created_at: new Date().toISOString() })
    .execute();
}

export interface PortalCustomer extends SignedInContact {
  organizationId: string;
  /** Inserts a document of this customer. */
  doc(seed?: Omit<DocumentSeed, 'organizationId' | 'customerId'>): Promise<{ id: string; number: string; lineIds: string[] }>;
}

/** A signed-in contact of a new customer of `staff`'s organization, with a shortcut to give it documents. */
export async function portalCustomer(t: TestApp, staff: SignedUpStaff, options: { language?: string } = {}): Promise<PortalCustomer> {
  const contact = await acceptedContact(t, staff, options);
  const organizationId = staff.organization.id;
  return { ...contact, organizationId, doc: (seed = {}) => insertDocument(t.ctx.db, { organizationId, customerId: contact.customerId, ...seed }) };
}

export async function setPermissions(staff: SignedUpStaff, contactId: string, permissions: ContactPermission[]): Promise<void> {
  const response = await staff.client.patch(`/api/v1/contact-persons/${contactId}`, { permissions });
  if (response.statusCode !== 200) throw new Error(`changing permissions failed: ${response.body}`);
}

/** Event types of the staff member's notifications, newest first. */
export async function notificationTypes(staff: SignedUpStaff): Promise<string[]> {
  const response = await staff.client.get('/api/v1/notifications?limit=100');
  return response.json<{ data: { event_type: string }[] }>().data.map((n) => n.event_type);
}
