/** Payments through the typed client: types from the OpenAPI document and the query keys. */
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
