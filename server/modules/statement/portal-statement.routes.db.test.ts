import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { invoiceOf, recordTestPayment } from '../../test/billing-payment-builders.ts';
import { extractPdfText } from '../../test/pdf-text.ts';
import { acceptedContact, newBrowser } from '../../test/portal-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';

describeOnEachDialect('statements in the portal', { startAt: '2026-11-25T10:00:00.000Z' }, (it) => {
  it('shows the signed-in contact its own customer’s statement, the same as staff see it', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { name: '株式会社テスト' });
    const invoice = await invoiceOf(staff, contact.customerId, 12_345, { issueDate: '2026-10-20', dueDate: '2026-11-19' });
    await recordTestPayment(staff, { customer_id: contact.customerId, amount_minor: 2_345, currency: 'USD', paid_on: '2026-11-02' });
    const other = await acceptedContact(t, staff);
    await invoiceOf(staff, other.customerId, 99_999, { issueDate: '2026-11-02' });
    const response = await contact.client.get(`${contact.api}/statement?period=this_month`);
    expect(response.statusCode).toBe(200);
    const statement = response.json();
    expect(statement).toMatchObject({ customer: { id: contact.customerId }, currency: 'USD', opening_balance_minor: 12_345, paid_minor: 2_345, closing_balance_minor: 10_000 });
    expect(statement.ageing).toMatchObject({ days_1_30_minor: 10_000 });
    expect(statement.entries.map((entry: { number: string }) => entry.number)).not.toContain(invoice.number);
    const staffView = (await staff.client.get(`/api/v1/customers/${contact.customerId}/statement?period=this_month`)).json();
    expect(staffView).toEqual(statement);
  });

  it('downloads the statement PDF and tells staff', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff, { name: '株式会社テスト', language: 'ja' });
    await invoiceOf(staff, contact.customerId, 5_000, { issueDate: '2026-10-05' });
    const response = await contact.client.get(`${contact.api}/statement.pdf?period=last_month`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await extractPdfText(response.rawPayload)).join('\n');
    expect(text).toContain('株式会社テスト');
    expect(text).toContain('$50.00');
    const notifications = (await staff.client.get('/api/v1/notifications')).json().data;
    expect(notifications[0]).toMatchObject({
      message: 'Casey Contact (株式会社テスト) downloaded the statement for Oct 1, 2026 – Oct 31, 2026',
      message_code: 'statement.downloaded',
      message_params: { actor: 'Casey Contact', customer: '株式会社テスト', from: '2026-10-01', to: '2026-10-31' },
    });
  });

  it('refuses bad periods naming the field', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    for (const [query, field] of [
      ['period=fortnight', 'period'],
      ['period=custom&from=2026-05-01', 'to'],
      ['period=custom&from=2026-05-01&to=2026-04-01', 'from'],
    ]) {
      const response = await contact.client.get(`${contact.api}/statement?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0].field).toBe(field);
    }
  });

  it('needs a signed-in contact allowed to view documents, of this portal', async ({ t, staff }) => {
    const contact = await acceptedContact(t, staff);
    expect((await newBrowser(t).get(`${contact.api}/statement`)).statusCode).toBe(401);
    const otherOrganization = await signUpStaff(t.app);
    expect((await contact.client.get(`/portal/${otherOrganization.organization.slug}/api/statement`)).statusCode).toBe(401);
    await staff.client.patch(`/api/v1/contact-persons/${contact.contactId}`, { permissions: ['pay'] });
    expect((await contact.client.get(`${contact.api}/statement`)).statusCode).toBe(403);
    expect((await contact.client.get(`${contact.api}/statement.pdf`)).statusCode).toBe(403);
  });
});
