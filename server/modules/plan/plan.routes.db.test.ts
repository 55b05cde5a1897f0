import { expect } from 'vitest';
import { signUpStaff, type SignedUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { TestClient } from '../../test/http-client.ts';

type Json = Record<string, unknown>;
const fieldsOf = (response: { json(): { error: { details?: { field: string }[] } } }) => response.json().error.details?.map((issue) => issue.field);

async function createProduct(staff: SignedUpStaff, name = 'Hosting'): Promise<string> {
  const response = await staff.client.post('/api/v1/products', { name, description: 'Managed servers' });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ id: string }>().id;
}

async function createPlan(staff: SignedUpStaff, productId: string, overrides: Json = {}): Promise<Json & { id: string; version: number }> {
  const response = await staff.client.post('/api/v1/plans', { product_id: productId, code: `plan-${Math.random().toString(36).slice(2, 10)}`, name: 'Basic', currency: 'USD', price_minor: 1500, interval: 'month', ...overrides });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

describeOnEachDialect('plans and products', (it) => {
  it('creates a product and a plan with every term, and answers money in minor units with the currency', async ({ staff }) => {
    const product = await createProduct(staff);
    const tax = (await staff.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 20 })).json().id as string;
    const basic = await createPlan(staff, product, { code: 'basic' });
    const created = await staff.client.post('/api/v1/plans', {
      product_id: product,
      code: 'pro-yearly',
      name: 'Pro yearly',
      description: 'Everything',
      currency: 'usd',
      price_minor: 120_000,
      setup_fee_minor: 5_000,
      interval: 'year',
      interval_count: 1,
      billing_cycles: 3,
      trial_days: 14,
      tax_id: tax,
      portal_change_to: [basic.id, basic.id],
      hosted_page_enabled: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      product_id: product,
      code: 'pro-yearly',
      currency: 'USD',
      price_minor: 120_000,
      setup_fee_minor: 5_000,
      interval: 'year',
      interval_count: 1,
      billing_cycles: 3,
      trial_days: 14,
      tax_id: tax,
      portal_change_to: [basic.id],
      hosted_page_enabled: true,
      archived: false,
      version: 1,
    });
    expect(basic).toMatchObject({ setup_fee_minor: 0, interval_count: 1, trial_days: 0, billing_cycles: null, tax_id: null, portal_change_to: [], hosted_page_enabled: false });
    const detail = await staff.client.get(`/api/v1/plans/${created.json().id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.headers.etag).toBe('"1"');
    expect((await staff.client.get('/api/v1/products')).json().data).toMatchObject([{ id: product, name: 'Hosting', description: 'Managed servers', archived: false }]);
  });

  it('lists plans of one product and by whether they are archived', async ({ staff }) => {
    const hosting = await createProduct(staff, 'Hosting');
    const support = await createProduct(staff, 'Support');
    const a = await createPlan(staff, hosting, { name: 'A' });
    const b = await createPlan(staff, hosting, { name: 'B' });
    const c = await createPlan(staff, support, { name: 'C' });
    expect((await staff.client.delete(`/api/v1/plans/${b.id}`)).statusCode).toBe(204);
    const ids = async (query: string) => (await staff.client.get(`/api/v1/plans${query}`)).json().data.map((plan: { id: string }) => plan.id);
    expect(await ids('')).toEqual([a.id, b.id, c.id]);
    expect(await ids(`?product_id=${hosting}`)).toEqual([a.id, b.id]);
    expect(await ids('?active=true')).toEqual([a.id, c.id]);
    expect(await ids(`?product_id=${hosting}&active=false`)).toEqual([b.id]);
    expect((await staff.client.get('/api/v1/plans?active=maybe')).statusCode).toBe(400);
  });

  it('changes a plan at the version seen and refuses a stale one with 409 STALE_VERSION', async ({ staff }) => {
    const product = await createProduct(staff);
    const plan = await createPlan(staff, product);
    const changed = await staff.client.request('PATCH', `/api/v1/plans/${plan.id}`, { price_minor: 1900, trial_days: 7, code: 'basic-2' }, { 'if-match': '"1"' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ price_minor: 1900, trial_days: 7, code: 'basic-2', version: 2 });
    const stale = await staff.client.request('PATCH', `/api/v1/plans/${plan.id}`, { name: 'Late' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 2, seen_version: 1 } });
    expect((await staff.client.patch(`/api/v1/plans/${plan.id}`, { name: 'Body version', version: 1 })).json().error.code).toBe('STALE_VERSION');
    expect((await staff.client.patch(`/api/v1/plans/${plan.id}`, { name: 'Fresh', version: 2 })).json()).toMatchObject({ name: 'Fresh', version: 3 });
    expect((await staff.client.request('DELETE', `/api/v1/plans/${plan.id}`, undefined, { 'if-match': '"2"' })).statusCode).toBe(409);
    expect((await staff.client.request('DELETE', `/api/v1/plans/${plan.id}`, undefined, { 'if-match': '"3"' })).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/plans/${plan.id}`)).json()).toMatchObject({ archived: true, version: 4 });
    expect((await staff.client.delete(`/api/v1/plans/${plan.id}`)).statusCode).toBe(204);
  });

  it('refuses a code another plan of the organization has with 409 naming code; another organization may use it', async ({ t, staff }) => {
    const product = await createProduct(staff);
    await createPlan(staff, product, { code: 'starter' });
    const other = await createPlan(staff, product, { code: 'other' });
    const duplicate = await staff.client.post('/api/v1/plans', { product_id: product, code: 'starter', name: 'Again', currency: 'USD', price_minor: 1, interval: 'month' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({ code: 'CONFLICT' });
    expect(fieldsOf(duplicate)).toEqual(['code']);
    const renamed = await staff.client.patch(`/api/v1/plans/${other.id}`, { code: 'starter' });
    expect(renamed.statusCode).toBe(409);
    expect(fieldsOf(renamed)).toEqual(['code']);
    const elsewhere = await signUpStaff(t.app);
    await createPlan(elsewhere, await createProduct(elsewhere), { code: 'starter' });
  });

  it('answers one of two simultaneous creations with the same code 201 and the other 409 naming code', async ({ staff }) => {
    const product = await createProduct(staff);
    const body = { product_id: product, code: 'racing', name: 'Race', currency: 'USD', price_minor: 100, interval: 'month' };
    const responses = await Promise.all([staff.client.post('/api/v1/plans', body), staff.client.post('/api/v1/plans', body), staff.client.post('/api/v1/plans', body)]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of responses.filter((response) => response.statusCode === 409)) expect(fieldsOf(refused)).toEqual(['code']);
  });

  it('refuses each bad term with a 400 naming the field', async ({ staff }) => {
    const product = await createProduct(staff);
    const base = { product_id: product, code: 'good-code', name: 'Plan', currency: 'USD', price_minor: 100, interval: 'month' };
    const cases: [Json, string][] = [
      [{ ...base, code: 'Upper' }, 'code'],
      [{ ...base, code: '-dash' }, 'code'],
      [{ ...base, code: 'a' }, 'code'],
      [{ ...base, code: `a${'b'.repeat(63)}` }, 'code'],
      [{ ...base, interval: 'fortnight' }, 'interval'],
      [{ ...base, interval_count: 0 }, 'interval_count'],
      [{ ...base, interval_count: 366 }, 'interval_count'],
      [{ ...base, trial_days: -1 }, 'trial_days'],
      [{ ...base, trial_days: 366 }, 'trial_days'],
      [{ ...base, price_minor: -1 }, 'price_minor'],
      [{ ...base, price_minor: 1.5 }, 'price_minor'],
      [{ ...base, price_minor: 1_000_000_000_001 }, 'price_minor'],
      [{ ...base, setup_fee_minor: -5 }, 'setup_fee_minor'],
      [{ ...base, currency: 'XYZ' }, 'currency'],
      [{ ...base, currency: 'US' }, 'currency'],
      [{ ...base, name: '' }, 'name'],
      [{ ...base, hosted_page_enabled: 'yes' }, 'hosted_page_enabled'],
      [{ ...base, billing_cycles: 0 }, 'billing_cycles'],
      [{ ...base, surprise: 1 }, 'surprise'],
      [{ ...base, product_id: undefined }, 'product_id'],
    ];
    for (const [body, field] of cases) {
      const response = await staff.client.post('/api/v1/plans', body);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(fieldsOf(response), JSON.stringify(body)).toContain(field);
    }
    const plan = await createPlan(staff, product);
    const badChange = await staff.client.patch(`/api/v1/plans/${plan.id}`, { currency: 'EUR' });
    expect(badChange.statusCode).toBe(400);
    expect(fieldsOf(badChange)).toEqual(['currency']);
    expect((await staff.client.get('/api/v1/plans')).json().data).toHaveLength(1);
  });

  it('takes taxes, products and change targets of the organization only, in the plan’s currency', async ({ t, staff }) => {
    const product = await createProduct(staff);
    const other = await signUpStaff(t.app);
    const foreignTax = (await other.client.post('/api/v1/taxes', { name: 'VAT', rate_percent: 20 })).json().id as string;
    const foreignProduct = await createProduct(other);
    const foreignPlan = await createPlan(other, foreignProduct);
    const euro = await createPlan(staff, product, { currency: 'EUR' });
    const usd = await createPlan(staff, product);
    const base = { product_id: product, code: 'target-test', name: 'Plan', currency: 'USD', price_minor: 100, interval: 'month' };

    const tax = await staff.client.post('/api/v1/plans', { ...base, tax_id: foreignTax });
    expect(tax.statusCode).toBe(404);
    expect(fieldsOf(tax)).toEqual(['tax_id']);
    const productOfOther = await staff.client.post('/api/v1/plans', { ...base, product_id: foreignProduct });
    expect(productOfOther.statusCode).toBe(404);
    expect(fieldsOf(productOfOther)).toEqual(['product_id']);
    const foreignTarget = await staff.client.post('/api/v1/plans', { ...base, portal_change_to: [usd.id, foreignPlan.id] });
    expect(foreignTarget.statusCode).toBe(404);
    expect(fieldsOf(foreignTarget)).toEqual(['portal_change_to.1']);
    const otherCurrency = await staff.client.post('/api/v1/plans', { ...base, portal_change_to: [euro.id] });
    expect(otherCurrency.statusCode).toBe(422);
    expect(otherCurrency.json().error).toMatchObject({ code: 'CURRENCY_MISMATCH', details: [{ field: 'portal_change_to.0' }] });
    const itself = await staff.client.patch(`/api/v1/plans/${usd.id}`, { portal_change_to: [usd.id] });
    expect(itself.statusCode).toBe(400);
    expect(fieldsOf(itself)).toEqual(['portal_change_to.0']);
    expect((await staff.client.patch(`/api/v1/plans/${usd.id}`, { tax_id: foreignTax })).statusCode).toBe(404);
  });

  it('hides another organization’s plans and products behind 404', async ({ t, staff }) => {
    const product = await createProduct(staff);
    const plan = await createPlan(staff, product);
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/plans/${plan.id}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/plans/${plan.id}`)).statusCode).toBe(404);
    expect((await other.client.get(`/api/v1/products/${product}`)).statusCode).toBe(404);
    expect((await other.client.patch(`/api/v1/products/${product}`, { name: 'Mine' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/products/${product}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/plans')).json().data).toEqual([]);
    expect((await other.client.get('/api/v1/products')).json().data).toEqual([]);
    expect((await staff.client.get(`/api/v1/plans/${plan.id}`)).json().name).toBe('Basic');
  });

  it('changes and archives a product; archiving archives its plans and no plan can be added to it', async ({ staff }) => {
    const product = await createProduct(staff);
    const plan = await createPlan(staff, product);
    expect((await staff.client.patch(`/api/v1/products/${product}`, { name: 'Cloud', description: null })).json()).toMatchObject({ name: 'Cloud', description: null });
    expect((await staff.client.patch(`/api/v1/products/${product}`, { name: '' })).statusCode).toBe(400);
    expect((await staff.client.delete(`/api/v1/products/${product}`)).statusCode).toBe(204);
    expect((await staff.client.get(`/api/v1/plans/${plan.id}`)).json()).toMatchObject({ archived: true, version: 2 });
    expect((await staff.client.get('/api/v1/products?archived=true')).json().data).toMatchObject([{ id: product, archived: true }]);
    expect((await staff.client.get('/api/v1/products?archived=false')).json().data).toEqual([]);
    const late = await staff.client.post('/api/v1/plans', { product_id: product, code: 'late', name: 'Late', currency: 'USD', price_minor: 1, interval: 'day' });
    expect(late.statusCode).toBe(400);
    expect(fieldsOf(late)).toEqual(['product_id']);
  });

  it('lets API keys read with subscriptions.read and write only with subscriptions.write', async ({ t, staff, ip }) => {
    const product = await createProduct(staff);
    const api = new TestClient(t.app, ip);
    const keyWith = async (scopes: string[]) => (await staff.client.post('/api/v1/api-keys', { name: `ERP ${scopes.join(' ')}`, scopes })).json().key as string;
    const as = (key: string) => ({ authorization: `Bearer ${key}` });
    const writer = await keyWith(['subscriptions.read', 'subscriptions.write']);
    const reader = await keyWith(['subscriptions.read']);
    const unrelated = await keyWith(['orders.read', 'orders.write']);
    const body = { product_id: product, code: 'api-plan', name: 'API', currency: 'USD', price_minor: 100, interval: 'week' };
    expect((await api.request('POST', '/api/v1/plans', body, as(reader))).statusCode).toBe(403);
    const created = await api.request('POST', '/api/v1/plans', body, as(writer));
    expect(created.statusCode, created.body).toBe(201);
    expect((await api.request('GET', `/api/v1/plans/${created.json().id}`, undefined, as(reader))).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/plans', undefined, as(unrelated))).statusCode).toBe(403);
    expect((await api.request('GET', '/api/v1/products', undefined, as(unrelated))).statusCode).toBe(403);
    expect((await api.request('PATCH', `/api/v1/plans/${created.json().id}`, { name: 'x' }, as(reader))).statusCode).toBe(403);
    expect((await api.request('DELETE', `/api/v1/plans/${created.json().id}`, undefined, as(reader))).statusCode).toBe(403);
    expect((await api.request('POST', '/api/v1/products', { name: 'P' }, as(reader))).statusCode).toBe(403);
    expect((await api.request('GET', '/api/v1/plans')).statusCode).toBe(401);
  });
});
