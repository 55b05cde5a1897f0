import { describe, expect, it } from 'vitest';
import { subscriptionStatuses, type SubscriptionStatus } from '../../db/subscription-tables.ts';
import { defaultSubscriptionSettings, mergeSubscriptionSettings } from '../subscription-settings/subscription-settings.ts';
import { actionStateRefusal, portalActionRefusal, type PolicySubscription, type PortalActionRequest } from './subscription-policy.ts';

const today = '2026-12-03';
const sub = (status: SubscriptionStatus, extra: Partial<PolicySubscription> = {}): PolicySubscription => ({
  status,
  ends_on: status === 'non_renewing' ? '2027-01-01' : null,
  trial_end: status === 'trial' ? '2026-12-10' : null,
  trial_extended_days: 0,
  ...extra,
});

const requests: Record<string, PortalActionRequest> = {
  cancel_immediately: { action: 'cancel', timing: 'immediately' },
  cancel_at_period_end: { action: 'cancel', timing: 'at_period_end' },
  reactivate: { action: 'reactivate' },
  convert_trial: { action: 'convert_trial' },
  extend_trial: { action: 'extend_trial', days: 7 },
  change_plan: { action: 'change_plan' },
  change_quantity: { action: 'change_quantity' },
  change_addons: { action: 'change_addons' },
  pause: { action: 'pause', days: 30 },
  resume: { action: 'resume' },
  change_payment_method: { action: 'change_payment_method' },
};

/** With the default settings: what a contact may do in each status. */
const allowedByDefault: Record<SubscriptionStatus, string[]> = {
  trial: ['cancel_immediately', 'cancel_at_period_end', 'convert_trial', 'extend_trial', 'change_payment_method'],
  live: ['cancel_immediately', 'cancel_at_period_end', 'change_plan', 'change_quantity', 'change_addons', 'change_payment_method'],
  non_renewing: ['reactivate', 'change_payment_method'],
  paused: ['resume', 'change_payment_method'],
  unpaid: ['change_payment_method'],
  cancelled: [],
  expired: [],
};

/** With every action switched on for every status: only what the state itself allows. */
const possibleAtAll: Record<SubscriptionStatus, string[]> = {
  trial: ['cancel_immediately', 'cancel_at_period_end', 'convert_trial', 'extend_trial', 'change_plan', 'change_quantity', 'change_addons', 'change_payment_method'],
  live: ['cancel_immediately', 'cancel_at_period_end', 'change_plan', 'change_quantity', 'change_addons', 'pause', 'change_payment_method'],
  non_renewing: ['cancel_immediately', 'reactivate', 'change_payment_method'],
  paused: ['cancel_immediately', 'resume', 'change_payment_method'],
  unpaid: ['cancel_immediately', 'change_payment_method'],
  cancelled: [],
  expired: [],
};

const everything = [...subscriptionStatuses];
const permissive = mergeSubscriptionSettings(defaultSubscriptionSettings(), {
  portal_actions: {
    cancel: { statuses: everything },
    change_plan: { statuses: everything },
    change_quantity: { statuses: everything },
    change_addons: { statuses: everything },
    pause: { allowed: true, statuses: everything },
  },
});

describe('portal action policy', () => {
  describe.each(subscriptionStatuses)('a subscription in status %s', (status) => {
    it.each(Object.keys(requests))('%s: allowed by default only where the table says, else refused naming action and status', (name) => {
      const refusal = portalActionRefusal(defaultSubscriptionSettings(), requests[name]!, sub(status), today);
      if (allowedByDefault[status].includes(name)) {
        expect(refusal).toBeNull();
      } else {
        expect(refusal).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { action: requests[name]!.action, status } });
        expect(refusal?.message).toContain(status);
      }
    });

    it.each(Object.keys(requests))('%s: with everything switched on, still only where the state allows it', (name) => {
      const refusal = portalActionRefusal(permissive, requests[name]!, sub(status), today);
      expect(refusal === null, `${name} in ${status}`).toBe(possibleAtAll[status].includes(name));
      expect(actionStateRefusal(requests[name]!, sub(status), today) === null).toBe(possibleAtAll[status].includes(name));
    });
  });

  it('refuses an action staff switched off, whatever the status', () => {
    const settings = mergeSubscriptionSettings(defaultSubscriptionSettings(), { portal_actions: { cancel: { allowed: false }, change_payment_method: { allowed: false } } });
    expect(portalActionRefusal(settings, { action: 'cancel', timing: 'at_period_end' }, sub('live'), today)).toMatchObject({
      details: { reason: 'disabled', action: 'cancel', status: 'live' },
      message: 'Cancelling is not allowed in the portal (subscription in status live)',
    });
    expect(portalActionRefusal(settings, { action: 'change_payment_method' }, sub('trial'), today)?.details.reason).toBe('disabled');
  });

  it('refuses the cancellation timing staff did not choose, and allows the other', () => {
    const atEnd = mergeSubscriptionSettings(defaultSubscriptionSettings(), { portal_actions: { cancel: { timing: 'at_period_end' } } });
    expect(portalActionRefusal(atEnd, { action: 'cancel', timing: 'immediately' }, sub('live'), today)).toMatchObject({ details: { reason: 'timing' } });
    expect(portalActionRefusal(atEnd, { action: 'cancel', timing: 'at_period_end' }, sub('live'), today)).toBeNull();
    const now = mergeSubscriptionSettings(defaultSubscriptionSettings(), { portal_actions: { cancel: { timing: 'immediately' } } });
    expect(portalActionRefusal(now, { action: 'cancel', timing: 'at_period_end' }, sub('live'), today)).toMatchObject({ details: { reason: 'timing' } });
  });

  it('allows trial extensions up to the limit in total, however many times', () => {
    const settings = defaultSubscriptionSettings();
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 14 }, sub('trial'), today)).toBeNull();
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 15 }, sub('trial'), today)).toMatchObject({ details: { reason: 'limit', limit_days: 14 } });
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 4 }, sub('trial', { trial_extended_days: 10 }), today)).toBeNull();
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 5 }, sub('trial', { trial_extended_days: 10 }), today)).toMatchObject({
      details: { reason: 'limit', limit_days: 4 },
      message: 'Extending the trial by 5 days is not allowed (subscription in status trial): 4 more days at most',
    });
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 1 }, sub('trial', { trial_extended_days: 14 }), today)?.details.limit_days).toBe(0);
  });

  it('needs a resume date within the limit to pause', () => {
    const settings = mergeSubscriptionSettings(defaultSubscriptionSettings(), { portal_actions: { pause: { allowed: true, max_days: 30 } } });
    expect(portalActionRefusal(settings, { action: 'pause', days: 30 }, sub('live'), today)).toBeNull();
    expect(portalActionRefusal(settings, { action: 'pause', days: 31 }, sub('live'), today)).toMatchObject({ details: { reason: 'limit', limit_days: 30 } });
    expect(portalActionRefusal(settings, { action: 'pause', days: null }, sub('live'), today)).toMatchObject({ details: { reason: 'limit' } });
    expect(portalActionRefusal(defaultSubscriptionSettings(), { action: 'pause', days: 10 }, sub('live'), today)).toMatchObject({ details: { reason: 'disabled' } });
  });

  it('refuses reactivating once the end has come, and extending or converting a trial that ended', () => {
    const settings = defaultSubscriptionSettings();
    expect(portalActionRefusal(settings, { action: 'reactivate' }, sub('non_renewing', { ends_on: '2026-12-04' }), today)).toBeNull();
    expect(portalActionRefusal(settings, { action: 'reactivate' }, sub('non_renewing', { ends_on: today }), today)).toMatchObject({ details: { reason: 'ended' } });
    expect(portalActionRefusal(settings, { action: 'extend_trial', days: 3 }, sub('trial', { trial_end: '2026-12-02' }), today)).toMatchObject({ details: { reason: 'ended' } });
    expect(portalActionRefusal(settings, { action: 'convert_trial' }, sub('trial', { trial_end: '2026-12-02' }), today)).toMatchObject({ details: { reason: 'ended' } });
    expect(portalActionRefusal(settings, { action: 'convert_trial' }, sub('trial', { trial_end: today }), today)).toBeNull();
  });

  it('refuses a status staff left out of an action’s statuses', () => {
    const settings = mergeSubscriptionSettings(defaultSubscriptionSettings(), { portal_actions: { cancel: { statuses: ['live'] } } });
    expect(portalActionRefusal(settings, { action: 'cancel', timing: 'immediately' }, sub('trial'), today)).toMatchObject({
      details: { reason: 'status', status: 'trial' },
      message: 'Cancelling is not allowed for a subscription in status trial',
    });
  });
});
