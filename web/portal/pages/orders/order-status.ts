/** An order's status as the portal shows it: a badge's tone, and the steps from placed to delivered. */
import type { Tone } from '../../../ui/components/Feedback.tsx';
import { orderStatusOf, type OrderDetail, type OrderStatus, type PackageStatus } from './queries.ts';

export const orderStatusTones: Record<OrderStatus, Tone> = {
  draft: 'neutral',
  pending_approval: 'warning',
  confirmed: 'info',
  partially_shipped: 'info',
  shipped: 'success',
  delivered: 'success',
  cancelled: 'neutral',
};

export const packageStatusTones: Record<PackageStatus, Tone> = { packed: 'neutral', shipped: 'info', delivered: 'success' };

export const timelineSteps = ['placed', 'confirmed', 'shipped', 'delivered'] as const;
export type TimelineStepId = (typeof timelineSteps)[number];

export interface TimelineStep {
  id: TimelineStepId;
  /** `partial`: some of the order has shipped, not all of it. */
  state: 'done' | 'partial' | 'upcoming';
  /** When it happened, when known. */
  at: string | null;
}

export interface Timeline {
  steps: TimelineStep[];
  /** The last step reached (aria-current), null for none. */
  current: TimelineStepId | null;
  cancelled: { at: string | null; reason: string | null } | null;
  awaitingApproval: boolean;
}

const reached: Record<OrderStatus, number> = { draft: 1, pending_approval: 1, confirmed: 2, partially_shipped: 2, shipped: 3, delivered: 4, cancelled: 0 };

type TimelineOrder = Pick<OrderDetail, 'status' | 'created_at' | 'cancel_reason' | 'events'>;

/** The first time the history records one of these statuses. */
function firstEvent(order: TimelineOrder, ...statuses: string[]): string | null {
  const times = order.events.filter((event) => statuses.includes(event.status)).map((event) => event.created_at);
  return times.sort()[0] ?? null;
}

export function orderTimeline(order: TimelineOrder): Timeline {
  const status = orderStatusOf(order.status);
  const confirmedAt = firstEvent(order, 'confirmed');
  const shippedAt = firstEvent(order, 'partially_shipped', 'shipped');
  const deliveredAt = firstEvent(order, 'delivered');
  const at: Record<TimelineStepId, string | null> = { placed: order.created_at, confirmed: confirmedAt, shipped: shippedAt, delivered: deliveredAt };
  // A cancelled order reached what its history shows before the cancellation.
  const count = status === 'cancelled' ? (confirmedAt ? 2 : 1) : reached[status];
  const steps = timelineSteps.map((id, index): TimelineStep => {
    if (id === 'shipped' && status === 'partially_shipped') return { id, state: 'partial', at: at.shipped };
    return { id, state: index < count ? 'done' : 'upcoming', at: index < count ? at[id] : null };
  });
  const last = [...steps].reverse().find((step) => step.state !== 'upcoming');
  return {
    steps,
    current: last?.id ?? null,
    cancelled: status === 'cancelled' ? { at: firstEvent(order, 'cancelled'), reason: order.cancel_reason } : null,
    awaitingApproval: status === 'pending_approval',
  };
}

/** Whether the order still counts as open (the list's "open" filter). */
export function isOpenOrder(status: OrderStatus): boolean {
  return status === 'pending_approval' || status === 'confirmed' || status === 'partially_shipped';
}
