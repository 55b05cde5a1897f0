import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../contract/portal.ts';
import { applyEmailBranding, escapeHtml, renderActionEmail } from './render.ts';
import { renderStaffNotificationEmail } from './staff-notification-email.ts';

const input = {
  kind: 'invitation' as const,
  organizationName: 'Acme <Corp>',
  brandColor: '#123456',
  recipientName: 'Ada "Lovelace"',
  actionUrl: 'https://portico.test/portal/acme/invite/abc?lang=en',
  portalUrl: 'https://portico.test/portal/acme',
  expiresAt: new Date('2026-12-02T10:00:00Z'),
  timeZone: 'UTC',
};

describe('action emails', () => {
  it('renders every kind in every language, with the link in both parts', () => {
    for (const language of supportedLanguages) {
      for (const kind of ['invitation', 'reinvitation', 'password_reset', 'signin_link', 'signup_verification'] as const) {
        const mail = renderActionEmail({ ...input, kind, language });
        expect(mail.subject).toContain('Acme <Corp>');
        expect(mail.text).toContain(input.actionUrl);
        expect(mail.html).toContain(`lang="${language}"`);
        expect(mail.html).toContain('Acme &lt;Corp&gt;');
        expect(mail.html).not.toContain('<Corp>');
      }
    }
  });

  it('speaks the customer’s language', () => {
    expect(renderActionEmail({ ...input, language: 'de' }).subject).toBe('Acme <Corp> hat Sie zum Kundenportal eingeladen');
    expect(renderActionEmail({ ...input, language: 'ja' }).text).toContain('アカウントを設定する');
  });

  it('uses the organization’s own wording when set, and never an unsafe colour', () => {
    const mail = renderActionEmail({ ...input, language: 'en', customSubject: 'Join {org}', customMessage: 'Dear {name}, <b>welcome</b>', brandColor: 'red;background:url(x)' });
    expect(mail.subject).toBe('Join Acme <Corp>');
    expect(mail.html).toContain('Dear Ada &quot;Lovelace&quot;, &lt;b&gt;welcome&lt;/b&gt;');
    expect(mail.html).not.toContain('url(x)');
  });

  it('writes when the link expires in the organization’s time zone, naming it', () => {
    expect(renderActionEmail({ ...input, language: 'en' }).text).toContain('December 2, 2026 at 10:00 AM UTC');
    const auckland = renderActionEmail({ ...input, language: 'en', timeZone: 'Pacific/Auckland' }).text;
    expect(auckland).toContain('December 2, 2026 at 11:00 PM Pacific/Auckland');
    expect(renderActionEmail({ ...input, language: 'de', timeZone: 'Pacific/Honolulu' }).text).toContain('2. Dezember 2026 um 00:00 Pacific/Honolulu');
  });

});

describe('staff notification emails', () => {
  const notice = { organizationName: 'A&B', brandColor: '#000000', message: 'Ada <script> viewed INV-1', at: new Date('2026-12-02T10:00:00Z'), timeZone: 'UTC', ip: '203.0.113.9', linkUrl: 'https://portico.test/admin/invoices/1' };

  it('escapes the event text', () => {
    const mail = renderStaffNotificationEmail({ ...notice, language: 'en' });
    expect(mail.subject).toBe('Ada <script> viewed INV-1');
    expect(mail.html).toContain('Ada &lt;script&gt; viewed INV-1');
    expect(mail.html).not.toContain('<script>');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });

  it('is written in the recipient’s language around the event, with the time through Intl', () => {
    const english = renderStaffNotificationEmail({ ...notice, language: 'en' });
    expect(english.text).toContain('December 2, 2026 at 10:00 AM UTC · from 203.0.113.9');
    expect(english.text).toContain('Open in Portico: https://portico.test/admin/invoices/1');
    const german = renderStaffNotificationEmail({ ...notice, language: 'de' });
    expect(german.html).toContain('lang="de"');
    expect(german.text).toContain('2. Dezember 2026 um 10:00 UTC · von 203.0.113.9');
    expect(german.text).toContain('In Portico öffnen: https://portico.test/admin/invoices/1');
    expect(german.text).toContain('— Portico für A&B');
    for (const language of supportedLanguages) {
      expect(renderStaffNotificationEmail({ ...notice, language }).text).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives the time in the organization’s time zone', () => {
    const mail = renderStaffNotificationEmail({ ...notice, language: 'en', timeZone: 'Pacific/Auckland' });
    expect(mail.text).toContain('December 2, 2026 at 11:00 PM Pacific/Auckland · from 203.0.113.9');
  });
});

describe('the email header and footer', () => {
  const mail = renderActionEmail({ ...input, language: 'en' });

  it('keeps the organization’s text as text, a `$&` or `$\'` too', () => {
    const branded = applyEmailBranding(mail, { headerText: "Top $& <b>", footerText: "Foot $' & $`\nline 2" });
    expect(branded.html).toContain('>Top $&amp; &lt;b&gt;</div>');
    expect(branded.html).toContain(">Foot $&#39; &amp; $`\nline 2</div>\n</body></html>");
    expect(branded.html.match(/<\/body>/g)).toHaveLength(1);
    expect(branded.text).toBe(`Top $& <b>\n\n${mail.text}\n\n--\nFoot $' & $\`\nline 2`);
    expect(branded.subject).toBe(mail.subject);
  });

  it('leaves the mail as it is without header and footer', () => {
    expect(applyEmailBranding(mail, { headerText: '  ', footerText: '' })).toBe(mail);
  });
});
