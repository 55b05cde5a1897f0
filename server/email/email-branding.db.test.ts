import Fastify from 'fastify';
import { expect } from 'vitest';
import { registerWebApps } from '../http/web-apps.ts';
import { createBillingCustomer, invoiceOf } from '../test/billing-payment-builders.ts';
import { createCustomerWithContact } from '../test/builders.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { enqueueEmail } from './outbox.ts';

describeOnEachDialect('email header, footer and portal favicon', (it) => {
  it('puts the header and footer in every customer-facing email, escaped in the HTML and in the text', async ({ t, staff }) => {
    const set = await staff.client.patch('/api/v1/portal/settings', {
      email_header_text: 'Tools <for> you & yours',
      email_footer_text: 'Acme GmbH, Main St 1\nVAT <DE123>',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ email_header_text: 'Tools <for> you & yours', email_footer_text: 'Acme GmbH, Main St 1\nVAT <DE123>' });

    const { email } = await createCustomerWithContact(staff, { portal: true });
    const invitation = (await t.deliverMail()).filter((mail) => mail.to === email).at(-1)!;
    expect(invitation.html).toContain('Tools &lt;for&gt; you &amp; yours');
    expect(invitation.html).toContain('Acme GmbH, Main St 1\nVAT &lt;DE123&gt;');
    expect(invitation.html).not.toContain('<for>');
    expect(invitation.html.indexOf('Tools &lt;for&gt;')).toBeLessThan(invitation.html.indexOf('<h1'));
    expect(invitation.html.indexOf('VAT &lt;DE123&gt;')).toBeGreaterThan(invitation.html.indexOf('</table>'));
    expect(invitation.text.startsWith('Tools <for> you & yours\n')).toBe(true);
    expect(invitation.text.endsWith('\n--\nAcme GmbH, Main St 1\nVAT <DE123>')).toBe(true);

    // Mail to the organization's own staff keeps Portico's plain layout.
    const id = await enqueueEmail(t.ctx, t.ctx.db, { subject: 'S', html: '<body><p>x</p></body>', text: 'x', to: 'staff@example.test', kind: 'staff_notification:portal.signin', organizationId: staff.organization.id });
    const staffMail = await t.ctx.db.selectFrom('outbox_emails').select(['html', 'text']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(staffMail).toEqual({ html: '<body><p>x</p></body>', text: 'x' });
  });

  it('puts them in a statement mail with its attachments, in the customer’s language', async ({ t, staff }) => {
    await staff.client.patch('/api/v1/portal/settings', { email_header_text: 'Ihr Partner', email_footer_text: 'Acme GmbH\nHRB 12345' });
    const customer = await createBillingCustomer(staff, { portal: true, language: 'de' });
    await invoiceOf(staff, customer.id, 5_000);
    const before = (await t.deliverMail()).length;
    expect((await staff.client.post(`/api/v1/customers/${customer.id}/statement/email`, {})).statusCode).toBe(202);
    const [statement] = (await t.deliverMail()).slice(before);
    expect(statement!.subject).toContain('Kontoauszug');
    expect(statement!.html).toContain('Ihr Partner');
    expect(statement!.html).toContain('Acme GmbH\nHRB 12345</div>');
    expect(statement!.text).toMatch(/^Ihr Partner\n[\s\S]*\n--\nAcme GmbH\nHRB 12345$/);
    expect(statement!.attachments?.length).toBeGreaterThan(0);
  });

  it('leaves an email without header and footer as it was', async ({ t, staff }) => {
    const { email } = await createCustomerWithContact(staff, { portal: true });
    const invitation = (await t.deliverMail()).filter((mail) => mail.to === email).at(-1)!;
    expect(invitation.text).not.toContain('\n--\n');
    expect(invitation.html).toMatch(/<body[^>]*>\n<table/);
  });

  it("serves the portal page with the organization's favicon, escaped, else Portico's own; refuses a non-https URL", async ({ t, staff }) => {
    const app = Fastify();
    await registerWebApps(app, t.ctx, { portalHtml: '<!doctype html><html><head><title>Portal</title></head><body></body></html>' });
    try {
      const plain = await app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/login` });
      expect(plain.statusCode).toBe(200);
      expect(plain.body).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+">\n<\/head>/);

      const http = await staff.client.patch('/api/v1/portal/settings', { favicon_url: 'http://cdn.example.test/icon.png' });
      expect(http.statusCode).toBe(400);
      expect(http.json().error.details[0].field).toBe('favicon_url');
      expect((await staff.client.patch('/api/v1/portal/settings', { favicon_url: 'javascript:alert(1)' })).statusCode).toBe(400);

      const url = 'https://cdn.example.test/icon.png?a=1&b="x"';
      const set = await staff.client.patch('/api/v1/portal/settings', { favicon_url: url });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().favicon_url).toBe(url);
      const branded = await app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}` });
      expect(branded.body).toContain('<link rel="icon" href="https://cdn.example.test/icon.png?a=1&amp;b=&quot;x&quot;">');
      expect(branded.body.match(/rel="icon"/g)).toHaveLength(1);

      expect((await staff.client.patch('/api/v1/portal/settings', { favicon_url: '' })).json().favicon_url).toBe('');
      expect((await app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}` })).body).toContain('href="data:image/svg+xml,');
    } finally {
      await app.close();
    }
  });
});
