/**
 * Changes of plan, quantity and add-ons (docs/subscriptions.md, "Changes and proration"): the preview
 * shows exactly what confirming would do; confirming does it. An upgrade — a higher amount per period —
 * is made now and prorated by day (`prorate`): an invoice for the net charge under the billing key
 * `change:<event id>`, charged after the commit. A downgrade waits for the end of the period paid for,
 * kept as the subscription's scheduled change, which the renewal job applies at that boundary. In a
 * trial every change is made now, with nothing to prorate.
 */
import { computeDocumentAmounts } from '../../../contract/document-totals.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { AddonsTable, PlansTable, ScheduledChange, SubscriptionsTable } from '../../db/subscription-tables.ts';
import { validationError } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { organizationToday } from '../organization/organization-today.ts';
import { getAddons, getPlan, portalChangeTargets } from '../plan/plan.service.ts';
import { billingFactsOf, taxRatesOf, type BillingFacts } from '../subscription/subscription-catalogue.ts';
import { issueSubscriptionInvoice } from '../subscription/subscription-invoicing.service.ts';
import { amountPerPeriod, periodLines, type BilledAddon } from '../subscription/subscription.ts';
import { assertActionState, assertVersion, runAction, type ActionResult, type PortalNotice, type SubscriptionActor } from './subscription-action-core.ts';
import * as repo from './subscription-action.repository.ts';
import type { ChangeBody, ChangePreviewQuery, ChangePreviewResponse } from './subscription-action.schemas.ts';
import { changeProration, changeTiming, nextPeriod, noProration, periodLabel, type ChangeProration, type ChangeTiming } from './subscription-action.ts';
import type { PortalActionName } from '../subscription-settings/subscription-settings.ts';
import { issueCreditNoteWithin } from './subscription-credit-note.service.ts';

export interface ChangeRequest {
  plan_id?: string | undefined;
  quantity?: number | undefined;
  addons?: { addon_id: string; quantity: number }[] | undefined;
  timing?: ChangeTiming | undefined;
}

/** A change worked out against the subscription as it is. */
export interface WorkedChange {
  /** Which of the portal's actions the change is made of. */
  aspects: Extract<PortalActionName, 'change_plan' | 'change_quantity' | 'change_addons'>[];
  plan: PlansTable;
  quantity: number;
  unitPrice: number;
  /** The recurring add-ons after the change, with their prices; null when the change leaves them as they are. */
  addons: { addon: AddonsTable; quantity: number; unitPrice: number }[] | null;
  facts: BillingFacts;
  oldAmount: number;
  newAmount: number;
  timing: ChangeTiming;
  proration: ChangeProration;
  effectiveOn: string;
  preview: ChangePreviewResponse;
}

/** `a1:2,a2:1` as add-ons; empty: none; undefined: left as they are. */
export function parseAddonsParam(value: string | undefined): { addon_id: string; quantity: number }[] | undefined {
  if (value === undefined) return undefined;
  if (value === '') return [];
  return value.split(',').map((pair, index) => {
    const [id = '', quantity = ''] = pair.split(':');
    const parsed = Number(quantity);
    if (!Number.isSafeInteger(parsed) || parsed < 1) throw validationError(`addons.${index}.quantity`, 'too_small', 'must be a whole number of at least 1');
    return { addon_id: id, quantity: parsed };
  });
}

export function changeRequestOfQuery(query: ChangePreviewQuery): ChangeRequest {
  return { plan_id: query.plan_id, quantity: query.quantity, addons: parseAddonsParam(query.addons) };
}

const sameAddons = (a: { addon_id: string; quantity: number }[], b: { addon_id: string; quantity: number }[]) =>
  a.length === b.length && [...a].sort((x, y) => x.addon_id.localeCompare(y.addon_id)).every((entry, index) => {
    const other = [...b].sort((x, y) => x.addon_id.localeCompare(y.addon_id))[index];
    return other !== undefined && other.addon_id === entry.addon_id && other.quantity === entry.quantity;
  });

/**
 * The change against the subscription as it is today, checked: the plan one of the organization's,
 * not archived, in the subscription's currency and billed on the same interval (in the portal also one
 * the current plan lets customers change to); add-ons recurring, not archived, in that currency and
 * allowed with the plan. Nothing to change: 400. Nothing is written.
 */
export async function workOutChange(ctx: AppContext, db: Db, sub: SubscriptionsTable, input: ChangeRequest, options: { portal: boolean; today: string }): Promise<WorkedChange> {
  const facts = await billingFactsOf(db, sub);
  const plan = input.plan_id && input.plan_id !== sub.plan_id ? await getPlan(db, sub.organization_id, input.plan_id) : facts.plan;
  if (plan.id !== sub.plan_id) {
    if (plan.archived_at) throw validationError('plan_id', 'invalid_value', 'the plan is archived');
    if (plan.currency !== sub.currency) throw validationError('plan_id', 'invalid_value', `is in ${plan.currency}, not the subscription's ${sub.currency}`);
    if (plan.interval !== sub.interval || plan.interval_count !== sub.interval_count) {
      throw validationError('plan_id', 'invalid_value', `is billed every ${plan.interval_count} ${plan.interval}, not every ${sub.interval_count} ${sub.interval} as this subscription; start a new subscription instead`);
    }
    if (options.portal && !portalChangeTargets(facts.plan).includes(plan.id)) throw validationError('plan_id', 'invalid_value', `is not a plan ${facts.plan.name} can be changed to in the portal`);
  }
  const quantity = input.quantity ?? sub.quantity;
  const currentRecurring = facts.addons.filter((entry) => entry.addon.kind === 'recurring');
  const currentList = currentRecurring.map((entry) => ({ addon_id: entry.addon.id, quantity: entry.subscriptionAddon.quantity }));

  let addons: WorkedChange['addons'] = null;
  if (input.addons && !sameAddons(input.addons, currentList)) {
    const ids = input.addons.map((entry) => entry.addon_id);
    if (new Set(ids).size !== ids.length) throw validationError('addons', 'duplicate', 'names an add-on twice');
    const catalogue = await getAddons(db, sub.organization_id, ids);
    addons = input.addons.map((entry, index) => {
      const addon = catalogue[index]!;
      const field = `addons.${index}.addon_id`;
      if (addon.archived_at) throw validationError(field, 'invalid_value', 'the add-on is archived');
      if (addon.kind !== 'recurring') throw validationError(field, 'invalid_value', 'is a one-off add-on; only recurring add-ons are changed on a subscription');
      if (addon.currency !== sub.currency) throw validationError(field, 'invalid_value', `is in ${addon.currency}, not the subscription's ${sub.currency}`);
      // An add-on the subscription has keeps its price; a new one comes at today's.
      const kept = currentRecurring.find((current) => current.addon.id === addon.id);
      return { addon, quantity: entry.quantity, unitPrice: kept ? kept.subscriptionAddon.unit_price_minor : Number(addon.price_minor) };
    });
  }
  if (plan.id !== sub.plan_id) {
    const catalogue = addons ? addons.map((entry) => entry.addon) : await getAddons(db, sub.organization_id, currentRecurring.map((entry) => entry.addon.id));
    catalogue.forEach((addon, index) => {
      const planIds = JSON.parse(addon.plan_ids) as string[];
      if (planIds.length > 0 && !planIds.includes(plan.id)) throw validationError(addons ? `addons.${index}.addon_id` : 'plan_id', 'invalid_value', `${addon.name} cannot be added to ${plan.name}; remove it with the change`);
    });
  }

  const aspects: WorkedChange['aspects'] = [];
  if (plan.id !== sub.plan_id) aspects.push('change_plan');
  if (quantity !== sub.quantity) aspects.push('change_quantity');
  if (addons) aspects.push('change_addons');
  if (aspects.length === 0) throw validationError('plan_id', 'invalid', 'the change leaves the subscription as it is', {});

  const unitPrice = plan.id === sub.plan_id ? Number(sub.unit_price_minor) : Number(plan.price_minor);
  const oneOffs = facts.addons.filter((entry) => entry.addon.kind === 'one_off');
  const newAddons: BilledAddon[] = addons
    ? [...addons.map((entry) => ({ addon: { id: entry.addon.id, name: entry.addon.name, kind: entry.addon.kind, tax_id: entry.addon.tax_id }, subscriptionAddon: { quantity: entry.quantity, unit_price_minor: entry.unitPrice, billed_document_id: null } })), ...oneOffs]
    : facts.addons;
  const after = { ...sub, quantity, unit_price_minor: unitPrice };
  const oldAmount = amountPerPeriod(sub, facts.plan, facts.addons, facts.coupon);
  const newAmount = amountPerPeriod(after, plan, newAddons, facts.coupon);
  const timing = changeTiming(sub.status, oldAmount, newAmount, options.portal ? undefined : input.timing);
  const proration = timing === 'now' ? changeProration(sub, options.today, oldAmount, newAmount) : noProration;
  const effectiveOn = timing === 'now' ? options.today : (sub.current_period_end ?? sub.next_billing_date ?? options.today);

  const next = nextPeriod(sub);
  const taxes = await taxRatesOf(db, sub.organization_id, [plan.tax_id, ...newAddons.map((entry) => entry.addon.tax_id)]);
  const lines = periodLines(after, plan, newAddons, facts.coupon, next.index, taxes);
  const amounts = computeDocumentAmounts(lines.map((line) => ({ ...line })));
  const preview: ChangePreviewResponse = {
    timing,
    effective_on: effectiveOn,
    currency: sub.currency,
    current_amount_minor: oldAmount,
    new_amount_minor: newAmount,
    proration,
    proration_document: proration.net_minor > 0 ? 'invoice' : proration.net_minor < 0 ? 'credit_note' : null,
    next_invoice: {
      date: sub.next_billing_date,
      amount_minor: amounts.total_minor,
      lines: lines.map((line, index) => ({
        name: line.name,
        description: line.description,
        quantity: line.quantity_milli / 1000,
        unit_price_minor: line.rate_minor,
        discount_minor: amounts.lines[index]!.discount_minor,
        tax_minor: amounts.lines[index]!.tax_minor,
        amount_minor: amounts.lines[index]!.total_minor,
      })),
    },
  };
  return { aspects, plan, quantity, unitPrice, addons, facts, oldAmount, newAmount, timing, proration, effectiveOn, preview };
}

/** What the change would do, without doing it (GET …/change-preview): timing, exact proration, the next invoice. */
export async function previewChange(ctx: AppContext, sub: SubscriptionsTable, input: ChangeRequest, options: { portal: boolean }): Promise<ChangePreviewResponse> {
  const today = await organizationToday(ctx, sub.organization_id);
  if (options.portal) assertChangeState(sub, today);
  return (await workOutChange(ctx, ctx.db, sub, input, { portal: options.portal, today })).preview;
}

function assertChangeState(sub: SubscriptionsTable, today: string): void {
  assertActionState({ action: 'change_plan' }, sub, today);
}

const configurationOf = (sub: Pick<SubscriptionsTable, 'plan_id' | 'quantity'>, addons: { addon_id: string; quantity: number }[]) => ({ plan_id: sub.plan_id, quantity: sub.quantity, addons });

/**
 * Makes the change the preview showed: now (an upgrade, or any change in a trial) with its proration
 * invoiced — or credited, for a change staff make now that costs less — or, for a downgrade, kept as the
 * scheduled change for the end of the period (replacing one scheduled before; an upgrade now drops it).
 */
export async function applyChange(ctx: AppContext, sub: SubscriptionsTable, input: ChangeBody, actor: SubscriptionActor, notice?: PortalNotice): Promise<ActionResult> {
  assertVersion(sub, input.version);
  return runAction(ctx, sub, actor, notice, async (trx, today, now) => {
    assertChangeState(sub, today);
    const worked = await workOutChange(ctx, trx, sub, input, { portal: notice !== undefined, today });
    const recurringNow = worked.facts.addons.filter((entry) => entry.addon.kind === 'recurring').map((entry) => ({ addon_id: entry.addon.id, quantity: entry.subscriptionAddon.quantity }));
    const addonsAfter = worked.addons ? worked.addons.map((entry) => ({ addon_id: entry.addon.id, quantity: entry.quantity })) : recurringNow;
    const from = configurationOf(sub, recurringNow);
    const to = { plan_id: worked.plan.id, quantity: worked.quantity, addons: addonsAfter };
    const scheduled = worked.timing === 'period_end';
    const details = { from, to, timing: worked.timing, effective_on: worked.effectiveOn, old_amount_minor: worked.oldAmount, new_amount_minor: worked.newAmount, proration: worked.proration };
    const base = {
      event: { kind: scheduled ? 'change_scheduled' : 'changed', details },
      portal: {
        type: 'portal.subscription_changed' as const,
        action: scheduled ? 'subscription_change_scheduled' : 'subscription_changed',
        message: (actorName: string, customer: string) => ({
          code: 'subscription.changed' as const,
          params: { actor: actorName, customer, number: sub.number, plan: worked.plan.name, scheduled, effective_on: worked.effectiveOn },
        }),
      },
      integration: { type: 'subscription.changed' as const, change: { action: scheduled ? 'change_scheduled' : 'changed', timing: worked.timing, effective_on: worked.effectiveOn, from, to } },
    };
    if (scheduled) {
      const change: ScheduledChange = { plan_id: to.plan_id, quantity: to.quantity, addons: to.addons, requested_at: now, actor_type: actor.type, actor_id: actor.id };
      return { ...base, changes: { scheduled_change: JSON.stringify(change) } };
    }
    return {
      ...base,
      changes: { plan_id: worked.plan.id, quantity: worked.quantity, unit_price_minor: worked.unitPrice, scheduled_change: null },
      after: async (tx, updated, eventId) => {
        if (worked.addons) {
          await repo.deleteRecurringAddons(tx, sub.id);
          await repo.insertAddonRows(
            tx,
            worked.addons.map((entry) => ({ id: newId(), subscription_id: sub.id, addon_id: entry.addon.id, quantity: entry.quantity, unit_price_minor: entry.unitPrice, billed_document_id: null, created_at: now })),
          );
        }
        return prorationDocument(ctx, tx, updated, worked, eventId, today);
      },
    };
  });
}

/** The invoice for a positive net (charged after the commit), or the credit note for a negative one. */
async function prorationDocument(ctx: AppContext, trx: Db, sub: SubscriptionsTable, worked: WorkedChange, eventId: string, today: string) {
  const { proration } = worked;
  const end = sub.current_period_end;
  if (proration.net_minor === 0 || !end) return { integration: { proration } };
  const label = `${worked.plan.name}: change on ${today}, ${proration.days_remaining} of ${proration.days_in_period} days`;
  if (proration.net_minor > 0) {
    const issued = await issueSubscriptionInvoice(ctx, trx, sub, {
      billingKey: `change:${eventId}`,
      periodIndex: null,
      periodStart: today,
      periodEnd: end,
      lines: [
        {
          item_id: null,
          name: label,
          description: `${periodLabel(today, end)}: ${proration.charge_minor} at the new amount less ${proration.credit_minor} unused at the old one`,
          unit: null,
          quantity_milli: 1000,
          rate_minor: proration.charge_minor,
          discount_type: proration.credit_minor > 0 ? 'amount' : null,
          discount_value: proration.credit_minor,
          ...(await taxOf(trx, sub.organization_id, worked.plan.tax_id)),
        },
      ],
    });
    return { collect: issued.documentId, integration: { proration, invoice_id: issued.documentId } };
  }
  const note = await issueCreditNoteWithin(ctx, trx, {
    organizationId: sub.organization_id,
    customerId: sub.customer_id,
    currency: sub.currency,
    reference: sub.number,
    notes: `Change of ${sub.number} on ${today}`,
    lines: [
      {
        item_id: null,
        name: label,
        description: `${periodLabel(today, end)}: ${proration.credit_minor} unused at the old amount less ${proration.charge_minor} at the new one`,
        unit: null,
        quantity_milli: 1000,
        rate_minor: -proration.net_minor,
        discount_type: null,
        discount_value: 0,
        ...(await taxOf(trx, sub.organization_id, worked.facts.plan.tax_id)),
      },
    ],
  });
  return { integration: { proration, credit_note_id: note.id } };
}

async function taxOf(db: Db, organizationId: string, taxId: string | null) {
  if (!taxId) return { tax_id: null, tax_name: null, tax_rate_millipercent: 0 };
  const tax = (await taxRatesOf(db, organizationId, [taxId])).get(taxId);
  return tax ? { tax_id: tax.id, tax_name: tax.name, tax_rate_millipercent: tax.rate_millipercent } : { tax_id: null, tax_name: null, tax_rate_millipercent: 0 };
}
