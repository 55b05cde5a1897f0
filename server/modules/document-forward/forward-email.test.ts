import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../../contract/portal.ts';
import { renderForwardEmail } from './forward-email.ts';

const base = { organizationName: 'Northwind', brandColor: '#112233', recipientName: 'Ada', senderName: 'Casey Contact', customerName: 'Globex', message: 'For your records <3' };

describe('the forwarded document mail', () => {
  it('names the document, the sender and the business in every language', () => {
    const subjects = new Set<string>();
    for (const language of supportedLanguages) {
      const mail = renderForwardEmail({ ...base, language, kind: 'invoice', number: 'INV-000042' });
      expect(mail.subject, language).toContain('INV-000042');
      expect(mail.subject, language).toContain('Casey Contact');
      expect(mail.text, language).toContain('Globex');
      expect(mail.text, language).toContain('For your records <3');
      expect(mail.html, language).toContain('For your records &lt;3');
      expect(mail.html).toContain(`lang="${language}"`);
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(supportedLanguages.length);
  });

  it('names a statement by its period and leaves out an empty message', () => {
    const mail = renderForwardEmail({ ...base, language: 'en', kind: 'statement', number: null, period: { from: '2026-11-01', to: '2026-11-30' }, message: null });
    expect(mail.subject).toBe('Casey Contact forwarded you the statement of accounts for November 1, 2026 – November 30, 2026 from Northwind');
    expect(mail.text).not.toContain('Message from');
  });
});
