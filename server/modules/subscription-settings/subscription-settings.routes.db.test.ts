import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../../test/http-client.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { findSubscriptionSettingsRow } from './subscription-settings.repository.ts';
import { getSubscriptionSettings } from './subscription-settings.service.ts';
import { defaultSubscriptionSettings } from './subscription-settings.ts';

const defaults = {
  portal_actions: {
    cancel: { allowed: true, statuses: ['trial', 'live'], timing: 'either' },
    reactivate: { allowed: true },
    convert_trial: { allowed: true },
    extend_trial: { allowed: true, max_days: 14 },
    change_plan: { allowed: true, statuses: ['live'] },
    change_quantity: { allowed: true, statuses: ['live'] },
    change_addons: { allowed: true, statuses: ['live'] },
    pause: { allowed: false, statuses: ['live'], max_days: 90 },
    resume: { allowed: true },
    change_payment_method: { allowed: true },
  },
  cancel_reasons: [
    { code: 'too_expensive', label: 'It is too expensive' },
    { code: 'not_using', label: 'I am not using it enough' },
    { code: 'missing_features', label: 'It lacks features I need' },
    { code: 'switching', label: 'I am switching to another service' },
    { code: 'other', label: 'Another reason' },
  ],
  credit_unused_on_cancel: true,
  dunning: { retry_days: [1, 3, 5], after_final_failure: 'cancel' },
  notify_staff_by_email: true,
};

describeOnEachDialect('subscription settings', { startAt: '2026-12-03T09:00:00.000Z' }, (it) => {
  it('answers the defaults before anything was saved', async ({ t, staff }) => {
    const response = await staff.client.get('/api/v1/subscription-settings');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ...defaults, updated_at: null });
    expect(await getSubscriptionSettings(t.ctx.db, staff.organization.id)).toEqual(defaults);
    expect(defaultSubscriptionSettings()).toEqual(defaults);
  });

  it('changes only what a change names, keeps the rest, replaces lists whole', async ({ t, staff, clock }) => {
    const first = await staff.client.put('/api/v1/subscription-settings', {
      portal_actions: { pause: { allowed: true, max_days: 30 }, cancel: { timing: 'at_period_end' } },
      cancel_reasons: [{ code: 'budget', label: 'Budget cuts' }],
      dunning: { after_final_failure: 'mark_unpaid' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const expected = {
      ...defaults,
      portal_actions: {
        ...defaults.portal_actions,
        pause: { allowed: true, statuses: ['live'], max_days: 30 },
        cancel: { allowed: true, statuses: ['trial', 'live'], timing: 'at_period_end' },
      },
      cancel_reasons: [{ code: 'budget', label: 'Budget cuts' }],
      dunning: { retry_days: [1, 3, 5], after_final_failure: 'mark_unpaid' },
    };
    expect(first.json()).toEqual({ ...expected, updated_at: '2026-12-03T09:00:00.000Z' });

    clock.advance(60);
    const second = await staff.client.put('/api/v1/subscription-settings', { notify_staff_by_email: false, portal_actions: { pause: { statuses: ['live', 'non_renewing'] } } });
    expect(second.json()).toEqual({
      ...expected,
      portal_actions: { ...expected.portal_actions, pause: { allowed: true, statuses: ['live', 'non_renewing'], max_days: 30 } },
      notify_staff_by_email: false,
      updated_at: '2026-12-03T09:01:00.000Z',
    });
    expect((await staff.client.get('/api/v1/subscription-settings')).json()).toEqual(second.json());
    const { updated_at: _at, ...settings } = second.json();
    expect(await getSubscriptionSettings(t.ctx.db, staff.organization.id)).toEqual(settings);
  });

  it('fills what an older stored document lacks with the defaults', async ({ t, staff }) => {
    await t.ctx.db
      .insertInto('subscription_settings')
      .values({ organization_id: staff.organization.id, settings: JSON.stringify({ portal_actions: { cancel: { allowed: false } }, credit_unused_on_cancel: false }), updated_at: '2026-12-01T00:00:00.000Z' })
      .execute();
    const settings = await getSubscriptionSettings(t.ctx.db, staff.organization.id);
    expect(settings.portal_actions.cancel).toEqual({ allowed: false, statuses: ['trial', 'live'], timing: 'either' });
    expect(settings.credit_unused_on_cancel).toBe(false);
    expect(settings.dunning).toEqual(defaults.dunning);
    expect(settings.portal_actions.extend_trial).toEqual({ allowed: true, max_days: 14 });
  });

  it('names the field of each bad change and keeps what was saved', async ({ t, staff }) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ portal_actions: { cancel: { timing: 'later' } } }, 'portal_actions.cancel.timing'],
      [{ portal_actions: { cancel: { statuses: ['live', 'sleeping'] } } }, 'portal_actions.cancel.statuses.1'],
      [{ portal_actions: { pause: { statuses: ['live', 'live'] } } }, 'portal_actions.pause.statuses'],
      [{ portal_actions: { extend_trial: { max_days: 0 } } }, 'portal_actions.extend_trial.max_days'],
      [{ portal_actions: { extend_trial: { max_days: 2.5 } } }, 'portal_actions.extend_trial.max_days'],
      [{ portal_actions: { teleport: { allowed: true } } }, ''],
      [{ cancel_reasons: [{ code: 'a', label: 'A' }, { code: 'a', label: 'Again' }] }, 'cancel_reasons'],
      [{ cancel_reasons: [{ code: 'Too Much', label: 'x' }] }, 'cancel_reasons.0.code'],
      [{ dunning: { retry_days: [3, 1] } }, 'dunning.retry_days'],
      [{ dunning: { after_final_failure: 'shrug' } }, 'dunning.after_final_failure'],
      [{ notify_staff_by_email: 'yes' }, 'notify_staff_by_email'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.put('/api/v1/subscription-settings', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      if (field) expect(response.json().error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    expect(await findSubscriptionSettingsRow(t.ctx.db, staff.organization.id)).toBeUndefined();
  });

  it('keeps each organization’s settings its own', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    await staff.client.put('/api/v1/subscription-settings', { credit_unused_on_cancel: false });
    expect((await other.client.get('/api/v1/subscription-settings')).json()).toEqual({ ...defaults, updated_at: null });
    expect((await getSubscriptionSettings(t.ctx.db, other.organization.id)).credit_unused_on_cancel).toBe(true);
  });

  it('lets owners, admins and subscriptions.write keys change them; other staff and read keys only read', async ({ t, staff, ip }) => {
    const email = uniqueEmail('colleague');
    expect((await staff.client.post('/api/v1/staff-users', { name: 'Colleague', email, role: 'staff', password: STRONG_PASSWORD })).statusCode).toBe(201);
    const colleague = new TestClient(t.app, ip);
    await colleague.post('/api/v1/session', { email, password: STRONG_PASSWORD });
    expect((await colleague.get('/api/v1/subscription-settings')).statusCode).toBe(200);
    expect((await colleague.put('/api/v1/subscription-settings', { credit_unused_on_cancel: false })).statusCode).toBe(403);

    const readKey = (await staff.client.post('/api/v1/api-keys', { name: 'Read', scopes: ['subscriptions.read'] })).json().key as string;
    const writeKey = (await staff.client.post('/api/v1/api-keys', { name: 'Write', scopes: ['subscriptions.write'] })).json().key as string;
    const customersKey = (await staff.client.post('/api/v1/api-keys', { name: 'Customers', scopes: ['customers.read'] })).json().key as string;
    const api = new TestClient(t.app, ip);
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    expect((await api.request('GET', '/api/v1/subscription-settings', undefined, as(readKey))).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/subscription-settings', undefined, as(customersKey))).statusCode).toBe(403);
    expect((await api.request('PUT', '/api/v1/subscription-settings', { credit_unused_on_cancel: false }, as(readKey))).statusCode).toBe(403);
    const written = await api.request('PUT', '/api/v1/subscription-settings', { credit_unused_on_cancel: false }, as(writeKey));
    expect(written.statusCode, written.body).toBe(200);
    expect(written.json().credit_unused_on_cancel).toBe(false);
    expect((await new TestClient(t.app, ip).get('/api/v1/subscription-settings')).statusCode).toBe(401);
  });
});
