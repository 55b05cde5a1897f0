/**
 * Subscriptions in the portal: the customer's list and details, and the actions its contacts may take
 * as staff allowed them in the subscription settings (docs/subscriptions.md, "Portal actions and
 * policy"). The order of the checks: another customer's subscription (or an unknown id) is 404; a
 * contact without the needed permission 403 FORBIDDEN; an action the settings do not allow in the
 * subscription's status 403 ACTION_NOT_ALLOWED naming action and status. Then the action itself
 * (subscription-action), which tells staff of it.
 */
import type { AppContext, RequestMeta } from '../../context.ts';
import type { OrganizationRow } from '../../db/database.ts';
import { presentPage, type Page } from '../../db/keyset.ts';
import type { SubscriptionsTable } from '../../db/subscription-tables.ts';
import type { ContactPrincipal } from '../../http/auth.ts';
import { AppError } from '../../lib/app-error.ts';
import { contactName } from '../customer/customer.service.ts';
import { todayOfOrganization } from '../organization/organization-today.ts';
import { listAddons } from '../plan/addon.service.ts';
import { getPlan, listPlans, portalChangeTargets } from '../plan/plan.service.ts';
import { getSubscriptionSettings, type SubscriptionSettings } from '../subscription-settings/subscription-settings.service.ts';
import type { ActionResult, PortalNotice } from '../subscription-action/subscription-action.service.ts';
import { portalActionRefusal, type PortalActionRequest } from '../subscription-action/subscription-policy.ts';
import { workOutChange, type ChangeRequest } from '../subscription-action/subscription-change.service.ts';
import type { SubscriptionActor } from '../subscription/subscription.service.ts';
import { getCustomerSubscription, listSubscriptions } from '../subscription/subscription.service.ts';
import { presentSubscription, presentSubscriptionSummaries } from '../subscription/subscription.presenter.ts';
import type { PortalActionKey, PortalSubscriptionResponse } from './portal-subscription.schemas.ts';
import type { SubscriptionSummaryResponse } from '../subscription/subscription.schemas.ts';

interface Owner {
  organizationId: string;
  customerId: string;
  contactPersonId: string;
}

function ownerOf(contact: ContactPrincipal): Owner {
  if (!contact.customerId || !contact.contactPersonId) throw new AppError('FORBIDDEN', 'Choose an account first');
  return { organizationId: contact.organizationId, customerId: contact.customerId, contactPersonId: contact.contactPersonId };
}

const forbidden = () => new AppError('FORBIDDEN', 'Your role in this account does not allow this; ask your administrator');

/** Reading subscriptions: a contact who sees the documents or pays. */
export function assertMayReadSubscriptions(contact: ContactPrincipal): void {
  if (!contact.permissions.includes('view_documents') && !contact.permissions.includes('pay')) throw forbidden();
}

/**
 * Acting on subscriptions: a contact who pays for the account (the `pay` permission) — every action
 * changes what the customer is charged, or with what.
 */
export function assertMayActOnSubscriptions(contact: ContactPrincipal): void {
  if (!contact.permissions.includes('pay')) throw forbidden();
}

/** The customer's subscriptions, newest first. */
export async function listPortalSubscriptions(ctx: AppContext, contact: ContactPrincipal, page: { limit: number; cursor?: string | undefined }): Promise<Page<SubscriptionSummaryResponse>> {
  const owner = ownerOf(contact);
  assertMayReadSubscriptions(contact);
  const rows = await listSubscriptions(ctx, owner.organizationId, { customer_id: owner.customerId, sort: '-created_at', limit: page.limit, cursor: page.cursor });
  const summaries = await presentSubscriptionSummaries(ctx.db, rows.data);
  return presentPage({ ...rows, data: summaries }, (data) => data);
}

/** The customer's own subscription, or 404 — before any permission, so a 403 never confirms another's exists. */
export async function findOwnSubscription(ctx: AppContext, contact: ContactPrincipal, id: string): Promise<SubscriptionsTable> {
  const owner = ownerOf(contact);
  return getCustomerSubscription(ctx.db, owner.organizationId, owner.customerId, id);
}

const probes: Record<PortalActionKey, PortalActionRequest> = {
  cancel_immediately: { action: 'cancel', timing: 'immediately' },
  cancel_at_period_end: { action: 'cancel', timing: 'at_period_end' },
  reactivate: { action: 'reactivate' },
  convert_trial: { action: 'convert_trial' },
  extend_trial: { action: 'extend_trial', days: 1 },
  change_plan: { action: 'change_plan' },
  change_quantity: { action: 'change_quantity' },
  change_addons: { action: 'change_addons' },
  pause: { action: 'pause', days: 1 },
  resume: { action: 'resume' },
  change_payment_method: { action: 'change_payment_method' },
};

function allowedActions(settings: SubscriptionSettings, sub: SubscriptionsTable, today: string, contact: ContactPrincipal): PortalActionKey[] {
  if (!contact.permissions.includes('pay')) return [];
  return (Object.keys(probes) as PortalActionKey[]).filter((key) => portalActionRefusal(settings, probes[key], sub, today) === null);
}

/** An add-on offered for every plan of its currency (no plans named), or for this one. */
function offeredFor(planIdsJson: string, planId: string): boolean {
  const planIds = JSON.parse(planIdsJson) as string[];
  return planIds.length === 0 || planIds.includes(planId);
}

export async function presentPortalSubscription(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, sub: SubscriptionsTable): Promise<PortalSubscriptionResponse> {
  const today = todayOfOrganization(organization, ctx.clock.now());
  const [settings, detail, plan, activePlans, addons] = await Promise.all([
    getSubscriptionSettings(ctx.db, sub.organization_id),
    presentSubscription(ctx.db, sub),
    getPlan(ctx.db, sub.organization_id, sub.plan_id),
    listPlans(ctx, sub.organization_id, { active: 'true' }),
    listAddons(ctx, sub.organization_id, { archived: 'false' }),
  ]);
  const targets = portalChangeTargets(plan);
  const carried = new Set(detail.addons.map((addon) => addon.addon_id));
  return {
    ...detail,
    allowed_actions: allowedActions(settings, sub, today, contact),
    cancel_reasons: settings.cancel_reasons,
    extend_trial_days_left: Math.max(0, settings.portal_actions.extend_trial.max_days - sub.trial_extended_days),
    pause_max_days: settings.portal_actions.pause.max_days,
    change_plan_ids: targets,
    change_plans: activePlans
      .filter((candidate) => targets.includes(candidate.id) && candidate.currency === sub.currency)
      .map((candidate) => ({ id: candidate.id, code: candidate.code, name: candidate.name, currency: candidate.currency, price_minor: Number(candidate.price_minor), interval: candidate.interval, interval_count: candidate.interval_count })),
    available_addons: addons
      .filter((addon) => addon.kind === 'recurring' && addon.currency === sub.currency && (carried.has(addon.id) || offeredFor(addon.plan_ids, plan.id)))
      .map((addon) => ({ id: addon.id, code: addon.code, name: addon.name, currency: addon.currency, price_minor: Number(addon.price_minor) })),
  };
}

/** A subscription with its add-ons, coupon, payment method, invoices and what the contact may do. */
export async function getPortalSubscription(ctx: AppContext, organization: OrganizationRow, contact: ContactPrincipal, id: string): Promise<PortalSubscriptionResponse> {
  const sub = await findOwnSubscription(ctx, contact, id);
  assertMayReadSubscriptions(contact);
  return presentPortalSubscription(ctx, organization, contact, sub);
}

/** The refusal of the settings as the error it is. */
function refuse(settings: SubscriptionSettings, request: PortalActionRequest, sub: SubscriptionsTable, today: string): void {
  const refusal = portalActionRefusal(settings, request, sub, today);
  if (refusal) throw new AppError(refusal.code, refusal.message, refusal.details);
}

export interface PortalActionContext {
  sub: SubscriptionsTable;
  settings: SubscriptionSettings;
  today: string;
  actor: SubscriptionActor;
  notice: PortalNotice;
}

/**
 * Runs a contact's action on its customer's subscription: 404 for another's, 403 without `pay`, the
 * policy of `request` (a function of the subscription and today, e.g. the pause's days) checked, then
 * `run` with the contact as the actor and the notice that tells staff.
 */
export async function runPortalAction(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: ContactPrincipal,
  id: string,
  meta: RequestMeta,
  request: (sub: SubscriptionsTable, today: string, settings: SubscriptionSettings) => PortalActionRequest[] | Promise<PortalActionRequest[]>,
  run: (context: PortalActionContext) => Promise<ActionResult>,
): Promise<PortalSubscriptionResponse> {
  const sub = await findOwnSubscription(ctx, contact, id);
  assertMayActOnSubscriptions(contact);
  const owner = ownerOf(contact);
  const today = todayOfOrganization(organization, ctx.clock.now());
  const settings = await getSubscriptionSettings(ctx.db, sub.organization_id);
  for (const asked of await request(sub, today, settings)) refuse(settings, asked, sub, today);
  const name = await contactName(ctx.db, owner.contactPersonId);
  const actor: SubscriptionActor = { type: 'contact', id: owner.contactPersonId, name };
  const notice: PortalNotice = {
    organization,
    customerId: owner.customerId,
    contactPersonId: owner.contactPersonId,
    customerName: contact.account?.customer_name ?? '',
    meta,
    emailStaff: settings.notify_staff_by_email,
  };
  const result = await run({ sub, settings, today, actor, notice });
  return presentPortalSubscription(ctx, organization, contact, result.sub);
}

/** The portal actions a change of plan, quantity or add-ons is made of (each must be allowed). */
export async function changeAspects(ctx: AppContext, sub: SubscriptionsTable, input: ChangeRequest, today: string): Promise<PortalActionRequest[]> {
  const worked = await workOutChange(ctx, ctx.db, sub, input, { portal: true, today });
  return worked.aspects.map((action) => ({ action }));
}

const changeActions = ['change_plan', 'change_quantity', 'change_addons'] as const;

/**
 * What a change asks the policy: when none of the three kinds of change is allowed for this
 * subscription, the kind the request names first is refused (before the change is even checked);
 * otherwise each kind the change is made of.
 */
export async function changeRequests(ctx: AppContext, sub: SubscriptionsTable, input: ChangeRequest, today: string, settings: SubscriptionSettings): Promise<PortalActionRequest[]> {
  if (changeActions.every((action) => portalActionRefusal(settings, { action }, sub, today) !== null)) {
    const named = input.plan_id !== undefined ? 'change_plan' : input.quantity !== undefined ? 'change_quantity' : input.addons !== undefined ? 'change_addons' : 'change_plan';
    return [{ action: named }];
  }
  return changeAspects(ctx, sub, input, today);
}
