/** The change dialog's fields, their checks, and the change they ask for. */
import { z } from 'zod';
import type { ChangeRequest, SubscriptionDetail } from './queries.ts';

const wholeNumber = z.string().trim().regex(/^\d{1,6}$/, 'subscriptions.change.wholeNumber');

export const changeSchema = z.object({
  plan_id: z.string().min(1, 'common.required'),
  quantity: wholeNumber.refine((value) => Number(value) >= 1, 'subscriptions.change.atLeastOne'),
  /** Quantity of each add-on offered, by id; 0 removes it. */
  addons: z.record(z.string(), wholeNumber),
});
export type ChangeValues = z.input<typeof changeSchema>;

/** The recurring add-ons: one-off ones were billed once and are not changed. */
const recurring = (sub: SubscriptionDetail) => sub.addons.filter((addon) => addon.kind === 'recurring');

export function changeDefaults(sub: SubscriptionDetail): ChangeValues {
  const addons: Record<string, string> = {};
  for (const addon of sub.available_addons) addons[addon.id] = '0';
  for (const addon of recurring(sub)) addons[addon.addon_id] = String(addon.quantity);
  return { plan_id: sub.plan.id, quantity: String(sub.quantity), addons };
}

const sorted = (addons: { addon_id: string; quantity: number }[]) => [...addons].filter((addon) => addon.quantity > 0).sort((a, b) => a.addon_id.localeCompare(b.addon_id));

/** The change asked for: only what differs from the subscription now (an empty object: nothing). */
export function changeRequest(sub: SubscriptionDetail, values: z.output<typeof changeSchema>): ChangeRequest {
  const change: ChangeRequest = {};
  if (values.plan_id !== sub.plan.id) change.plan_id = values.plan_id;
  if (Number(values.quantity) !== sub.quantity) change.quantity = Number(values.quantity);
  const wanted = sorted(Object.entries(values.addons).map(([addon_id, quantity]) => ({ addon_id, quantity: Number(quantity) })));
  const current = sorted(recurring(sub).map((addon) => ({ addon_id: addon.addon_id, quantity: addon.quantity })));
  if (JSON.stringify(wanted) !== JSON.stringify(current)) change.addons = wanted;
  return change;
}

export function changesSomething(change: ChangeRequest): boolean {
  return change.plan_id !== undefined || change.quantity !== undefined || change.addons !== undefined;
}
