import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../contract/portal.ts';
import { escapeHtml, renderActionEmail, renderNoticeEmail } from './render.ts';

const input = {
  kind: 'invitation' as const,
  organizationName: 'Acme <Corp>',
  brandColor: '#123456',
  recipientName: 'Ada "Lovelace"',
  actionUrl: 'https://portico.test/portal/acme/invite/abc?lang=en',
  portalUrl: 'https://portico.test/portal/acme',
  expiresAt: new Date('2026-12-02T10:00:00Z'),
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

  it('escapes notices too', () => {
    const mail = renderNoticeEmail({ organizationName: 'A&B', brandColor: '#000000', subject: '<script>', lines: ['x<y'] });
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
