import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { parseMail } from './smtp-sink.ts';

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    new MailComposer(options).compile().build((error, message) => (error ? reject(error) : resolve(message.toString('utf8'))));
  });
}

describe('the SMTP sink', () => {
  it('reads the text and the attachments of a message as nodemailer builds it', async () => {
    const pdf = Buffer.from('%PDF-1.7\n' + 'x'.repeat(300) + '\n%%EOF\n', 'latin1');
    const raw = await compose({
      from: 'billing@example.test',
      to: 'alex@example.test',
      subject: 'Invoice INV-000001 für Sie',
      text: 'Please pay this one by Friday.',
      html: '<p>Please pay this one by Friday.</p>',
      attachments: [
        { filename: 'INV-000001.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: 'notes.txt', content: 'plain notes', contentType: 'text/plain' },
      ],
    });
    const mail = parseMail(raw, ['alex@example.test']);
    expect(mail.subject).toBe('Invoice INV-000001 für Sie');
    expect(mail.text.trim()).toBe('Please pay this one by Friday.');
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['INV-000001.pdf', 'application/pdf'],
      ['notes.txt', 'text/plain'],
    ]);
    expect(mail.attachments[0]?.content.equals(pdf)).toBe(true);
    expect(mail.attachments[1]?.content.toString('utf8')).toBe('plain notes');
  });

  it('finds no attachments in a message of text only', async () => {
    const mail = parseMail(await compose({ from: 'a@example.test', to: 'b@example.test', subject: 'Hi', text: 'Hello' }), ['b@example.test']);
    expect(mail.text.trim()).toBe('Hello');
    expect(mail.attachments).toEqual([]);
  });
});
