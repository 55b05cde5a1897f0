import { describe, expect, it, type TestContext } from 'vitest';
import { createCustomerWithContact, signInAgain, signUpStaff, type SignedUpStaff } from '../test/builders.ts';
import { SmtpSink } from '../test/smtp-sink.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { drainOutbox, enqueueEmail, MAX_EMAIL_ATTEMPTS, retryDelaySeconds } from './outbox.ts';
import { createSmtpTransport } from './transport.ts';
import type { OutgoingMail } from './transport.ts';

describe('retry back-off', () => {
  it('doubles from 30 seconds and stops growing at one hour', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(MAX_EMAIL_ATTEMPTS)).toBe(3600);
  });
});

describeOnEachDialect('email outbox over real SMTP', (it, dialect) => {
  /**
   * An app of its own whose SMTP_URL points at an SMTP server of its own: a test that stops the
   * server, or leaves mail in the outbox, never touches another test.
   */
  async function smtpApp(ip: string, onTestFinished: TestContext['onTestFinished']): Promise<{ t: TestApp; sink: SmtpSink; staff: SignedUpStaff }> {
    const sink = new SmtpSink();
    await sink.start();
    const t = await createTestApp(dialect, { withTransport: false, config: { SMTP_URL: sink.url() } });
    onTestFinished(async () => {
      await t.close();
      await sink.stop();
    });
    return { t, sink, staff: await signUpStaff(t.app, undefined, ip) };
  }

  it('delivers the invitation over SMTP in the customer’s language with a working link', async ({ ip, onTestFinished }) => {
    const { t, sink, staff } = await smtpApp(ip, onTestFinished);
    const { email } = await createCustomerWithContact(staff, { portal: true, language: 'de' });
    expect(await drainOutbox(t.ctx)).toEqual({ sent: 1, failed: 0 });
    const [mail] = sink.to(email!);
    expect(mail?.subject).toContain('hat Sie zum Kundenportal eingeladen');
    expect(mail?.text).toContain('Konto einrichten');
    const link = mail?.text.match(/http:\/\/portico\.test(\/portal\/[^\s]+)/)?.[1];
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}\?lang=de$/);
    const token = link!.split('/invite/')[1]!.split('?')[0];
    const view = await t.app.inject({ method: 'GET', url: `/portal/${staff.organization.slug}/api/invitations/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json().language).toBe('de');
  });

  it('keeps mail in the outbox while SMTP is down and sends it once it is back', async ({ ip, onTestFinished }) => {
    const { t, sink, staff } = await smtpApp(ip, onTestFinished);
    const port = sink.port;
    await sink.stop();
    const { email } = await createCustomerWithContact(staff, { portal: true });
    expect(await drainOutbox(t.ctx)).toEqual({ sent: 0, failed: 1 });
    const pending = await t.ctx.db.selectFrom('outbox_emails').selectAll().where('to_address', '=', email!).executeTakeFirstOrThrow();
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending.last_error).toBeTruthy();
    await sink.start(port);
    expect(await drainOutbox(t.ctx)).toEqual({ sent: 0, failed: 0 });
    t.clock.advance(retryDelaySeconds(1) + 1);
    expect(await drainOutbox(t.ctx)).toEqual({ sent: 1, failed: 0 });
    expect(sink.to(email!)).toHaveLength(1);
    await signInAgain(staff);
    const outbox = (await staff.client.get('/api/v1/outbox')).json().data;
    expect(outbox.find((row: { to: string }) => row.to === email)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends attachments kept with the mail', async ({ ip, onTestFinished }) => {
    const { t, sink, staff } = await smtpApp(ip, onTestFinished);
    await enqueueEmail(t.ctx, t.ctx.db, {
      to: 'files@example.test',
      kind: 'statement',
      organizationId: staff.organization.id,
      subject: 'Your statement',
      html: '<p>Attached</p>',
      text: 'Attached',
      attachments: [{ filename: 'statement.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 test') }],
    });
    await drainOutbox(t.ctx);
    const [mail] = sink.to('files@example.test');
    expect(mail?.raw).toContain('filename=statement.pdf');
    expect(mail?.raw).toContain(Buffer.from('%PDF-1.7 test').toString('base64'));
  });

  it('sends each mail once when two workers drain the same outbox at the same time', async ({ ip, onTestFinished }) => {
    const { t, staff } = await smtpApp(ip, onTestFinished);
    const sends: OutgoingMail[] = [];
    const slow = {
      send: async (mail: OutgoingMail) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sends.push(mail);
      },
      close: () => {},
    };
    for (let i = 0; i < 12; i++) await createCustomerWithContact(staff, { portal: true });
    const [a, b] = await Promise.all([drainOutbox({ ...t.ctx, mailTransport: slow }, 3), drainOutbox({ ...t.ctx, mailTransport: slow }, 3)]);
    expect(a.sent + b.sent).toBe(12);
    expect(new Set(sends.map((mail) => mail.to)).size).toBe(12);
    expect(sends).toHaveLength(12);
  });

  it('sends a mail once when a worker is still sending its batch after the hold on the batch lapsed', async ({ ip, onTestFinished }) => {
    const { t, staff } = await smtpApp(ip, onTestFinished);
    for (let i = 0; i < 3; i++) await createCustomerWithContact(staff, { portal: true });
    const sends: { by: string; to: string }[] = [];
    const quick = { send: async (mail: OutgoingMail) => void sends.push({ by: 'quick', to: mail.to }), close: () => {} };
    // A relay taking 50 s per message: the batch of three outlasts the two-minute hold taken when it
    // was claimed, and another instance's worker drains the outbox while the third is under way.
    const start = t.clock.now().getTime();
    const slow = {
      send: async (mail: OutgoingMail) => {
        t.clock.advance(50);
        if (t.clock.now().getTime() - start > 120_000) await drainOutbox({ ...t.ctx, mailTransport: quick });
        sends.push({ by: 'slow', to: mail.to });
      },
      close: () => {},
    };
    // One at a time, as through a single connection: the third send starts after the batch's hold lapsed.
    expect(await drainOutbox({ ...t.ctx, mailTransport: slow }, 3, 1)).toEqual({ sent: 3, failed: 0 });
    expect(sends.map((send) => send.by)).toEqual(['slow', 'slow', 'slow']);
    expect(new Set(sends.map((send) => send.to)).size).toBe(3);
    const rows = await t.ctx.db.selectFrom('outbox_emails').select(['status', 'attempts', 'locked_until']).execute();
    expect(rows).toEqual(Array(3).fill({ status: 'sent', attempts: 1, locked_until: null }));
  });

  it('has several mails in flight at once, sends each exactly once, and each person’s mails in the order they were queued', async ({ ip, onTestFinished }) => {
    const { t, staff } = await smtpApp(ip, onTestFinished);
    for (let i = 0; i < 12; i++) await createCustomerWithContact(staff, { portal: true });
    let inFlight = 0;
    let most = 0;
    const sent: string[] = [];
    const transport = {
      send: async (mail: OutgoingMail) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        sent.push(mail.to);
        inFlight--;
      },
      close: () => {},
    };
    // One person gets three more, queued in this order: they must arrive in it, one after the other.
    const first = (await t.ctx.db.selectFrom('outbox_emails').select('to_address').orderBy('id').executeTakeFirstOrThrow()).to_address;
    for (const subject of ['second', 'third', 'fourth']) {
      await enqueueEmail(t.ctx, t.ctx.db, { to: first, kind: 'test', organizationId: null, subject, html: `<p>${subject}</p>`, text: subject });
    }
    const subjectsTo: string[] = [];
    // The second is slow to send: sent side by side, the third and fourth would arrive before it.
    const recording = {
      ...transport,
      send: async (mail: OutgoingMail) => {
        if (mail.subject === 'second') await new Promise((resolve) => setTimeout(resolve, 60));
        await transport.send(mail);
        if (mail.to === first) subjectsTo.push(mail.subject);
      },
    };
    expect(await drainOutbox({ ...t.ctx, mailTransport: recording }, 50, 4)).toEqual({ sent: 15, failed: 0 });
    // Several at once, never more than asked for (how many overlap depends on how fast the database answers).
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
    expect(new Set(sent).size).toBe(12);
    expect(sent).toHaveLength(15);
    expect(subjectsTo.slice(1)).toEqual(['second', 'third', 'fourth']);
    const rows = await t.ctx.db.selectFrom('outbox_emails').select(['status', 'attempts']).execute();
    expect(rows).toEqual(Array(15).fill({ status: 'sent', attempts: 1 }));
  });
});

describeOnEachDialect('email outbox without SMTP', { withTransport: false }, (it) => {
  it('keeps the mail for the outbox page, readable by owners and admins only', async ({ t, staff }) => {
    const { email } = await createCustomerWithContact(staff, { portal: true });
    expect(await drainOutbox(t.ctx)).toEqual({ sent: 0, failed: 0 });
    const list = (await staff.client.get('/api/v1/outbox')).json().data;
    expect(list).toEqual([expect.objectContaining({ to: email, status: 'kept', kind: 'invitation' })]);
    const one = (await staff.client.get(`/api/v1/outbox/${list[0].id}`)).json();
    expect(one.html).toContain('<a href=');
    expect(one.text).toContain('/invite/');
    const other = await signUpStaff(t.app);
    expect((await other.client.get(`/api/v1/outbox/${list[0].id}`)).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/outbox')).json().data).toHaveLength(0);
  });

  it('sends through a transport built from an SMTP URL, and fails an attempt when nobody listens there', async () => {
    const sink = new SmtpSink();
    await sink.start();
    const mail = { from: 'Portico <no-reply@portico.test>', to: 'url@example.test', subject: 'Über SMTP', html: '<p>Grüße</p>', text: 'Grüße' };
    const transport = createSmtpTransport(sink.url());
    try {
      await transport.send(mail);
      expect(sink.to('url@example.test').map((received) => [received.subject, received.text.trim()])).toEqual([['Über SMTP', 'Grüße']]);
    } finally {
      transport.close();
    }
    const port = sink.port;
    await sink.stop();
    const closed = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      await expect(closed.send(mail)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      closed.close();
    }
  });
});
