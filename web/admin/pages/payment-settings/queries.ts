/** The organization's online-payment settings through the typed client: types from the OpenAPI document and the query key. */
import type { AdminBody, AdminResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import { adminClient } from '../../lib/client.ts';

export type PaymentSettings = AdminResponse<'/payment-settings', 'get'>;
export type PaymentSettingsUpdate = AdminBody<'/payment-settings', 'put'>;
export type PaymentGateway = PaymentSettings['gateway'];

/** One record per organization: `paymentSettingsKeys.all`. */
export const paymentSettingsKeys = queryKeys('payment-settings');

export function fetchPaymentSettings(signal: AbortSignal): Promise<PaymentSettings> {
  return adminClient.get('/payment-settings', { signal });
}

export function savePaymentSettings(body: PaymentSettingsUpdate): Promise<PaymentSettings> {
  return adminClient.put('/payment-settings', { body });
}
