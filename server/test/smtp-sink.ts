import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The name the sender gave in its EHLO greeting (nodemailer's `name` option, `?name=` in an SMTP URL). */
  greetedAs?: string;
  /** Subject and body, with quoted-printable and RFC 2047 encodings undone. */
  subject: string;
  text: string;
  /** Parts sent as attachments (a forwarded PDF…), decoded. */
  attachments: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

function decodeQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  const joined = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_match, encoding: string, data: string) =>
    encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replaceAll('_', ' ')),
  );
}

/** A header's value in a MIME part's headers, folded lines joined. */
function headerOf(headers: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(headers);
  return match?.[1]?.replace(/\r?\n[ \t]+/g, ' ');
}

/** The parts of a (nested) multipart message whose disposition is `attachment`, their bodies decoded. */
function attachmentsOf(raw: string): MailAttachment[] {
  const found: MailAttachment[] = [];
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((match) => match[1] ?? '');
  for (const boundary of new Set(boundaries)) {
    for (const part of raw.split(`--${boundary}`).slice(1)) {
      const headerEnd = part.search(/\r?\n\r?\n/);
      if (headerEnd < 0) continue;
      const headers = part.slice(0, headerEnd);
      const disposition = headerOf(headers, 'Content-Disposition') ?? '';
      if (!/^attachment/i.test(disposition)) continue;
      const filename = decodeHeader(/filename\*?=(?:"([^"]*)"|([^;\s]*))/i.exec(disposition)?.slice(1).find(Boolean) ?? '');
      const contentType = (headerOf(headers, 'Content-Type') ?? 'application/octet-stream').split(';')[0]?.trim().toLowerCase() ?? '';
      const body = part.slice(headerEnd).replace(/^\r?\n\r?\n/, '');
      const encoding = headerOf(headers, 'Content-Transfer-Encoding')?.trim().toLowerCase();
      const content = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : Buffer.from(encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body.replace(/\r?\n$/, ''), 'utf8');
      found.push({ filename, contentType, content });
    }
  }
  return found;
}

/** Reads the first text/plain part of a message nodemailer produced, and its attachments. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const subjectMatch = raw.match(/^Subject: (.*(?:\r?\n[ \t].*)*)/m);
  const subject = decodeHeader((subjectMatch?.[1] ?? '').replace(/\r?\n[ \t]/g, ' '));
  const plainStart = raw.search(/Content-Type: text\/plain/i);
  const section = plainStart >= 0 ? raw.slice(plainStart) : raw;
  const headerEnd = section.search(/\r?\n\r?\n/);
  const afterHeaders = section.slice(headerEnd).replace(/^\r?\n\r?\n/, '');
  const body = afterHeaders.split(/\r?\n--/)[0] ?? '';
  const encoding = section.slice(0, headerEnd).match(/Content-Transfer-Encoding: (\S+)/i)?.[1]?.toLowerCase();
  const text =
    encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  return { to, raw, subject, text, attachments: attachmentsOf(raw) };
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | undefined;
  port = 0;

  async start(port = 0): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          this.received.push({ ...parseMail(Buffer.concat(chunks).toString('utf8'), to), greetedAs: session.hostNameAppearsAs });
          callback();
        });
      },
    });
    const server = this.server;
    // Portico's pooled connections are reset when an app or process under test stops: not a failure of the sink.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
    this.port = (server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }
}
