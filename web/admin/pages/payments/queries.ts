/** Payments through the typed client: types from the OpenAPI document and the query keys. */
import type { TFunction } from 'i18next';
import type { AdminBody, AdminResponse, RowOf } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';

export type PaymentPage = AdminResponse<'/payments', 'get'>;
export type PaymentSummary = RowOf<PaymentPage>;
export type Payment = AdminResponse<'/payments/{id}', 'get'>;
export type NewPaymentBody = AdminBody<'/payments', 'post'>;
export type PaymentMethod = NewPaymentBody['method'];
export type Allocation = NonNullable<NewPaymentBody['allocations']>[number];
export { paymentMethods } from '../../../../contract/billing.ts';

/** `paymentKeys.list({ customer_id })`, `paymentKeys.detail(id)`. */
export const paymentKeys = queryKeys('payments');

/** "Card · Visa ending 4242" for an online payment, the method's name for an offline one. */
export function paymentMethodText(t: TFunction, payment: Pick<Payment, 'method' | 'payment_method'>): string {
  const method = t(`payments.methods.${payment.method}`, { defaultValue: payment.method });
  const saved = payment.payment_method;
  if (!saved) return method;
  const brand = saved.brand.length > 0 ? saved.brand.charAt(0).toUpperCase() + saved.brand.slice(1) : saved.brand;
  return `${method} · ${t('payments.methodEnding', { brand, last4: saved.last4 })}`;
}
