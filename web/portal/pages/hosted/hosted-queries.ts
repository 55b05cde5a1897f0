/**
 * A plan's hosted payment page through the typed client: the plan as the page shows it (no sign-in),
 * and the sign-up with the first payment.
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { portalClient } from '../../lib/client.ts';

export type HostedPlan = PortalResponse<'/hosted-pages/{plan_code}', 'get'>;
export type HostedSignUpBody = PortalBody<'/hosted-pages/{plan_code}/signups', 'post'>;
export type HostedSignUp = PortalResponse<'/hosted-pages/{plan_code}/signups', 'post'>;

export const hostedKeys = {
  all: ['hosted-page'] as const,
  plan: (code: string) => ['hosted-page', code] as const,
};

export function fetchHostedPlan(code: string, signal?: AbortSignal): Promise<HostedPlan> {
  return portalClient.get('/hosted-pages/{plan_code}', { signal, params: { path: { plan_code: code } } });
}

/** The form token comes from the page's load; the Idempotency-Key names this one sign-up (kept across a retry with another card). */
export function signUp(code: string, body: HostedSignUpBody, keys: { idempotencyKey: string; formToken: string }): Promise<HostedSignUp> {
  return portalClient.post('/hosted-pages/{plan_code}/signups', {
    params: { path: { plan_code: code }, header: { 'idempotency-key': keys.idempotencyKey, 'x-form-token': keys.formToken } },
    body,
  });
}
