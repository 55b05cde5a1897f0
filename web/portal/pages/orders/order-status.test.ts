import { describe, expect, it } from 'vitest';
import { isOpenOrder, orderTimeline } from './order-status.ts';
import { orderDetail } from './test-orders.ts';

const event = (status: string, created_at: string) => ({ status, note: null, actor_type: 'staff', actor_name: 'Olivia Owner', created_at });
const placedAt = '2026-12-01T10:00:00.000Z';
const confirmedAt = '2026-12-01T10:05:00.000Z';

describe('an order’s progress', () => {
  it('marks placed and confirmed as done with their times, and the confirmed step as the current one', () => {
    const timeline = orderTimeline(orderDetail());
    expect(timeline.steps).toEqual([
      { id: 'placed', state: 'done', at: placedAt },
      { id: 'confirmed', state: 'done', at: confirmedAt },
      { id: 'shipped', state: 'upcoming', at: null },
      { id: 'delivered', state: 'upcoming', at: null },
    ]);
    expect(timeline.current).toBe('confirmed');
    expect(timeline.cancelled).toBeNull();
  });

  it('says an order waits for the business to confirm it', () => {
    const timeline = orderTimeline(orderDetail({ status: 'pending_approval', events: [event('pending_approval', placedAt)] }));
    expect(timeline.steps.map((step) => step.state)).toEqual(['done', 'upcoming', 'upcoming', 'upcoming']);
    expect(timeline.awaitingApproval).toBe(true);
  });

  it('shows a partly shipped order as shipping in progress, dated by the first shipment in its history', () => {
    const timeline = orderTimeline(orderDetail({ status: 'partially_shipped', events: [...orderDetail().events, event('partially_shipped', '2026-12-02T09:00:00.000Z')] }));
    expect(timeline.steps[2]).toEqual({ id: 'shipped', state: 'partial', at: '2026-12-02T09:00:00.000Z' });
    expect(timeline.current).toBe('shipped');
  });

  it('marks every step of a delivered order as done, shipped from the first package that left', () => {
    const events = [...orderDetail().events, event('partially_shipped', '2026-12-02T09:00:00.000Z'), event('shipped', '2026-12-03T09:00:00.000Z'), event('delivered', '2026-12-04T15:00:00.000Z')];
    const timeline = orderTimeline(orderDetail({ status: 'delivered', events }));
    expect(timeline.steps.map((step) => [step.state, step.at])).toEqual([
      ['done', placedAt],
      ['done', confirmedAt],
      ['done', '2026-12-02T09:00:00.000Z'],
      ['done', '2026-12-04T15:00:00.000Z'],
    ]);
    expect(timeline.current).toBe('delivered');
  });

  it('keeps what a cancelled order reached, and says when and why it was cancelled', () => {
    const timeline = orderTimeline(orderDetail({ status: 'cancelled', cancel_reason: 'Ordered twice', events: [...orderDetail().events, event('cancelled', '2026-12-01T12:00:00.000Z')] }));
    expect(timeline.steps.map((step) => step.state)).toEqual(['done', 'done', 'upcoming', 'upcoming']);
    expect(timeline.cancelled).toEqual({ at: '2026-12-01T12:00:00.000Z', reason: 'Ordered twice' });
    const never = orderTimeline(orderDetail({ status: 'cancelled', events: [event('pending_approval', placedAt)] }));
    expect(never.steps.map((step) => step.state)).toEqual(['done', 'upcoming', 'upcoming', 'upcoming']);
    expect(never.cancelled).toEqual({ at: null, reason: null });
  });

  it('counts pending, confirmed and partly shipped orders as open', () => {
    expect((['draft', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled'] as const).filter(isOpenOrder)).toEqual(['pending_approval', 'confirmed', 'partially_shipped']);
  });
});
