/** The new-subscription form: what its fields hold, the checks before sending, and the body the API takes. */
import { z } from 'zod';
import type { PickedCustomer } from '../documents/CustomerPicker.tsx';
import type { Addon, NewSubscriptionBody, Plan } from './queries.ts';

const wholeNumber = z.string().trim().regex(/^\d{1,7}$/, 'subscriptions.errors.wholeNumber');

export const subscriptionFormSchema = z
  .object({
    customer: z.custom<PickedCustomer | null>().refine((value) => value !== null && value !== undefined, 'subscriptions.errors.customer'),
    plan_id: z.string().min(1, 'subscriptions.errors.plan'),
    quantity: wholeNumber.refine((value) => Number(value) >= 1, 'subscriptions.errors.atLeastOne'),
    /** Quantity of each add-on by id; 0 leaves it out. */
    addons: z.record(z.string(), wholeNumber),
    coupon_code: z.string().trim().max(100),
    start_date: z.string(),
    trial: z.boolean(),
    auto_collect: z.boolean(),
  })
  .transform(
    (values): NewSubscriptionBody => ({
      customer_id: values.customer?.id ?? '',
      plan_id: values.plan_id,
      quantity: Number(values.quantity),
      addons: Object.entries(values.addons)
        .filter(([, quantity]) => Number(quantity) > 0)
        .map(([addon_id, quantity]) => ({ addon_id, quantity: Number(quantity) })),
      ...(values.coupon_code ? { coupon_code: values.coupon_code } : {}),
      ...(values.start_date ? { start_date: values.start_date } : {}),
      trial: values.trial,
      auto_collect: values.auto_collect,
    }),
  );
export type SubscriptionFormValues = z.input<typeof subscriptionFormSchema>;

export function newSubscriptionValues(customer: PickedCustomer | undefined, today: string): SubscriptionFormValues {
  return { customer: customer ?? null, plan_id: '', quantity: '1', addons: {}, coupon_code: '', start_date: today, trial: false, auto_collect: true };
}

/** The plans a customer can subscribe to: active ones in the customer's currency (all of them before a customer is chosen). */
export function plansFor(plans: readonly Plan[], currency: string | undefined): Plan[] {
  return plans.filter((plan) => !plan.archived && (!currency || plan.currency === currency));
}

/** The add-ons of a plan: those for every plan in its currency, and those named for it. */
export function addonsFor(addons: readonly Addon[], plan: Plan | undefined): Addon[] {
  if (!plan) return [];
  return addons.filter((addon) => !addon.archived && addon.currency === plan.currency && (addon.plan_ids.length === 0 || addon.plan_ids.includes(plan.id)));
}

/** The form's field for a field the server named. */
export function subscriptionFieldName(field: string): string {
  if (field === 'customer_id') return 'customer';
  const addon = /^addons\.\d+\./.exec(field);
  return addon ? 'plan_id' : field;
}
