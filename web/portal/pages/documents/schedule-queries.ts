/** A document's payment schedule and the customer's overdue instalments, through the typed client. */
import type { PortalResponse } from '../../../ui/api/paths.ts';
import { portalClient } from '../../lib/client.ts';
import { dashboardKeys } from '../dashboard/queries.ts';
import { documentKeys } from './queries.ts';

export type PaymentSchedule = PortalResponse<'/invoices/{id}/payment-schedule', 'get'>;
export type ScheduledInstalment = PaymentSchedule['instalments'][number];
export type OverdueInstalment = PortalResponse<'/payment-schedules/overdue', 'get'>['data'][number];
export type ScheduledSegment = 'invoices' | 'retainer-invoices';

/** Under the document's key: whatever refreshes the document (a payment) refreshes its schedule. */
export const scheduleKey = (segment: ScheduledSegment, id: string) => [...documentKeys(segment).detail(id), 'payment-schedule'] as const;
/** Under the dashboard's key, so the dashboard and its overdue instalments refresh together. */
export const overdueInstalmentsKey = [...dashboardKeys.all, 'overdue-instalments'] as const;

export function fetchSchedule(segment: ScheduledSegment, id: string, signal?: AbortSignal): Promise<PaymentSchedule> {
  const init = { signal, params: { path: { id } } };
  return segment === 'invoices' ? portalClient.get('/invoices/{id}/payment-schedule', init) : portalClient.get('/retainer-invoices/{id}/payment-schedule', init);
}

export async function fetchOverdueInstalments(signal?: AbortSignal): Promise<OverdueInstalment[]> {
  return (await portalClient.get('/payment-schedules/overdue', { signal })).data;
}
