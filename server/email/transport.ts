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

export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl, {});
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
