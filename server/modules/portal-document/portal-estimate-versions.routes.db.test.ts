import { expect } from 'vitest';
import { createEstimate } from '../../test/billing-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { portalCustomer } from '../../test/portal-document-builders.ts';

const decisions = [
  ['accept', { name: 'Ada Buyer' }, 'accepted'],
  ['decline', { reason: 'Too expensive' }, 'declined'],
  ['request-changes', { message: 'Split phase two' }, 'changes_requested'],
] as const;

describeOnEachDialect('portal estimate decisions and the version the customer saw', (it) => {
  for (const [action, body, status] of decisions) {
    it(`refuses to ${action} an estimate the business changed since the customer opened it (409 STALE_VERSION)`, async ({ t, staff }) => {
      const customer = await portalCustomer(t, staff);
      const estimate = await createEstimate(staff, customer.customerId);
      const seen = (await customer.client.get(`${customer.api}/estimates/${estimate.id}`)).json();
      expect(seen.version).toBe(2);
      await staff.client.patch(`/api/v1/estimates/${estimate.id}`, { lines: [{ name: 'Dearer work', quantity: 1, rate_minor: 99_000 }] });

      const stale = await customer.client.post(`${customer.api}/estimates/${estimate.id}/${action}`, { ...body, version: seen.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'STALE_VERSION', details: { version: 3, seen_version: 2 } });
      const staleHeader = await customer.client.request('POST', `${customer.api}/estimates/${estimate.id}/${action}`, body, { 'if-match': `"${seen.version}"` });
      expect(staleHeader.json().error.code).toBe('STALE_VERSION');
      const unchanged = (await staff.client.get(`/api/v1/estimates/${estimate.id}`)).json();
      expect(unchanged).toMatchObject({ status: 'sent', version: 3, accepted_at: null, declined_at: null, changes_requested_at: null });
      expect((await staff.client.get(`/api/v1/estimates/${estimate.id}/comments`)).json().data).toEqual([]);

      const current = await customer.client.post(`${customer.api}/estimates/${estimate.id}/${action}`, { ...body, version: 3 });
      expect(current.statusCode).toBe(200);
      expect(current.json()).toMatchObject({ status, version: 4, total_minor: 99_000 });
    });
  }

  it('still decides without a version, for clients that send none', async ({ t, staff }) => {
    const customer = await portalCustomer(t, staff);
    const estimate = await createEstimate(staff, customer.customerId);
    expect((await customer.client.post(`${customer.api}/estimates/${estimate.id}/accept`, {})).json()).toMatchObject({ status: 'accepted', version: 3 });
  });

  it('checks ownership (404) and the role (403) before the version', async ({ t, staff }) => {
    const customer = await portalCustomer(t, staff);
    const neighbour = await portalCustomer(t, staff);
    const theirs = await createEstimate(staff, neighbour.customerId);
    expect((await customer.client.post(`${customer.api}/estimates/${theirs.id}/accept`, { version: 99 })).statusCode).toBe(404);
    const malformed = await customer.client.post(`${customer.api}/estimates/${theirs.id}/accept`, { version: 'two' });
    expect(malformed.json().error.details[0].field).toBe('version');
  });
});
