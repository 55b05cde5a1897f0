import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The SMTP URL with connection pooling on unless it says otherwise (`?pool=false`). */
export function pooledSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
  return url.toString();
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  // Pooled: a connection (and its TLS handshake and greeting) serves many mails; the outbox sends several at once.
  const transporter = nodemailer.createTransport(pooledSmtpUrl(smtpUrl), {});
  // Timeouts short enough that a dead server fails an attempt quickly; the outbox retries later.
  Object.assign(transporter.options, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000 });
  return {
    send: async (mail) => {
      const { attachments, ...rest } = mail;
      await transporter.sendMail({
        ...rest,
        ...(attachments?.length ? { attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) } : {}),
      });
    },
    close: () => transporter.close(),
  };
}
