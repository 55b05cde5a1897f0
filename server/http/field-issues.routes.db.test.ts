import { expect } from 'vitest';
import { fieldIssueCodes } from '../../contract/errors.ts';
import { createBillingCustomer } from '../test/billing-payment-builders.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from '../test/http-client.ts';

describeOnEachDialect('field issues in error answers', (it) => {
  it('gives every field issue of a refused request a code and parameters besides the English message', async ({ t, ip }) => {
    const client = new TestClient(t.app, ip);
    const wrongType = await client.post('/api/v1/organizations', { organization_name: 42, email: 'not-an-email', password: STRONG_PASSWORD, colour: 'red' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('organization_name') });
    expect(wrongType.json().error.details).toEqual(
      expect.arrayContaining([
        { field: 'organization_name', code: 'invalid_type', params: { expected: 'string' }, message: expect.any(String) },
        { field: 'name', code: 'required', params: {}, message: 'is required' },
        { field: 'email', code: 'invalid_format', params: { format: 'email' }, message: expect.any(String) },
      ]),
    );
    for (const issue of wrongType.json().error.details) expect(fieldIssueCodes).toContain(issue.code);

    const weak = await client.post('/api/v1/organizations', { organization_name: 'Weak Co', name: 'W', email: uniqueEmail(), password: 'short' });
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', details: [{ field: 'password', code: 'too_small', params: { minimum: 10, origin: 'string' } }] });
    const common = await client.post('/api/v1/organizations', { organization_name: 'Weak Co', name: 'W', email: uniqueEmail(), password: 'password123' });
    expect(common.json().error.details).toEqual([{ field: 'password', code: 'too_common', params: {}, message: 'is too common or too easy to guess' }]);
  });

  it('codes query parameters, Portico’s own rules and taken addresses too, and changes nothing', async ({ staff, ip, t }) => {
    const limit = await staff.client.get('/api/v1/invoices?limit=1000');
    expect(limit.json().error.details[0]).toMatchObject({ field: 'limit', code: 'too_big', params: { maximum: 100 } });
    const cursor = await staff.client.get('/api/v1/invoices?cursor=bogus');
    expect(cursor.json().error.details[0]).toMatchObject({ field: 'cursor', code: 'invalid_cursor', params: {} });

    const customer = await createBillingCustomer(staff);
    const early = await staff.client.post('/api/v1/invoices', { customer_id: customer.id, issue_date: '2026-11-10', due_date: '2026-11-01', lines: [{ name: 'Work', quantity: 1, rate_minor: 100 }] });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'due_date', code: 'before_issue_date', params: {}, message: 'cannot be before the issue date' }] });
    expect((await staff.client.get(`/api/v1/invoices?customer_id=${customer.id}`)).json().data).toHaveLength(0);

    const taken = await new TestClient(t.app, ip).post('/api/v1/organizations', { organization_name: 'Again', name: 'A', email: staff.user.email, password: STRONG_PASSWORD });
    expect(taken.json().error).toMatchObject({ code: 'EMAIL_TAKEN', details: [{ field: 'email', code: 'taken', params: {} }] });
  });
});
