import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';
import { createCouponFixture, createPlanFixture } from '../../test/subscription-fixtures.ts';

type Json = Record<string, unknown>;
const fieldsOf = (response: { json(): { error: { details?: { field: string }[] } } }) => response.json().error.details?.map((issue) => issue.field);

describeOnEachDialect('add-ons and coupons', (it) => {
  it('creates recurring and one-off add-ons for plans of their currency, changes and archives them', async ({ t, staff }) => {
    const org = staff.organization.id;
    const plan = await createPlanFixture(t.ctx.db, org);
    const created = await staff.client.post('/api/v1/addons', { code: 'extra-seat', name: 'Extra seat', currency: 'usd', price_minor: 500, kind: 'recurring', plan_ids: [plan.id] });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'extra-seat', currency: 'USD', price_minor: 500, kind: 'recurring', plan_ids: [plan.id], tax_id: null, archived: false });
    const oneOff = await staff.client.post('/api/v1/addons', { code: 'onboarding', name: 'Onboarding', currency: 'USD', price_minor: 25_000, kind: 'one_off' });
    expect(oneOff.json()).toMatchObject({ kind: 'one_off', plan_ids: [] });
    const id = created.json().id as string;
    const changed = await staff.client.patch(`/api/v1/addons/${id}`, { price_minor: 600, plan_ids: [], name: 'Seat' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ price_minor: 600, plan_ids: [], name: 'Seat' });
    expect((await staff.client.delete(`/api/v1/addons/${id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/addons/${id}`)).json().archived).toBe(true);
    expect((await staff.client.get('/api/v1/addons?archived=false')).json().data.map((addon: { code: string }) => addon.code)).toEqual(['onboarding']);
    expect((await staff.client.get('/api/v1/addons')).json().data).toHaveLength(2);
  });

  it('refuses bad add-ons: 400 naming the field, 409 for a taken code, 404 for another organization’s plan or tax, 422 for a plan in another currency', async ({ t, staff }) => {
    const org = staff.organization.id;
    const other = await signUpStaff(t.app);
    const euroPlan = await createPlanFixture(t.ctx.db, org, { currency: 'EUR' });
    const foreignPlan = await createPlanFixture(t.ctx.db, other.organization.id);
    const foreignTax = (await other.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 20 })).json().id as string;
    const base = { code: 'seat', name: 'Seat', currency: 'USD', price_minor: 100, kind: 'recurring' };
    const cases: [Json, string][] = [
      [{ ...base, kind: 'sometimes' }, 'kind'],
      [{ ...base, price_minor: -1 }, 'price_minor'],
      [{ ...base, price_minor: 10 ** 12 + 1 }, 'price_minor'],
      [{ ...base, code: 'No Spaces' }, 'code'],
      [{ ...base, currency: 'EURO' }, 'currency'],
      [{ ...base, name: ' ' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/addons', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(fieldsOf(response)).toContain(field);
    }
    const mismatch = await staff.client.post('/api/v1/addons', { ...base, plan_ids: [euroPlan.id] });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error).toMatchObject({ code: 'CURRENCY_MISMATCH', details: [{ field: 'plan_ids.0' }] });
    const foreign = await staff.client.post('/api/v1/addons', { ...base, plan_ids: [foreignPlan.id] });
    expect(foreign.statusCode).toBe(404);
    expect(fieldsOf(foreign)).toEqual(['plan_ids.0']);
    const tax = await staff.client.post('/api/v1/addons', { ...base, tax_id: foreignTax });
    expect(tax.statusCode).toBe(404);
    expect(fieldsOf(tax)).toEqual(['tax_id']);
    expect((await staff.client.post('/api/v1/addons', base)).statusCode).toBe(201);
    const taken = await staff.client.post('/api/v1/addons', base);
    expect(taken.statusCode).toBe(409);
    expect(fieldsOf(taken)).toEqual(['code']);
    const second = (await staff.client.post('/api/v1/addons', { ...base, code: 'seat-2' })).json().id as string;
    expect(fieldsOf(await staff.client.patch(`/api/v1/addons/${second}`, { code: 'seat' }))).toEqual(['code']);
    expect(fieldsOf(await staff.client.patch(`/api/v1/addons/${second}`, { currency: 'EUR' }))).toEqual(['currency']);
    expect((await other.client.get(`/api/v1/addons/${second}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/addons/${second}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/addons/${second}`)).statusCode).toBe(404);
  });

  it('creates percent and amount coupons, stores codes upper-case and answers the discount in its own field', async ({ staff }) => {
    const percent = await staff.client.post('/api/v1/coupons', { code: 'welcome25', name: 'Welcome', discount_type: 'percent', percent_basis_points: 2500, duration: 'periods', duration_periods: 3, max_redemptions: 100, valid_until: '2027-01-31' });
    expect(percent.statusCode, percent.body).toBe(201);
    expect(percent.json()).toMatchObject({ code: 'WELCOME25', discount_type: 'percent', percent_basis_points: 2500, amount_off_minor: null, currency: null, duration: 'periods', duration_periods: 3, max_redemptions: 100, redemptions: 0, valid_until: '2027-01-31', archived: false });
    const amount = await staff.client.post('/api/v1/coupons', { code: 'TENOFF', name: 'Ten off', discount_type: 'amount', amount_off_minor: 1000, currency: 'eur', duration: 'forever' });
    expect(amount.statusCode, amount.body).toBe(201);
    expect(amount.json()).toMatchObject({ discount_type: 'amount', percent_basis_points: null, amount_off_minor: 1000, currency: 'EUR', duration: 'forever', duration_periods: null, max_redemptions: null, valid_until: null });
    const list = (await staff.client.get('/api/v1/coupons')).json().data.map((coupon: { code: string }) => coupon.code);
    expect(list).toEqual(['TENOFF', 'WELCOME25']);
    const taken = await staff.client.post('/api/v1/coupons', { code: 'Welcome25', name: 'Again', discount_type: 'percent', percent_basis_points: 100, duration: 'once' });
    expect(taken.statusCode).toBe(409);
    expect(fieldsOf(taken)).toEqual(['code']);
  });

  it('refuses inconsistent coupon terms with a 400 naming the field', async ({ staff }) => {
    const percent = { code: 'BAD', name: 'Bad', discount_type: 'percent', percent_basis_points: 1000, duration: 'once' };
    const amount = { code: 'BAD', name: 'Bad', discount_type: 'amount', amount_off_minor: 500, currency: 'USD', duration: 'once' };
    const cases: [Json, string][] = [
      [{ ...percent, percent_basis_points: 0 }, 'percent_basis_points'],
      [{ ...percent, percent_basis_points: 10_001 }, 'percent_basis_points'],
      [{ ...percent, percent_basis_points: undefined }, 'percent_basis_points'],
      [{ ...percent, currency: 'USD' }, 'currency'],
      [{ ...percent, amount_off_minor: 5 }, 'amount_off_minor'],
      [{ ...amount, currency: undefined }, 'currency'],
      [{ ...amount, currency: 'ABC' }, 'currency'],
      [{ ...amount, amount_off_minor: 0 }, 'amount_off_minor'],
      [{ ...amount, amount_off_minor: 10 ** 12 + 1 }, 'amount_off_minor'],
      [{ ...amount, percent_basis_points: 100 }, 'percent_basis_points'],
      [{ ...percent, duration: 'periods' }, 'duration_periods'],
      [{ ...percent, duration: 'periods', duration_periods: 0 }, 'duration_periods'],
      [{ ...percent, duration: 'once', duration_periods: 2 }, 'duration_periods'],
      [{ ...percent, duration: 'sometimes' }, 'duration'],
      [{ ...percent, discount_type: 'free' }, 'discount_type'],
      [{ ...percent, max_redemptions: 0 }, 'max_redemptions'],
      [{ ...percent, valid_until: '2027-02-30' }, 'valid_until'],
      [{ ...percent, code: 'has space' }, 'code'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/coupons', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(fieldsOf(response), JSON.stringify(body)).toContain(field);
    }
    expect((await staff.client.get('/api/v1/coupons')).json().data).toEqual([]);
  });

  it('changes a coupon’s name, limit and last day but not below its redemptions, and archives it', async ({ t, staff }) => {
    const coupon = await createCouponFixture(t.ctx.db, staff.organization.id, { max_redemptions: 10, redemptions: 4 });
    const changed = await staff.client.patch(`/api/v1/coupons/${coupon.id}`, { name: 'Spring', max_redemptions: 4, valid_until: '2027-03-31' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Spring', max_redemptions: 4, redemptions: 4, valid_until: '2027-03-31' });
    const below = await staff.client.patch(`/api/v1/coupons/${coupon.id}`, { max_redemptions: 3 });
    expect(below.statusCode).toBe(400);
    expect(below.json().error.details).toMatchObject([{ field: 'max_redemptions', code: 'too_small', params: { minimum: 4 } }]);
    expect(fieldsOf(await staff.client.patch(`/api/v1/coupons/${coupon.id}`, { percent_basis_points: 5000 }))).toEqual(['percent_basis_points']);
    expect((await staff.client.patch(`/api/v1/coupons/${coupon.id}`, { max_redemptions: null })).json().max_redemptions).toBeNull();
    expect((await staff.client.delete(`/api/v1/coupons/${coupon.id}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/coupons/${coupon.id}`)).json().archived).toBe(true);
    expect((await staff.client.get('/api/v1/coupons?archived=false')).json().data).toEqual([]);
  });

  it('hides another organization’s coupons behind 404 and checks the scopes of API keys', async ({ t, staff, ip }) => {
    const coupon = await createCouponFixture(t.ctx.db, staff.organization.id);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/coupons/${coupon.id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/coupons/${coupon.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/coupons/${coupon.id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/coupons')).json().data).toEqual([]);
    const api = new TestClient(t.app, ip);
    const keyWith = async (scopes: string[]) => (await staff.client.post('/api/v1/api-keys', { name: `ERP ${scopes.join(' ')}`, scopes })).json().key as string;
    const reader = { authorization: `Bearer ${await keyWith(['subscriptions.read'])}` };
    const unrelated = { authorization: `Bearer ${await keyWith(['customers.read'])}` };
    expect((await api.request('GET', `/api/v1/coupons/${coupon.id}`, undefined, reader)).statusCode).toBe(200);
    expect((await api.request('POST', '/api/v1/coupons', { code: 'X1', name: 'X', discount_type: 'percent', percent_basis_points: 1, duration: 'once' }, reader)).statusCode).toBe(403);
    expect((await api.request('POST', '/api/v1/addons', { code: 'x1', name: 'X', currency: 'USD', price_minor: 1, kind: 'one_off' }, reader)).statusCode).toBe(403);
    expect((await api.request('GET', '/api/v1/addons', undefined, unrelated)).statusCode).toBe(403);
    expect((await api.request('GET', '/api/v1/coupons', undefined, unrelated)).statusCode).toBe(403);
  });
});
