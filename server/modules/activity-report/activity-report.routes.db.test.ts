import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import { addDays, todayIn } from '../../../contract/calendar.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { createCustomerWithContact, signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { insertActivity } from '../activity/activity.repository.ts';
import { bucketOf, reportIntervals, type ReportInterval } from './activity-report.ts';
import { portalActivityReport, type PortalActivityReport } from './activity-report.service.ts';

interface Row {
  created_at: string;
  module: string;
  action: string;
  customer_id: string | null;
  contact_person_id: string | null;
}

async function record(db: Db, organizationId: string, timeZone: string, row: Row): Promise<void> {
  await insertActivity(
    db,
    { id: newId(), organization_id: organizationId, actor_name: 'Someone', details: null, message_code: null, message_params: null, ip: null, user_agent: null, ...row },
    { timeZone, day: todayIn(timeZone, new Date(row.created_at)) },
  );
}

async function setTimeZone(db: Db, organizationId: string, timeZone: string): Promise<void> {
  await db.updateTable('organizations').set({ time_zone: timeZone }).where('id', '=', organizationId).execute();
}

/** The oracle: the report computed straight from the raw rows, with Temporal for the local days. */
function expected(rows: Row[], timeZone: string, query: { from: string; to: string; interval: ReportInterval; module?: string; action?: string; customerId?: string; contactPersonId?: string }) {
  const localDay = (at: string) => Temporal.Instant.from(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  const kept = rows.filter(
    (row) =>
      localDay(row.created_at) >= query.from &&
      localDay(row.created_at) <= query.to &&
      (query.module === undefined || row.module === query.module) &&
      (query.action === undefined || row.action === query.action) &&
      (query.customerId === undefined || row.customer_id === query.customerId) &&
      (query.contactPersonId === undefined || row.contact_person_id === query.contactPersonId),
  );
  const table = new Map<string, number>();
  for (const row of kept) table.set(`${row.module}|${row.action}`, (table.get(`${row.module}|${row.action}`) ?? 0) + 1);
  const buckets = new Map<string, number>();
  for (let day = query.from; day <= query.to; day = addDays(day, 1)) buckets.set(bucketOf(day, query.interval), 0);
  for (const row of kept) {
    const bucket = bucketOf(localDay(row.created_at), query.interval);
    buckets.set(bucket, buckets.get(bucket)! + 1);
  }
  const perCustomer = new Map<string, number>();
  const perContact = new Map<string, number>();
  for (const row of kept) {
    if (row.customer_id) perCustomer.set(row.customer_id, (perCustomer.get(row.customer_id) ?? 0) + 1);
    if (row.contact_person_id) perContact.set(row.contact_person_id, (perContact.get(row.contact_person_id) ?? 0) + 1);
  }
  return {
    total: kept.length,
    rows: [...table].map(([key, count]) => ({ module: key.split('|')[0]!, action: key.split('|')[1]!, count })).sort((a, b) => `${a.module}|${a.action}`.localeCompare(`${b.module}|${b.action}`)),
    series: [...buckets].map(([start, count]) => ({ start, count })),
    perCustomer,
    perContact,
  };
}

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describeOnEachDialect('portal activities report', (it) => {
  it('counts what the raw activity rows hold, for random rows, filters, periods and time zones (property)', async ({ t, staff }) => {
    const db = t.ctx.db;
    const organizationId = staff.organization.id;
    const parties = await Promise.all([0, 1, 2].map(() => createCustomerWithContact(staff)));
    const modules = ['portal', 'invoices', 'payments'];
    const actions = ['signin', 'document_viewed', 'payment_received'];
    const base = Date.parse('2026-03-20T00:00:00.000Z');
    const window = 45 * 86_400_000;
    const rowArbitrary = fc.record({
      offset: fc.integer({ min: 0, max: window - 1 }),
      module: fc.constantFrom(...modules),
      action: fc.constantFrom(...actions),
      party: fc.integer({ min: 0, max: 3 }),
      withContact: fc.boolean(),
    });
    const queryArbitrary = fc.record({
      fromOffset: fc.integer({ min: -3, max: 46 }),
      length: fc.integer({ min: 0, max: 50 }),
      interval: fc.constantFrom(...reportIntervals),
      module: fc.option(fc.constantFrom(...modules), { nil: undefined }),
      action: fc.option(fc.constantFrom(...actions), { nil: undefined }),
      customer: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      contact: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary, { minLength: 0, maxLength: 60 }),
        fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'),
        fc.option(fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kathmandu'), { nil: undefined }),
        fc.array(queryArbitrary, { minLength: 1, maxLength: 4 }),
        async (generated, zoneAtInsert, zoneChangedTo, queries) => {
          await db.deleteFrom('activities').where('organization_id', '=', organizationId).execute();
          await db.deleteFrom('activity_daily_counts').where('organization_id', '=', organizationId).execute();
          await setTimeZone(db, organizationId, zoneAtInsert);
          const rows: Row[] = generated.map((g) => {
            const party = parties[g.party];
            return {
              created_at: new Date(base + g.offset).toISOString(),
              module: g.module,
              action: g.action,
              customer_id: party?.customerId ?? null,
              contact_person_id: party && g.withContact ? party.contactId : null,
            };
          });
          for (const row of rows) await record(db, organizationId, zoneAtInsert, row);
          // After a change of zone the rollup is rebuilt in the new one.
          const zone = zoneChangedTo ?? zoneAtInsert;
          if (zoneChangedTo) await setTimeZone(db, organizationId, zoneChangedTo);
          for (const q of queries) {
            const from = addDays('2026-03-20', q.fromOffset);
            const query = {
              from,
              to: addDays(from, q.length),
              interval: q.interval,
              ...(q.module ? { module: q.module } : {}),
              ...(q.action ? { action: q.action } : {}),
              ...(q.customer !== undefined ? { customerId: parties[q.customer]?.customerId ?? 'no-such-customer' } : {}),
              ...(q.contact !== undefined ? { contactPersonId: parties[q.contact]!.contactId } : {}),
            };
            const report = await portalActivityReport(t.ctx, { id: organizationId, time_zone: zone }, query);
            const oracle = expected(rows, zone, query);
            expect(report.total).toBe(oracle.total);
            expect(report.rows).toEqual(oracle.rows);
            expect(report.series).toEqual(oracle.series);
            expect(report.modules.reduce((sum, entry) => sum + entry.count, 0)).toBe(oracle.total);
            for (const entry of report.customers) expect(entry.count).toBe(oracle.perCustomer.get(entry.customer_id));
            expect(report.customers.length).toBe(Math.min(10, oracle.perCustomer.size));
            for (const entry of report.contacts) expect(entry.count).toBe(oracle.perContact.get(entry.contact_person_id));
            expect(report.contacts.length).toBe(Math.min(10, oracle.perContact.size));
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('answers over HTTP; the CSV holds exactly the table’s rows; another organization sees nothing', async ({ t, staff, clock }) => {
    clock.set('2026-06-15T12:00:00.000Z');
    const db = t.ctx.db;
    const organizationId = staff.organization.id;
    await setTimeZone(db, organizationId, 'UTC');
    const party = await createCustomerWithContact(staff, { name: 'Globex, "the" =company' });
    const at = (day: string) => `${day}T10:00:00.000Z`;
    const rows: Row[] = [
      { created_at: at('2026-06-01'), module: 'portal', action: 'signin', customer_id: party.customerId, contact_person_id: party.contactId },
      { created_at: at('2026-06-02'), module: 'portal', action: 'signin', customer_id: party.customerId, contact_person_id: party.contactId },
      { created_at: at('2026-06-02'), module: 'invoices', action: 'document_viewed', customer_id: party.customerId, contact_person_id: party.contactId },
      { created_at: at('2026-06-10'), module: '=cmd|calc', action: 'odd,"action"', customer_id: null, contact_person_id: null },
    ];
    for (const row of rows) await record(db, organizationId, 'UTC', row);

    const response = await staff.client.get('/api/v1/reports/portal-activities?from=2026-06-01&to=2026-06-14&interval=week');
    expect(response.statusCode).toBe(200);
    const report = response.json<PortalActivityReport>();
    expect(report).toMatchObject({ from: '2026-06-01', to: '2026-06-14', interval: 'week', time_zone: 'UTC', total: 4 });
    expect(report.rows).toEqual([
      { module: '=cmd|calc', action: 'odd,"action"', count: 1 },
      { module: 'invoices', action: 'document_viewed', count: 1 },
      { module: 'portal', action: 'signin', count: 2 },
    ]);
    expect(report.series).toEqual([
      { start: '2026-06-01', count: 3 },
      { start: '2026-06-08', count: 1 },
    ]);
    expect(report.customers).toEqual([{ customer_id: party.customerId, display_name: 'Globex, "the" =company', count: 3 }]);
    expect(report.contacts).toEqual([{ contact_person_id: party.contactId, customer_id: party.customerId, name: 'Casey Contact', count: 3 }]);

    const csv = await staff.client.get('/api/v1/reports/portal-activities.csv?from=2026-06-01&to=2026-06-14&interval=week');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="portal-activities-2026-06-01-2026-06-14.csv"');
    expect(csv.body).toBe(`module,action,count\r\n'=cmd|calc,"odd,""action""",1\r\ninvoices,document_viewed,1\r\nportal,signin,2\r\n`);
    const [header, ...lines] = parseCsv(csv.body.replace(`"odd,""action"""`, 'odd-action'));
    expect(header).toEqual(['module', 'action', 'count']);
    expect(lines.map((line) => Number(line[2]))).toEqual(report.rows.map((row) => row.count));

    // Filtered the same way, the CSV follows the filter.
    const filtered = await staff.client.get(`/api/v1/reports/portal-activities.csv?from=2026-06-01&to=2026-06-14&module=portal&customer_id=${party.customerId}`);
    expect(filtered.body).toBe('module,action,count\r\nportal,signin,2\r\n');

    const other = await signUpStaff(t.app, undefined, '10.77.1.1');
    const theirs = await other.client.get('/api/v1/reports/portal-activities?from=2026-06-01&to=2026-06-14');
    expect(theirs.json<PortalActivityReport>()).toMatchObject({ total: 0, rows: [], customers: [], contacts: [] });
    const probing = await other.client.get(`/api/v1/reports/portal-activities?from=2026-06-01&to=2026-06-14&customer_id=${party.customerId}`);
    expect(probing.json<PortalActivityReport>()).toMatchObject({ total: 0, rows: [] });
    const probingContact = await other.client.get(`/api/v1/reports/portal-activities.csv?from=2026-06-01&to=2026-06-14&contact_person_id=${party.contactId}`);
    expect(probingContact.body).toBe('module,action,count\r\n');
  });

  it('defaults to the last 30 days up to the organization’s today', async ({ staff, clock }) => {
    clock.set('2026-06-15T02:00:00.000Z');
    const response = await staff.client.get('/api/v1/reports/portal-activities');
    // The organization counts days in UTC unless told otherwise.
    expect(response.json<PortalActivityReport>()).toMatchObject({ from: '2026-05-17', to: '2026-06-15', interval: 'day' });
    expect(response.json<PortalActivityReport>().series).toHaveLength(30);
  });

  it('refuses a bad period or interval with a 400 naming the field', async ({ staff }) => {
    const cases: [string, string][] = [
      ['from=2026-06-10&to=2026-06-01', 'from'],
      ['interval=fortnight', 'interval'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2000-01-01&to=2026-01-01', 'to'],
      ['unknown=1', 'unknown'],
    ];
    for (const [query, field] of cases) {
      for (const path of ['/api/v1/reports/portal-activities', '/api/v1/reports/portal-activities.csv']) {
        const response = await staff.client.get(`${path}?${query}`);
        expect(response.statusCode, `${path}?${query}`).toBe(400);
        const body = response.json<{ error: { code: string; details: { field: string }[] } }>();
        expect(body.error.code).toBe('VALIDATION_FAILED');
        expect(body.error.details.map((issue) => issue.field)).toContain(field);
      }
    }
  });

  it('needs a signed-in staff member', async ({ t }) => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/reports/portal-activities' });
    expect(response.statusCode).toBe(401);
  });
});
