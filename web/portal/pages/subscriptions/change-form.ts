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

export function changeDefaults(sub: SubscriptionDetail): ChangeValues {
  const addons: Record<string, string> = {};
  for (const addon of sub.available_addons ?? []) addons[addon.id] = '0';
  for (const addon of sub.addons) addons[addon.addon_id] = String(addon.quantity);
  return { plan_id: sub.plan.id, quantity: String(sub.quantity), addons };
}

export function changeRequest(values: z.output<typeof changeSchema>): ChangeRequest {
  const addons = Object.entries(values.addons)
    .map(([addon_id, quantity]) => ({ addon_id, quantity: Number(quantity) }))
    .filter((addon) => addon.quantity > 0)
    .sort((a, b) => a.addon_id.localeCompare(b.addon_id));
  return { plan_id: values.plan_id, quantity: Number(values.quantity), addons };
}

/** Whether the change asks for anything the subscription does not have already. */
export function changesSomething(sub: SubscriptionDetail, change: ChangeRequest): boolean {
  const current = changeRequest({ plan_id: sub.plan.id, quantity: String(sub.quantity), addons: Object.fromEntries(sub.addons.map((addon) => [addon.addon_id, String(addon.quantity)])) });
  return JSON.stringify(current) !== JSON.stringify(change);
}
