/**
 * The large-tenant generator behind `npm run seed:large` (docs/performance.md, "Large tenants"): one
 * organization with many customers, contacts who can sign in to the portal, and years of billing
 * history in every status, written in bulk so that a million invoices take minutes, not hours.
 *
 * Rows are written as the app would have left them — totals from the lines (contract/document-totals),
 * paid, credited and balance from the allocations and credits applied (settledStatus, creditStatus),
 * counters of every number series past the numbers used — so that figures, lists, statements and new
 * documents behave on this data exactly as on data entered through the API. Activities, outbox and
 * sessions are left empty: nothing reads them to compute a balance.
 *
 * On SQLite the rows go through better-sqlite3 prepared statements on the handle's own connection
 * (sqliteConnectionOf), one synchronous transaction per chunk; on PostgreSQL (or a SQLite Kysely not
 * opened by createDb) through multi-row Kysely inserts, one transaction per chunk. Indexes stay in
 * place. The same seed gives the same customers, documents, amounts, dates and numbers; ids are fresh
 * UUIDv7s, so two tenants never share one.
 */
import { randomFillSync } from 'node:crypto';
import { sql, type Insertable, type Kysely } from 'kysely';
import { todayIn } from '../../contract/calendar.ts';
import { currencyExponents, type CurrencyCode } from '../../contract/currencies.ts';
import { computeLineAmounts } from '../../contract/document-totals.ts';
import type { DocumentKind, DocumentLinesTable, DocumentsTable } from '../db/billing-tables.ts';
import { sqliteConnectionOf, type DatabaseHandle } from '../db/create-db.ts';
import type { Database } from '../db/database.ts';
import { createPasswordHasher } from '../lib/passwords.ts';
import { addDays, creditStatus, settledStatus } from '../modules/document/document.ts';
import { defaultPrefixes, formatNumber, numberSeriesKinds, type NumberSeriesKind } from '../modules/number-series/number-series.service.ts';
import { defaultPortalSettings } from '../modules/organization/organization.ts';
import { allPermissions } from '../modules/portal-access/portal-access.ts';

export interface LargeTenantOptions {
  /** Ordinary customers. */
  customers: number;
  invoicesPerCustomer: number;
  /** Default ceil(invoices / 4). */
  estimatesPerCustomer?: number;
  /** Default ceil(invoices / 10). */
  creditNotesPerCustomer?: number;
  /** Default: nine in ten invoices get paid (the oldest first; recent ones sometimes in part), one payment each. */
  paymentsPerCustomer?: number;
  /** Default 2; all with portal access (accepted identities), one in every 20 disabled. */
  contactsPerCustomer?: number;
  /** Default 3. */
  linesPerInvoice?: number;
  /** Default ['USD', 'EUR', 'GBP', 'JPY']; customer n is billed in currencies[n % length]. */
  currencies?: string[];
  /** Named customers with exactly these invoice counts, default [10, 1000, 100000]. */
  growth?: number[];
  /** Default 'large'. */
  slug?: string;
  /** The same seed gives the same data (ids apart). Default 1. */
  seed?: number;
  /**
   * Portal activities per ordinary customer over the last year (default 0): sign-ins, views, payments,
   * downloads… by its contacts, with the report's daily rollup (activity_daily_counts) written alongside.
   */
  activitiesPerCustomer?: number;
  /** Called after every chunk written: invoices written so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

export interface LargeTenantContact {
  invoices: number;
  customerId: string;
  contactPersonId: string;
  email: string;
  password: string;
  /** An invoice of this customer with 20 lines, sent, for PDF and detail benchmarks. */
  sampleInvoiceId: string;
}

export interface LargeTenant {
  organizationId: string;
  slug: string;
  staff: { email: string; password: string };
  /** A contact per growth customer (and one ordinary customer), who can sign in to the portal with the password. */
  contacts: LargeTenantContact[];
  /** Invoices counts kind `invoice` only; retainer invoices are counted apart. */
  counts: { customers: number; contacts: number; invoices: number; estimates: number; creditNotes: number; payments: number; lines: number; retainerInvoices: number; activities: number };
  seconds: number;
}

export const largeTenantPasswords = { staff: 'large-tenant-owner-2026', contact: 'large-tenant-portal-2026' } as const;

/** Lines of the sample invoice each sign-in contact's customer has. */
export const sampleInvoiceLines = 20;

const defaults = { contactsPerCustomer: 2, linesPerInvoice: 3, currencies: ['USD', 'EUR', 'GBP', 'JPY'], growth: [10, 1000, 100000], slug: 'large', seed: 1 };

/** Invoices generated (and settled among themselves) together: bounds memory for a customer with 100 000. */
const BATCH_INVOICES = 2000;
/** Rows buffered before they are written in one transaction. */
const CHUNK_ROWS = 100_000;
const HISTORY_DAYS = 5 * 365;
const SQLITE_ROWS_PER_STATEMENT = 100;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and fresh ids

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * UUIDv7s as server/lib/ids.ts makes them (time-ordered, a 12-bit counter within a millisecond), with
 * the random part drawn from a pooled buffer: millions of ids without a system call each.
 */
function idMaker(): () => string {
  const pool = Buffer.alloc(16 * 8192);
  let offset = pool.length;
  let lastMs = 0;
  let sequence = 0;
  return () => {
    if (offset >= pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    let ms = Date.now();
    if (ms <= lastMs) {
      ms = lastMs;
      sequence++;
      if (sequence > 0xfff) {
        ms = lastMs + 1;
        sequence = 0;
      }
    } else {
      sequence = 0;
    }
    lastMs = ms;
    const high = Math.floor(ms / 0x10000);
    pool.writeUInt32BE(high >>> 0, offset);
    pool.writeUInt16BE(ms % 0x10000, offset + 4);
    pool[offset + 6] = 0x70 | (sequence >> 8);
    pool[offset + 7] = sequence & 0xff;
    pool[offset + 8] = (pool[offset + 8]! & 0x3f) | 0x80;
    const hex = pool.toString('hex', offset, offset + 16);
    offset += 16;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

// ---------------------------------------------------------------------------------------------
// Writing rows in bulk

/** Parents before children: every chunk is written in this order, so foreign keys hold at each insert. */
const tableOrder = [
  'organizations',
  'organization_slugs',
  'staff_users',
  'taxes',
  'customers',
  'contact_persons',
  'portal_identities',
  'activities',
  'activity_daily_counts',
  'documents',
  'document_lines',
  'payments',
  'payment_allocations',
  'credit_applications',
  'number_series',
] as const satisfies readonly (keyof Database)[];
type TableName = (typeof tableOrder)[number];
type Row<T extends TableName> = Insertable<Database[T]>;

interface RowWriter {
  /** Writes the rows of every table, in tableOrder, in one transaction. */
  write(rows: Map<TableName, Record<string, unknown>[]>): Promise<void>;
  close(): Promise<void>;
}

function sqliteWriter(connection: NonNullable<ReturnType<typeof sqliteConnectionOf>>): RowWriter {
  // The indexes on dates and statuses take rows in no particular order: with SQLite's default 2 MB page
  // cache every insert into a large table would read its index pages back from the file. Restored after.
  const cacheSize = connection.pragma('cache_size', { simple: true }) as number;
  connection.pragma('cache_size = -524288');
  // Multi-row statements with positional parameters: binding and running one statement per row costs
  // more than SQLite's own work for the row.
  const statements = new Map<string, ReturnType<typeof connection.prepare>>();
  const statementFor = (table: TableName, columns: string[], rowCount: number) => {
    const key = `${table}:${rowCount}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      statement = connection.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: rowCount }, () => tuple).join(', ')}`);
      statements.set(key, statement);
    }
    return statement;
  };
  const writeAll = connection.transaction((rows: Map<TableName, Record<string, unknown>[]>) => {
    for (const table of tableOrder) {
      const list = rows.get(table);
      if (!list || list.length === 0) continue;
      const columns = Object.keys(list[0]!);
      const perStatement = Math.max(1, Math.min(SQLITE_ROWS_PER_STATEMENT, Math.floor(30_000 / columns.length)));
      for (let start = 0; start < list.length; start += perStatement) {
        const slice = list.slice(start, start + perStatement);
        const values: unknown[] = [];
        for (const row of slice) for (const column of columns) values.push(row[column]);
        statementFor(table, columns, slice.length).run(values);
      }
    }
  });
  return {
    write: async (rows) => {
      writeAll(rows);
    },
    close: async () => {
      connection.pragma(`cache_size = ${cacheSize}`);
      // The WAL of a large run would otherwise stay as big as the data until the next checkpoint.
      connection.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

function kyselyWriter(db: Kysely<Database>, maxParameters: number): RowWriter {
  return {
    write: async (rows) => {
      await db.transaction().execute(async (trx) => {
        for (const table of tableOrder) {
          const list = rows.get(table);
          if (!list || list.length === 0) continue;
          const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(list[0]!).length));
          for (let start = 0; start < list.length; start += perStatement) {
            // Rows are typed where they are built (RowBuffer.add takes Row<T>).
            await trx.insertInto(table).values(list.slice(start, start + perStatement)).execute();
          }
        }
      });
    },
    close: async () => {},
  };
}

/** Buffers rows per table and writes them in chunks. */
class RowBuffer {
  private rows = new Map<TableName, Record<string, unknown>[]>();
  private buffered = 0;
  constructor(private readonly writer: RowWriter) {}

  add<T extends TableName>(table: T, row: Row<T>): void {
    let list = this.rows.get(table);
    if (!list) {
      list = [];
      this.rows.set(table, list);
    }
    list.push(row);
    this.buffered++;
  }

  get full(): boolean {
    return this.buffered >= CHUNK_ROWS;
  }

  async flush(): Promise<void> {
    if (this.buffered === 0) return;
    const rows = this.rows;
    this.rows = new Map();
    this.buffered = 0;
    await this.writer.write(rows);
  }
}

// ---------------------------------------------------------------------------------------------
// What the tenant holds

const companyWords = ['Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent', 'Wonka', 'Gringotts', 'Oscorp', 'Aperture', 'Monarch', 'Pied Piper', 'Dunder', 'Sterling'];
const companyKinds = ['Supplies', 'Logistics', 'Industries', 'Trading', 'Labs', 'Foods', 'Consulting', 'Freight', 'Textiles', 'Systems'];
const firstNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Dennis', 'Radia', 'Niklaus', 'Hedy', 'John', 'Karen', 'Tim'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton', 'Ritchie', 'Perlman', 'Wirth', 'Lamarr', 'Backus', 'Jones', 'Berners-Lee'];
const languages = ['en', 'en', 'en', 'de', 'fr', 'es', 'ja'] as const;
/** Prices in major units; each becomes minor units in the customer's currency. */
const catalogue = [
  { name: 'Consulting hour', unit: 'h', price: 150, taxed: false },
  { name: 'Pallet of copy paper', unit: 'pallet', price: 429.5, taxed: true },
  { name: 'Toner cartridge', unit: 'pcs', price: 89.99, taxed: true },
  { name: 'Support plan (monthly)', unit: 'month', price: 499, taxed: false },
  { name: 'Delivery', unit: null, price: 45, taxed: true },
  { name: 'Office chair', unit: 'pcs', price: 319, taxed: true },
  { name: 'Training day', unit: 'day', price: 1200, taxed: false },
  { name: 'Software licence', unit: 'seat', price: 29.9, taxed: true },
];
const TAX_RATE_MILLIPERCENT = 10_000;
/** What a year of portal activity is made of, sign-ins and views most of it. */
const activityKinds = [
  ...Array<{ module: string; action: string }>(4).fill({ module: 'portal', action: 'signin' }),
  ...Array<{ module: string; action: string }>(3).fill({ module: 'invoices', action: 'document_viewed' }),
  { module: 'estimates', action: 'document_viewed' },
  { module: 'estimates', action: 'estimate_accepted' },
  { module: 'payments', action: 'payment_received' },
  { module: 'statement', action: 'statement_downloaded' },
  { module: 'invoices', action: 'comment_added' },
  { module: 'sales_orders', action: 'order_placed' },
  { module: 'portal', action: 'password_changed' },
];
const paymentMethods = ['bank_transfer', 'bank_transfer', 'cheque', 'cash'] as const;
const declineReasons = ['We chose another supplier.', 'Over budget this quarter.', 'The project was postponed.'];

interface CustomerPlan {
  index: number;
  name: string;
  invoices: number;
  estimates: number;
  creditNotes: number;
  payments: number;
  currency: string;
  /** Growth customers and the first ordinary one: a contact that signs in, and a 20-line sample invoice. */
  signIn: boolean;
  retainer: boolean;
}

interface Counts {
  customers: number;
  contacts: number;
  invoices: number;
  estimates: number;
  creditNotes: number;
  payments: number;
  lines: number;
  retainerInvoices: number;
  activities: number;
}

/** k-th share of `total` spread over `parts` of `size`: the shares add up to `total` exactly. */
function shareOf(total: number, done: number, size: number, all: number): number {
  if (all === 0) return 0;
  return Math.floor((total * (done + size)) / all) - Math.floor((total * done) / all);
}

function minorOf(price: number, currency: string): number {
  const exponent = currencyExponents[currency as CurrencyCode] ?? 2;
  return Math.round(price * 10 ** exponent);
}

function at(date: string, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** Creates a large tenant (its own organization) in the database and answers its sign-ins and counts. */
export async function generateLargeTenant(handle: DatabaseHandle, options: LargeTenantOptions): Promise<LargeTenant> {
  const started = performance.now();
  const slug = options.slug ?? defaults.slug;
  const existing = await handle.db.selectFrom('organization_slugs').select('slug').where('slug', '=', slug).executeTakeFirst();
  const existingOrganization = await handle.db.selectFrom('organizations').select('id').where('slug', '=', slug).executeTakeFirst();
  if (existing || existingOrganization) throw new Error(`An organization with the slug "${slug}" exists already; choose another --slug`);

  const random = prng(options.seed ?? defaults.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const newId = idMaker();

  const connection = handle.dialect === 'sqlite' ? sqliteConnectionOf(handle.db) : undefined;
  const writer = connection ? sqliteWriter(connection) : kyselyWriter(handle.db, handle.dialect === 'postgres' ? 60_000 : 30_000);
  const buffer = new RowBuffer(writer);

  const timeZone = 'America/New_York';
  const now = new Date();
  const nowIso = now.toISOString();
  const today = todayIn(timeZone, now);

  // One hash for every login: argon2 at the app's cost takes tens of milliseconds, too long per contact.
  const hasher = createPasswordHasher({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [staffHash, contactHash] = await Promise.all([hasher.hash(largeTenantPasswords.staff), hasher.hash(largeTenantPasswords.contact)]);

  const organizationId = newId();
  const staffUserId = newId();
  const staffEmail = `owner@${slug}.example`;
  const organizationName = `Large tenant (${slug})`;
  buffer.add('organizations', {
    id: organizationId,
    name: organizationName,
    slug,
    email: staffEmail,
    phone: null,
    website: null,
    address: null,
    logo_url: null,
    brand_color: '#1f5fbf',
    portal_settings: JSON.stringify({ ...defaultPortalSettings(), portal_enabled: true, portal_name: organizationName }),
    time_zone: timeZone,
    created_at: nowIso,
    updated_at: nowIso,
  });
  buffer.add('organization_slugs', { slug, organization_id: organizationId, created_at: nowIso });
  buffer.add('staff_users', {
    id: staffUserId,
    organization_id: organizationId,
    email: staffEmail,
    name: 'Owner of the large tenant',
    role: 'owner',
    password_hash: staffHash,
    language: 'en',
    disabled_at: null,
    activity_digest: 'off',
    activity_digest_sent_until: null,
    created_at: nowIso,
    updated_at: nowIso,
  });
  const taxId = newId();
  const taxName = 'Sales tax 10%';
  buffer.add('taxes', { id: taxId, organization_id: organizationId, name: taxName, rate_millipercent: TAX_RATE_MILLIPERCENT, archived_at: null, created_at: nowIso, updated_at: nowIso });

  // The plan: growth customers first (named by their size), then the ordinary ones.
  const currencies = options.currencies ?? defaults.currencies;
  const growth = options.growth ?? defaults.growth;
  const contactsPerCustomer = options.contactsPerCustomer ?? defaults.contactsPerCustomer;
  const linesPerInvoice = options.linesPerInvoice ?? defaults.linesPerInvoice;
  const planFor = (index: number, name: string, invoices: number, signIn: boolean, explicit: boolean): CustomerPlan => ({
    index,
    name,
    invoices,
    estimates: explicit && options.estimatesPerCustomer !== undefined ? options.estimatesPerCustomer : Math.ceil(invoices / 4),
    creditNotes: explicit && options.creditNotesPerCustomer !== undefined ? options.creditNotesPerCustomer : Math.ceil(invoices / 10),
    payments: explicit && options.paymentsPerCustomer !== undefined ? options.paymentsPerCustomer : Math.round(invoices * 0.9),
    currency: currencies[index % currencies.length]!,
    signIn,
    retainer: index % 10 === 0,
  });
  const plans: CustomerPlan[] = [];
  growth.forEach((invoices, position) => plans.push(planFor(position, `Growth ${invoices} ${companyKinds[position % companyKinds.length]}`, invoices, true, false)));
  for (let n = 0; n < options.customers; n++) {
    const index = growth.length + n;
    const name = `${companyWords[n % companyWords.length]} ${companyKinds[Math.floor(n / companyWords.length) % companyKinds.length]} ${String(n + 1).padStart(6, '0')}`;
    plans.push(planFor(index, name, options.invoicesPerCustomer, n === 0, true));
  }
  const totalInvoices = plans.reduce((sum, plan) => sum + plan.invoices, 0);

  const counts: Counts = { customers: 0, contacts: 0, invoices: 0, estimates: 0, creditNotes: 0, payments: 0, lines: 0, retainerInvoices: 0, activities: 0 };
  // Activities draw from their own sequence, so the documents of a seed stay the same with or without them.
  const activityRandom = prng((options.seed ?? defaults.seed) + 7919);
  const activitiesPerCustomer = options.activitiesPerCustomer ?? 0;
  const yearStart = now.getTime() - 365 * 86_400_000;
  const rollup = new Map<string, { day: string; module: string; action: string; n: number }>();
  const used: Record<NumberSeriesKind, number> = { invoice: 0, estimate: 0, retainer_invoice: 0, credit_note: 0, payment: 0, sales_order: 0, package: 0, subscription: 0 };
  const nextNumber = (kind: NumberSeriesKind) => formatNumber(defaultPrefixes[kind], ++used[kind], 6);
  const signIns: LargeTenantContact[] = [];
  let contactSerial = 0;

  const makeLines = (documentId: string, count: number, currency: string) => {
    const lines: DocumentLinesTable[] = [];
    for (let position = 1; position <= count; position++) {
      const item = pick(catalogue);
      const quantityMilli = between(1, 12) * 1000;
      const rateMinor = Math.max(1, minorOf(item.price, currency));
      const discounted = random() < 0.15;
      const input = {
        quantity_milli: quantityMilli,
        rate_minor: rateMinor,
        discount_type: discounted ? ('percent' as const) : null,
        discount_value: discounted ? 1000 : 0,
        tax_rate_millipercent: item.taxed ? TAX_RATE_MILLIPERCENT : 0,
      };
      lines.push({
        id: newId(),
        document_id: documentId,
        position,
        item_id: null,
        name: item.name,
        description: null,
        unit: item.unit,
        ...input,
        tax_id: item.taxed ? taxId : null,
        tax_name: item.taxed ? taxName : null,
        ...computeLineAmounts(input),
      });
    }
    return lines;
  };

  const newDocument = (customerId: string, kind: DocumentKind, currency: string, issueDate: string, lines: DocumentLinesTable[]): DocumentsTable => {
    let subtotal = 0;
    let discount = 0;
    let tax = 0;
    let total = 0;
    for (const line of lines) {
      subtotal += line.gross_minor;
      discount += line.discount_minor;
      tax += line.tax_minor;
      total += line.total_minor;
    }
    const created = at(issueDate, between(8, 11), between(0, 59));
    return {
      id: lines[0]?.document_id ?? newId(),
      sales_order_id: null,
      organization_id: organizationId,
      external_id: null,
      customer_id: customerId,
      kind,
      number: nextNumber(kind),
      status: 'draft',
      currency,
      issue_date: issueDate,
      due_date: kind === 'invoice' || kind === 'retainer_invoice' ? addDays(issueDate, pick([14, 30, 30, 45])) : null,
      expiry_date: kind === 'estimate' ? addDays(issueDate, 30) : null,
      reference: random() < 0.3 ? `PO-${between(10000, 99999)}` : null,
      notes: null,
      terms: null,
      subtotal_minor: subtotal,
      discount_minor: discount,
      tax_minor: tax,
      total_minor: total,
      paid_minor: 0,
      credited_minor: 0,
      balance_minor: kind === 'estimate' ? 0 : total,
      source_document_id: null,
      sent_at: null,
      viewed_at: null,
      viewed_by_contact_id: null,
      accepted_at: null,
      accepted_by_name: null,
      declined_at: null,
      decline_reason: null,
      changes_requested_at: null,
      voided_at: null,
      marked_by_staff_user_id: null,
      marked_by_name: null,
      created_by: staffUserId,
      created_at: created,
      updated_at: created,
      version: 1,
      pending_minor: 0,
    };
  };

  const send = (document: DocumentsTable, viewer: string | null) => {
    document.status = 'sent';
    document.sent_at = at(document.issue_date, 12, between(0, 59));
    document.updated_at = document.sent_at;
    document.version += 1;
    if (viewer && random() < 0.4) {
      document.viewed_at = at(minDate(addDays(document.issue_date, 1), today), 15);
      document.viewed_by_contact_id = viewer;
    }
  };

  const historyDate = () => addDays(today, -between(0, HISTORY_DAYS));

  let invoicesWritten = 0;
  const progress = async () => {
    if (!buffer.full) return;
    await buffer.flush();
    options.onProgress?.(invoicesWritten, totalInvoices);
  };

  for (const plan of plans) {
    const customerId = newId();
    const customerCreated = at(addDays(today, -HISTORY_DAYS - between(1, 30)), 9);
    const slugWord = plan.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    buffer.add('customers', {
      id: customerId,
      organization_id: organizationId,
      display_name: plan.name,
      company_name: `${plan.name} Ltd`,
      email: `billing@${slugWord}.example`,
      phone: `+1 555 ${String(plan.index % 10000).padStart(4, '0')}`,
      currency: plan.currency,
      portal_language: languages[plan.index % languages.length]!,
      billing_address: null,
      shipping_address: null,
      notes: null,
      allow_bank_payments: 0,
      created_at: customerCreated,
      updated_at: customerCreated,
    });
    counts.customers++;
    let viewer: string | null = null;
    let signInContact: { id: string; email: string } | undefined;
    const contactIds: string[] = [];
    for (let k = 0; k < contactsPerCustomer; k++) {
      contactSerial++;
      const contactId = newId();
      const email = `contact${contactSerial}@${slug}.example`;
      // One contact in twenty has had access taken away; never the one that signs in.
      const disabled = contactSerial % 20 === 0 && !(plan.signIn && k === 0);
      const invited = customerCreated;
      const accepted = at(addDays(customerCreated.slice(0, 10), 1), 10);
      buffer.add('contact_persons', {
        id: contactId,
        organization_id: organizationId,
        customer_id: customerId,
        first_name: firstNames[contactSerial % firstNames.length]!,
        last_name: lastNames[(contactSerial * 7) % lastNames.length]!,
        email,
        phone: null,
        is_primary: k === 0 ? 1 : 0,
        portal_enabled: disabled ? 0 : 1,
        permissions: JSON.stringify(allPermissions),
        invited_at: invited,
        accepted_at: accepted,
        disabled_at: disabled ? nowIso : null,
        created_at: customerCreated,
        updated_at: disabled ? nowIso : accepted,
      });
      buffer.add('portal_identities', {
        id: newId(),
        organization_id: organizationId,
        email,
        password_hash: contactHash,
        language: null,
        totp_secret: null,
        totp_enabled_at: null,
        password_changed_at: accepted,
        last_sign_in_at: null,
        created_at: accepted,
        updated_at: accepted,
      });
      counts.contacts++;
      contactIds.push(contactId);
      if (k === 0) {
        viewer = contactId;
        signInContact = { id: contactId, email };
      }
    }

    if (plan.index >= growth.length) {
      for (let a = 0; a < activitiesPerCustomer; a++) {
        const kind = activityKinds[Math.floor(activityRandom() * activityKinds.length)]!;
        const createdAt = new Date(yearStart + Math.floor(activityRandom() * 365 * 86_400_000)).toISOString();
        const contactId = contactIds[Math.floor(activityRandom() * contactIds.length)] ?? null;
        buffer.add('activities', {
          id: newId(),
          organization_id: organizationId,
          customer_id: customerId,
          contact_person_id: contactId,
          actor_name: plan.name,
          module: kind.module,
          action: kind.action,
          details: null,
          message_code: null,
          message_params: null,
          ip: '203.0.113.7',
          user_agent: null,
          created_at: createdAt,
        });
        const day = todayIn(timeZone, new Date(createdAt));
        const key = `${day}|${kind.module}|${kind.action}`;
        const entry = rollup.get(key);
        if (entry) entry.n++;
        else rollup.set(key, { day, module: kind.module, action: kind.action, n: 1 });
        counts.activities++;
      }
    }

    if (plan.retainer) {
      const issue = addDays(today, -between(5, 400));
      const id = newId();
      const lines = makeLines(id, 1, plan.currency);
      lines[0] = { ...lines[0]!, name: 'Project deposit', unit: null };
      const retainer = newDocument(customerId, 'retainer_invoice', plan.currency, issue, lines);
      send(retainer, viewer);
      if (random() < 0.5) {
        const paidOn = minDate(addDays(issue, between(1, 20)), today);
        addPayment(customerId, plan.currency, paidOn, [{ document: retainer, amount: retainer.balance_minor }]);
      }
      buffer.add('documents', retainer);
      for (const line of lines) buffer.add('document_lines', line);
      counts.retainerInvoices++;
      counts.lines += lines.length;
    }

    let sampleInvoiceId: string | undefined;
    for (let done = 0; done < plan.invoices; done += BATCH_INVOICES) {
      const size = Math.min(BATCH_INVOICES, plan.invoices - done);
      const last = done + size >= plan.invoices;
      const invoices: DocumentsTable[] = [];
      const allLines: DocumentLinesTable[] = [];
      for (let n = 0; n < size; n++) {
        const isSample = plan.signIn && done === 0 && n === 0;
        // The newest invoice of every customer is recent, so that sent invoices not yet due exist too.
        const issue = isSample ? addDays(today, -5) : last && n === size - 1 ? addDays(today, -between(0, 10)) : historyDate();
        const id = newId();
        const lines = makeLines(id, isSample ? sampleInvoiceLines : linesPerInvoice, plan.currency);
        const invoice = newDocument(customerId, 'invoice', plan.currency, issue, lines);
        if (isSample) {
          invoice.due_date = addDays(today, 25);
          send(invoice, null);
          sampleInvoiceId = invoice.id;
        } else {
          const r = random();
          if (r < 0.04) {
            // A draft stays as created.
          } else if (r < 0.07) {
            send(invoice, viewer);
            invoice.status = 'void';
            invoice.voided_at = at(minDate(addDays(issue, 3), today), 16);
            invoice.updated_at = invoice.voided_at;
            invoice.balance_minor = 0;
            invoice.version += 1;
          } else {
            send(invoice, viewer);
          }
        }
        invoices.push(invoice);
        for (const line of lines) allLines.push(line);
      }
      // Only sent invoices can take credit or payments; the sample stays unpaid.
      const open = invoices.filter((invoice) => invoice.status === 'sent' && invoice.id !== sampleInvoiceId && invoice.total_minor > 0);

      const creditNotes = shareOf(plan.creditNotes, done, size, plan.invoices);
      for (let n = 0; n < creditNotes; n++) {
        const id = newId();
        const lines = makeLines(id, between(1, 2), plan.currency);
        const target = open.length > 0 && random() < 0.9 ? open[Math.floor(random() * open.length)]! : undefined;
        const issue = target ? minDate(addDays(target.issue_date, between(0, 30)), today) : historyDate();
        const note = newDocument(customerId, 'credit_note', plan.currency, issue, lines);
        if (random() < 0.05) {
          // A draft credit note: its whole total is its balance, as createDocument leaves it.
        } else {
          send(note, null);
          note.status = 'open';
          // Most of a credit note is used: on its invoice, and what that invoice can't take on the next open ones.
          const wanted = target && random() < 0.9 ? note.total_minor : Math.max(1, Math.floor(note.total_minor / 2));
          const targets = target ? [target, ...open.filter((invoice) => invoice !== target).slice(0, 3)] : [];
          for (const invoice of targets) {
            const unpaid = invoice.total_minor - invoice.paid_minor - invoice.credited_minor;
            const amount = Math.min(wanted - note.credited_minor, unpaid);
            const target = invoice;
            if (amount > 0) {
              buffer.add('credit_applications', {
                id: newId(),
                credit_note_id: note.id,
                invoice_id: target.id,
                amount_minor: amount,
                applied_on: maxDate(target.issue_date, note.issue_date),
                created_at: at(maxDate(target.issue_date, note.issue_date), 17),
              });
              target.credited_minor += amount;
              note.credited_minor += amount;
            }
          }
          const settled = creditStatus({ status: note.status, total_minor: note.total_minor }, note.credited_minor);
          note.balance_minor = settled.balance;
          note.status = settled.status;
        }
        buffer.add('documents', note);
        for (const line of lines) buffer.add('document_lines', line);
        counts.creditNotes++;
        counts.lines += lines.length;
      }

      // Payments: one per invoice paid, oldest first with a few months' jitter, as customers pay: what a
      // customer still owes is mostly its last weeks of invoices plus a few old stragglers, not half its
      // history. Old invoices are paid in full; recent ones sometimes in part.
      const payable = open.filter((invoice) => invoice.total_minor - invoice.paid_minor - invoice.credited_minor > 0);
      const payOrder = new Map(payable.map((invoice) => [invoice.id, `${addDays(invoice.issue_date, between(0, 90))}`]));
      payable.sort((a, b) => payOrder.get(a.id)!.localeCompare(payOrder.get(b.id)!));
      const payments = Math.min(payable.length, shareOf(plan.payments, done, size, plan.invoices));
      const recent = addDays(today, -90);
      for (let n = 0; n < payments; n++) {
        const invoice = payable[n]!;
        // A few old ones are never paid (disputed, forgotten): they are what is long overdue.
        if (invoice.issue_date < recent && random() < 0.03) continue;
        const unpaid = invoice.total_minor - invoice.paid_minor - invoice.credited_minor;
        const amount = invoice.issue_date < recent || random() < 0.75 ? unpaid : Math.max(1, Math.floor(unpaid * (0.3 + random() * 0.4)));
        const paidOn = minDate(addDays(invoice.issue_date, between(0, 60)), today);
        addPayment(customerId, plan.currency, paidOn, [{ document: invoice, amount }]);
      }

      for (const invoice of invoices) {
        if (invoice.status !== 'draft' && invoice.status !== 'void') {
          const settled = settledStatus({ status: invoice.status, total_minor: invoice.total_minor }, invoice.paid_minor, invoice.credited_minor);
          invoice.balance_minor = settled.balance;
          invoice.status = settled.status;
        }
        buffer.add('documents', invoice);
      }
      for (const line of allLines) buffer.add('document_lines', line);
      counts.invoices += invoices.length;
      counts.lines += allLines.length;
      invoicesWritten += invoices.length;

      const estimates = shareOf(plan.estimates, done, size, plan.invoices);
      for (let n = 0; n < estimates; n++) {
        const r = random();
        // Sent estimates still awaiting a decision are recent (a month's share of them); older sent ones have expired.
        const issue = r >= 0.1 && r < 0.3 && random() < 0.1 ? addDays(today, -between(0, 20)) : historyDate();
        const id = newId();
        const lines = makeLines(id, between(1, linesPerInvoice), plan.currency);
        const estimate = newDocument(customerId, 'estimate', plan.currency, issue, lines);
        if (r >= 0.1) send(estimate, viewer);
        if (r >= 0.5 && r < 0.75) {
          estimate.status = 'accepted';
          estimate.accepted_at = at(minDate(addDays(issue, between(1, 20)), today), 14);
          estimate.accepted_by_name = `${firstNames[plan.index % firstNames.length]} ${lastNames[plan.index % lastNames.length]}`;
          estimate.updated_at = estimate.accepted_at;
          estimate.version += 1;
        } else if (r >= 0.75) {
          estimate.status = 'declined';
          estimate.declined_at = at(minDate(addDays(issue, between(1, 20)), today), 14);
          estimate.decline_reason = pick(declineReasons);
          estimate.updated_at = estimate.declined_at;
          estimate.version += 1;
        }
        buffer.add('documents', estimate);
        for (const line of lines) buffer.add('document_lines', line);
        counts.estimates++;
        counts.lines += lines.length;
      }
      await progress();
    }

    if (plan.signIn && signInContact && sampleInvoiceId) {
      signIns.push({ invoices: plan.invoices, customerId, contactPersonId: signInContact.id, email: signInContact.email, password: largeTenantPasswords.contact, sampleInvoiceId });
    }
    await progress();
  }

  // Counters past every number written, so documents created later through the API get fresh numbers.
  for (const kind of numberSeriesKinds) {
    buffer.add('number_series', { organization_id: organizationId, kind, prefix: defaultPrefixes[kind], next_number: used[kind] + 1, padding: 6 });
  }
  for (const entry of rollup.values()) {
    buffer.add('activity_daily_counts', { organization_id: organizationId, time_zone: timeZone, day: entry.day, module: entry.module, action: entry.action, activity_count: entry.n });
  }
  await buffer.flush();
  await writer.close();
  // Fresh planner statistics: after a bulk load they describe an empty database, and the planner would
  // pick an index on organization_id (most of the table here) over one on customer_id.
  await sql`analyze`.execute(handle.db);
  options.onProgress?.(invoicesWritten, totalInvoices);

  return {
    organizationId,
    slug,
    staff: { email: staffEmail, password: largeTenantPasswords.staff },
    contacts: signIns,
    counts,
    seconds: (performance.now() - started) / 1000,
  };

  function addPayment(customerId: string, currency: string, paidOn: string, allocations: { document: DocumentsTable; amount: number }[]): void {
    const paymentId = newId();
    const created = at(paidOn, 13, between(0, 59));
    const amount = allocations.reduce((sum, allocation) => sum + allocation.amount, 0);
    buffer.add('payments', {
      id: paymentId,
      organization_id: organizationId,
      customer_id: customerId,
      number: nextNumber('payment'),
      currency,
      amount_minor: amount,
      method: pick(paymentMethods),
      status: 'completed',
      reference: random() < 0.5 ? `REF-${between(100000, 999999)}` : null,
      notes: null,
      paid_on: paidOn,
      created_by: staffUserId,
      created_at: created,
      updated_at: created,
      gateway: null,
      gateway_payment_id: null,
      attempt_id: null,
      payment_method_id: null,
      contact_person_id: null,
      refunded_minor: 0,
    });
    for (const allocation of allocations) {
      buffer.add('payment_allocations', { id: newId(), payment_id: paymentId, document_id: allocation.document.id, amount_minor: allocation.amount, created_at: created });
      allocation.document.paid_minor += allocation.amount;
      allocation.document.version += 1;
      allocation.document.updated_at = maxDate(allocation.document.updated_at, created);
      if (allocation.document.kind === 'retainer_invoice') {
        const settled = settledStatus({ status: allocation.document.status, total_minor: allocation.document.total_minor }, allocation.document.paid_minor, allocation.document.credited_minor);
        allocation.document.balance_minor = settled.balance;
        allocation.document.status = settled.status;
      }
    }
    counts.payments++;
  }
}
