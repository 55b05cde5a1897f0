import { describe, expect, it } from 'vitest';
import { cancelTimings, offers, offersChange, subscriptionOverview } from './subscription-status.ts';
import { subscriptionDetail, subscriptionSummary } from './test-subscriptions.ts';

describe('what a subscription offers the contact', () => {
  it('follows the API’s list of allowed actions', () => {
    const sub = subscriptionDetail({ allowed_actions: ['cancel_immediately', 'change_quantity'] });
    expect(offers(sub, 'cancel_immediately')).toBe(true);
    expect(offers(sub, 'pause')).toBe(false);
    expect(offersChange(sub)).toBe(true);
    expect(offersChange(subscriptionDetail({ allowed_actions: ['cancel_immediately'] }))).toBe(false);
  });

  it('offers the end of the period first among the cancellation timings allowed', () => {
    expect(cancelTimings(subscriptionDetail({ allowed_actions: ['cancel_immediately', 'cancel_at_period_end'] }))).toEqual(['at_period_end', 'immediately']);
    expect(cancelTimings(subscriptionDetail({ allowed_actions: ['cancel_immediately'] }))).toEqual(['immediately']);
    expect(cancelTimings(subscriptionDetail({ allowed_actions: [] }))).toEqual([]);
  });
});

describe('the dashboard’s subscription figures', () => {
  it('counts active subscriptions and finds the earliest charge, leaving out those that end instead', () => {
    const overview = subscriptionOverview([
      subscriptionSummary({ id: 'a', next_billing_date: '2027-01-05', amount_minor: 3_000 }),
      subscriptionSummary({ id: 'b', status: 'trial', next_billing_date: '2026-12-20', amount_minor: 1_000 }),
      subscriptionSummary({ id: 'c', status: 'non_renewing', next_billing_date: '2026-12-10' }),
      subscriptionSummary({ id: 'd', status: 'cancelled', next_billing_date: null }),
    ]);
    expect(overview.active).toBe(3);
    expect(overview.next).toMatchObject({ date: '2026-12-20', amount_minor: 1_000, subscription: { id: 'b' } });
    expect(subscriptionOverview([subscriptionSummary({ status: 'expired' })])).toEqual({ active: 0, next: null });
  });
});
