// Baseline (b) of npm run bench: the portal dashboard (GET /portal/{slug}/api/dashboard) answered by a bare
// Fastify route with the SQL one would write by hand, prepared once, on the same database as Portico — the
// session found by its hashed cookie token, the contact and customer, the figures and the recent activity,
// in the same JSON shape. What Portico spends beyond this is the cost of its layers. The customer is checked
// to belong to the session's organization once, in the first query; the per-customer queries then lead with
// the customer (ids are unique across organizations), which is what lets them use the customer indexes.
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { renderMessage } from '../contract/messages/render.ts';
import { documentSegments, openInvoiceStatuses, type DocumentKind } from '../contract/documents.ts';
import { todayIn } from '../contract/calendar.ts';
import type { Language } from '../contract/portal.ts';
import { presentActivityMessage } from '../server/modules/activity/activity-message.ts';
import { resolveLanguage } from '../server/modules/portal-auth/portal-auth.ts';

type Row = Record<string, unknown>;

/** A statement prepared once; `all` answers rows whatever the database. */
interface Prepared {
  all(params: unknown[]): Promise<Row[]>;
}

function sqliteStatements(path: string) {
  const database = new SQLite(path, { readonly: true, fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  return (name: string, text: string): Prepared => {
    const statement = database.prepare(text);
    return { all: async (params) => statement.all(...params) as Row[] };
  };
}

function postgresStatements(url: string) {
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return (name: string, text: string): Prepared => {
    let index = 0;
    const numbered = text.replace(/\?/g, () => `$${++index}`);
    // A named query is parsed and planned once per connection, then only executed.
    return { all: async (params) => (await pool.query({ name, text: numbered, values: params })).rows as Row[] };
  };
}

const prepare = process.env.DATABASE_URL ? postgresStatements(process.env.DATABASE_URL) : sqliteStatements(process.env.SQLITE_PATH ?? '');
const idleTimeoutMs = 30 * 60 * 1000;
const limit = 10;
const openStatuses = openInvoiceStatuses.map((status) => `'${status}'`).join(', ');

const q = {
  principal: prepare(
    'principal',
    `select s.id as session_id, s.created_at as session_started_at, s.last_seen_at, s.expires_at, s.pending_two_factor,
       o.id as organization_id, o.name, o.email, o.phone, o.address, o.website, o.logo_url, o.portal_settings, o.time_zone,
       i.email as identity_email, i.language as identity_language, i.totp_enabled_at,
       c.id as contact_id, c.first_name, c.last_name, c.permissions, c.customer_id,
       cu.display_name as customer_name, cu.portal_language
     from sessions s
     join organization_slugs os on os.organization_id = s.organization_id and os.slug = ?
     join organizations o on o.id = s.organization_id
     join portal_identities i on i.id = s.identity_id and i.organization_id = s.organization_id
     join contact_persons c on c.id = s.contact_person_id and c.organization_id = s.organization_id and c.email = i.email
       and c.portal_enabled = 1 and c.disabled_at is null
     join customers cu on cu.id = c.customer_id
     where s.token_hash = ? and s.kind = 'contact'`,
  ),
  signedInBefore: prepare(
    'signed_in_before',
    `select 1 as found from activities a join contact_persons c on c.id = a.contact_person_id
     where a.organization_id = ? and c.organization_id = ? and c.email = ? and a.module = 'portal'
       and a.action in ('signin', 'invitation_accepted', 'signup') and a.created_at < ? limit 1`,
  ),
  activity: prepare(
    'activity',
    `select id, module, action, actor_name, details, message_code, message_params, created_at from activities
     where organization_id = ? and customer_id = ? order by created_at desc, id desc limit ${limit}`,
  ),
  balances: prepare(
    'balances',
    `select kind, currency, sum(balance_minor) as total_minor, count(*) as count,
       sum(case when due_date is not null and due_date < ? then balance_minor else 0 end) as overdue_minor,
       sum(case when due_date is not null and due_date < ? then 1 else 0 end) as overdue_count
     from documents
     where customer_id = ? and balance_minor > 0
       and ((kind in ('invoice', 'retainer_invoice') and status in (${openStatuses})) or (kind = 'credit_note' and status = 'open'))
     group by kind, currency order by currency`,
  ),
  estimatesAwaiting: prepare(
    'estimates_awaiting',
    `select count(*) as count from documents where customer_id = ? and kind = 'estimate' and status = 'sent'
       and (expiry_date is null or expiry_date >= ?)`,
  ),
  lastPayment: prepare(
    'last_payment',
    `select id, number, currency, amount_minor, method, status, paid_on, reference, created_at from payments
     where customer_id = ? and status != 'failed' order by paid_on desc, created_at desc, id desc limit 1`,
  ),
  allocations: prepare(
    'allocations',
    `select d.id as document_id, d.number, d.kind, d.status, a.amount_minor from payment_allocations a join documents d on d.id = a.document_id
     where a.payment_id = ? order by a.id`,
  ),
  refunds: prepare(
    'refunds',
    `select id, amount_minor, status, reason, created_at, completed_at from refunds where payment_id = ? and status in ('pending', 'succeeded')
     order by created_at, id`,
  ),
  sent: prepare(
    'sent',
    `select id, kind, number, sent_at from documents where customer_id = ? and status != 'draft' and sent_at is not null
     order by sent_at desc limit ${limit}`,
  ),
  payments: prepare(
    'payments',
    `select id, amount_minor, currency, created_at from payments where customer_id = ? and gateway is null
     order by created_at desc limit ${limit}`,
  ),
};

interface Activity {
  id: string;
  action: string;
  module: string;
  actor_name: string;
  message: string;
  message_code: string | null;
  message_params: unknown;
  created_at: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? null : JSON.stringify(value));

function totals(rows: Row[], kind: DocumentKind, overdue = false) {
  return rows
    .filter((row) => row.kind === kind && (!overdue || Number(row.overdue_count) > 0))
    .map((row) => ({
      currency: String(row.currency),
      total_minor: Number(overdue ? row.overdue_minor : row.total_minor),
      count: Number(overdue ? row.overdue_count : row.count),
    }));
}

async function lastPaymentOf(customerId: string, customerName: string) {
  const [payment] = await q.lastPayment.all([customerId]);
  if (!payment) return null;
  const [allocations, refunds] = await Promise.all([q.allocations.all([payment.id]), q.refunds.all([payment.id])]);
  const refunded = refunds.filter((refund) => refund.status === 'succeeded').reduce((sum, refund) => sum + Number(refund.amount_minor), 0);
  return {
    id: payment.id,
    number: payment.number,
    customer: { id: customerId, display_name: customerName },
    currency: payment.currency,
    amount_minor: Number(payment.amount_minor),
    method: payment.method,
    status: payment.status,
    paid_on: payment.paid_on,
    reference: payment.reference,
    allocations: allocations
      .filter((allocation) => allocation.status !== 'draft')
      .map((allocation) => ({ document_id: allocation.document_id, kind: allocation.kind === 'retainer_invoice' ? 'retainer_invoice' : 'invoice', number: allocation.number, amount_minor: Number(allocation.amount_minor) })),
    refunded_minor: refunded,
    left_minor: Number(payment.amount_minor) - refunded,
    refunds: refunds.map((refund) => ({ id: refund.id, amount_minor: Number(refund.amount_minor), status: refund.status === 'succeeded' ? 'succeeded' : 'pending', reason: refund.reason, created_at: refund.created_at, completed_at: refund.completed_at })),
    created_at: payment.created_at,
  };
}

const app = Fastify({ logger: false });

app.get<{ Params: { slug: string } }>('/portal/:slug/api/dashboard', async (request, reply) => {
  const token = /(?:^|;\s*)portico_portal=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const [principal] = token ? await q.principal.all([request.params.slug.toLowerCase(), createHash('sha256').update(decodeURIComponent(token)).digest('hex')]) : [];
  const now = Date.now();
  if (!principal || now >= Date.parse(String(principal.expires_at)) || now >= Date.parse(String(principal.last_seen_at)) + idleTimeoutMs || principal.pending_two_factor) {
    return reply.status(401).send({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue', details: null } });
  }
  const settings = JSON.parse(String(principal.portal_settings)) as { portal_enabled?: boolean; banner_message?: string; require_two_factor?: boolean };
  if (settings.portal_enabled === false) return reply.status(404).send({ error: { code: 'PORTAL_DISABLED', message: 'Portal not found', details: null } });
  if (settings.require_two_factor && !principal.totp_enabled_at) return reply.status(403).send({ error: { code: 'TWO_FACTOR_SETUP_REQUIRED', message: 'Set up two-factor', details: null } });
  const organizationId = String(principal.organization_id);
  const customerId = String(principal.customer_id);
  const customerName = String(principal.customer_name);
  const businessName = String(principal.name);
  const language: Language = resolveLanguage(text(principal.identity_language), text(principal.portal_language));
  const viewDocuments = (JSON.parse(String(principal.permissions)) as string[]).includes('view_documents');
  const today = todayIn(String(principal.time_zone), new Date(now));

  const [earlier, activity, balances, awaiting, lastPayment, sent, payments] = await Promise.all([
    q.signedInBefore.all([organizationId, organizationId, principal.identity_email, principal.session_started_at]),
    q.activity.all([organizationId, customerId]),
    viewDocuments ? q.balances.all([today, today, customerId]) : [],
    viewDocuments ? q.estimatesAwaiting.all([customerId, today]) : [],
    viewDocuments ? lastPaymentOf(customerId, customerName) : null,
    viewDocuments ? q.sent.all([customerId]) : [],
    viewDocuments ? q.payments.all([customerId]) : [],
  ]);

  const recent: Activity[] = activity.map((row) => ({
    id: String(row.id),
    action: String(row.action),
    module: String(row.module),
    actor_name: String(row.actor_name),
    ...presentActivityMessage(
      { module: String(row.module), action: String(row.action), actor_name: String(row.actor_name), details: text(row.details), message_code: text(row.message_code), message_params: text(row.message_params), customer_name: customerName },
      language,
      'customer',
    ),
    created_at: String(row.created_at),
  }));
  for (const doc of sent) {
    const message = { code: 'document.sent', params: { business: businessName, kind: doc.kind as DocumentKind, number: String(doc.number) } } as const;
    recent.push({ id: String(doc.id), action: `${String(doc.kind)}_sent`, module: documentSegments[doc.kind as DocumentKind], actor_name: businessName, message: renderMessage(language, message, 'customer'), message_code: message.code, message_params: message.params, created_at: String(doc.sent_at) });
  }
  for (const payment of payments) {
    const message = { code: 'payment.recorded', params: { business: businessName, amount: { amount_minor: Number(payment.amount_minor), currency: String(payment.currency) } } } as const;
    recent.push({ id: String(payment.id), action: 'payment_recorded', module: 'payments', actor_name: businessName, message: renderMessage(language, message, 'customer'), message_code: message.code, message_params: message.params, created_at: String(payment.created_at) });
  }
  recent.sort((a, b) => (a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)));

  const banner = settings.banner_message ?? '';
  void reply.header('cache-control', 'no-store');
  return {
    banner_message: banner,
    show_banner: banner.trim() !== '' && earlier.length === 0,
    organization: { name: businessName, email: principal.email, phone: principal.phone, address: principal.address, website: principal.website, logo_url: principal.logo_url },
    customer: { id: customerId, display_name: customerName },
    contact_name: `${String(principal.first_name)} ${String(principal.last_name)}`.trim(),
    recent_activity: recent.slice(0, limit),
    figures: viewDocuments
      ? {
          outstanding: totals(balances, 'invoice'),
          overdue: totals(balances, 'invoice', true),
          retainers_outstanding: totals(balances, 'retainer_invoice'),
          unused_credits: totals(balances, 'credit_note'),
          last_payment: lastPayment,
          estimates_awaiting: Number(awaiting[0]?.count ?? 0),
        }
      : null,
  };
});

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
