import type { AppContext } from '../context.ts';
import type { DocumentKind } from '../db/billing-tables.ts';
import { isoNow } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { applyCredit } from '../modules/credit/credit.service.ts';
import { addDays } from '../modules/document/document.ts';
import { sendDocument, voidDocument } from '../modules/document/document-lifecycle.service.ts';
import { createDocument } from '../modules/document/document.service.ts';
import type { LineInput } from '../modules/document/document.schemas.ts';
import { organizationToday } from '../modules/organization/organization-today.ts';
import { recordPayment } from '../modules/payment/payment.service.ts';

interface Actor {
  organizationId: string;
  staffUserId: string | null;
}

interface DemoDocument {
  kind: DocumentKind;
  daysAgo: number;
  /** Days between issue and due (invoices) or expiry (estimates). */
  term?: number;
  lines: LineInput[];
  send?: boolean;
  notes?: string;
}

/**
 * A realistic billing history for the demo: invoices in every status, estimates awaiting, accepted,
 * declined and expired, partial payments, a credit note, in two currencies.
 */
export async function seedDemoBilling(ctx: AppContext, actor: Actor, customers: { usd: string; eur: string; eurSecond: string }): Promise<void> {
  const now = isoNow(ctx.clock);
  const taxId = newId();
  await ctx.db.insertInto('taxes').values({ id: taxId, organization_id: actor.organizationId, name: 'Sales tax', rate_millipercent: 8875, archived_at: null, created_at: now, updated_at: now }).execute();
  const vatId = newId();
  await ctx.db.insertInto('taxes').values({ id: vatId, organization_id: actor.organizationId, name: 'VAT 19%', rate_millipercent: 19000, archived_at: null, created_at: now, updated_at: now }).execute();
  const items = [
    { name: 'Consulting hour', sku: 'SRV-CONS', unit: 'h', rate_minor: 15_000, currency: 'USD', tax_id: null },
    { name: 'Pallet of copy paper', sku: 'PAP-500', unit: 'pallet', rate_minor: 42_950, currency: 'USD', tax_id: taxId },
    { name: 'Toner cartridge', sku: 'TON-BK', unit: 'pcs', rate_minor: 8_999, currency: 'USD', tax_id: taxId },
    { name: 'Support plan (monthly)', sku: 'SUP-M', unit: 'month', rate_minor: 49_900, currency: 'USD', tax_id: null },
  ];
  for (const item of items) {
    await ctx.db.insertInto('items').values({ id: newId(), organization_id: actor.organizationId, description: null, archived_at: null, created_at: now, updated_at: now, category: null, sellable_in_portal: 0, allow_backorders: 0, track_stock: 0, ...item }).execute();
  }
  const today = await organizationToday(ctx, actor.organizationId);
  const make = async (customerId: string, spec: DemoDocument) => {
    const issueDate = addDays(today, -spec.daysAgo);
    const term = spec.term ?? 30;
    const document = await createDocument(ctx, actor, spec.kind, {
      customer_id: customerId,
      issue_date: issueDate,
      ...(spec.kind === 'estimate' ? { expiry_date: addDays(issueDate, term) } : spec.kind === 'credit_note' ? {} : { due_date: addDays(issueDate, term) }),
      lines: spec.lines,
      ...(spec.notes ? { notes: spec.notes } : {}),
    });
    if (spec.send !== false) await sendDocument(ctx, actor, spec.kind, document.id);
    return document;
  };
  const paper = (quantity: number): LineInput => ({ name: 'Pallet of copy paper', unit: 'pallet', quantity, rate_minor: 42_950, tax_id: taxId });
  const toner = (quantity: number): LineInput => ({ name: 'Toner cartridge', unit: 'pcs', quantity, rate_minor: 8_999, tax_id: taxId, discount: { type: 'percent', percent: 10 } });
  const consulting = (hours: number): LineInput => ({ name: 'Consulting hour', description: 'Office logistics review', unit: 'h', quantity: hours, rate_minor: 15_000 });

  const paid = await make(customers.usd, { kind: 'invoice', daysAgo: 80, lines: [paper(2), toner(6)] });
  const partial = await make(customers.usd, { kind: 'invoice', daysAgo: 45, lines: [paper(3), consulting(4.5)] });
  const overdue = await make(customers.usd, { kind: 'invoice', daysAgo: 100, lines: [toner(12)] });
  await make(customers.usd, { kind: 'invoice', daysAgo: 6, lines: [paper(1), toner(4), consulting(2)], notes: 'Thank you for your order. Delivery within 3 working days.' });
  await make(customers.usd, { kind: 'invoice', daysAgo: 1, lines: [consulting(8)], send: false });
  const voided = await make(customers.usd, { kind: 'invoice', daysAgo: 60, lines: [toner(1)] });
  await voidDocument(ctx, actor, 'invoice', voided.id);
  await make(customers.usd, { kind: 'retainer_invoice', daysAgo: 12, lines: [{ name: 'Project deposit', quantity: 1, rate_minor: 250_000 }] });

  await recordPayment(ctx, actor, { customer_id: customers.usd, amount_minor: paid.total_minor, currency: 'USD', method: 'bank_transfer', paid_on: addDays(today, -60), reference: 'Wire 88231', allocations: [{ document_id: paid.id, amount_minor: paid.total_minor }] });
  await recordPayment(ctx, actor, { customer_id: customers.usd, amount_minor: 100_000, currency: 'USD', method: 'cheque', paid_on: addDays(today, -20), reference: 'Cheque 1042', allocations: [{ document_id: partial.id, amount_minor: 100_000 }] });
  const credit = await make(customers.usd, { kind: 'credit_note', daysAgo: 30, lines: [{ name: 'Damaged toner returned', quantity: 2, rate_minor: 8_999, tax_id: taxId }] });
  await applyCredit(ctx, actor, credit.id, { applications: [{ invoice_id: overdue.id, amount_minor: 10_000 }] });

  const awaiting = await make(customers.usd, { kind: 'estimate', daysAgo: 3, term: 30, lines: [paper(10), toner(20)] });
  const accepted = await make(customers.usd, { kind: 'estimate', daysAgo: 50, lines: [consulting(10)] });
  const declined = await make(customers.usd, { kind: 'estimate', daysAgo: 40, lines: [{ name: 'Support plan (monthly)', unit: 'month', quantity: 12, rate_minor: 49_900 }] });
  await make(customers.usd, { kind: 'estimate', daysAgo: 70, term: 14, lines: [paper(5)] });
  await make(customers.usd, { kind: 'estimate', daysAgo: 2, lines: [toner(3)], send: false });
  void awaiting;
  await ctx.db.updateTable('documents').set((eb) => ({ status: 'accepted', accepted_at: now, accepted_by_name: 'Ada Lovelace', version: eb('version', '+', 1) })).where('id', '=', accepted.id).execute();
  await ctx.db.updateTable('documents').set((eb) => ({ status: 'declined', declined_at: now, decline_reason: 'We will renew the support plan next year.', version: eb('version', '+', 1) })).where('id', '=', declined.id).execute();

  const euroVat = (name: string, quantity: number, rate: number): LineInput => ({ name, quantity, rate_minor: rate, tax_id: vatId });
  const euro = await make(customers.eur, { kind: 'invoice', daysAgo: 20, lines: [euroVat('Büromöbel-Beratung', 3, 12_000), euroVat('Lieferung', 1, 4_500)] });
  await recordPayment(ctx, actor, { customer_id: customers.eur, amount_minor: 20_000, currency: 'EUR', method: 'bank_transfer', paid_on: addDays(today, -5), reference: 'SEPA 7781', allocations: [{ document_id: euro.id, amount_minor: 20_000 }] });
  await make(customers.eur, { kind: 'estimate', daysAgo: 4, lines: [euroVat('Ergonomic chairs', 12, 31_900)] });
  await make(customers.eurSecond, { kind: 'invoice', daysAgo: 15, lines: [euroVat('Wartungsvertrag', 1, 89_000)] });
}
