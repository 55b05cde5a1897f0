// What npm run bench loads and how: autocannon on loopback with the same settings for every case, a short
// warm-up first, latencies taken from every 2xx answer (autocannon's own histogram rounds to whole milliseconds).
import autocannon from 'autocannon';
import type { Measured } from './report.ts';

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** A new body for each request (sign-in cycles through many people). */
  body?: () => string;
}

function percentile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function run(url: string, request: LoadRequest, connections: number, seconds: number): Promise<Measured> {
  const times: number[] = [];
  const body = request.body;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        requests: [
          {
            method: request.method ?? 'GET',
            path: request.path,
            headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...request.headers },
            ...(body ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: body() }) } : {}),
          },
        ],
      },
      (error, answer) => (error ? reject(error) : resolve(answer)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  const sorted = Float64Array.from(times).sort();
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Waits until the server is idle. When autocannon stops it hangs up on the requests still in flight, but
 * the server has read them and works through them anyway (a slow page, one after the other): probes of a
 * cheap path answer quickly only once that is done. Three quick answers in a row, or two minutes at most.
 */
async function waitUntilIdle(baseUrl: string, probePath: string): Promise<void> {
  const deadline = performance.now() + 120_000;
  let quick = 0;
  while (quick < 3 && performance.now() < deadline) {
    const start = performance.now();
    const response = await fetch(baseUrl + probePath);
    await response.arrayBuffer();
    quick = performance.now() - start < 50 ? quick + 1 : 0;
  }
}

/** A warm-up run (thrown away), then the measured one, each starting on an idle server and leaving it idle. */
export async function load(baseUrl: string, request: LoadRequest, settings: LoadSettings, probePath = '/'): Promise<Measured> {
  if (settings.warmupSeconds > 0) {
    await run(baseUrl, request, settings.connections, settings.warmupSeconds);
    await waitUntilIdle(baseUrl, probePath);
  }
  const measured = await run(baseUrl, request, settings.connections, settings.durationSeconds);
  await waitUntilIdle(baseUrl, probePath);
  return measured;
}

export interface PortalCaseInput {
  slug: string;
  /** The portal cookie of the 10-invoice contact, whose pages the single cases read. */
  cookie: string;
  sampleInvoiceId: string;
  /** A cursor about 50 pages into the largest contact's invoices, and that contact's cookie. */
  deepCursor: string;
  deepCursorCookie: string;
  staffCookie: string;
  staffSearch: string;
}

export interface CaseDefinition {
  key: string;
  label: string;
  request: LoadRequest;
  note?: string;
  /** Connections for this case instead of the run's: one, where the figure is how long one answer takes (not queueing behind nine others). */
  connections?: number;
}

/** The read cases, each one endpoint as a browser or the console calls it (GETs need only the cookie). */
export function readCases(input: PortalCaseInput): CaseDefinition[] {
  const api = `/portal/${input.slug}/api`;
  const portal = { cookie: `portico_portal=${input.cookie}` };
  const staff = { cookie: `portico_staff=${input.staffCookie}` };
  return [
    { key: 'me', label: 'portal GET /me', request: { path: `${api}/me`, headers: portal } },
    { key: 'dashboard', label: 'portal GET /dashboard', request: { path: `${api}/dashboard`, headers: portal } },
    { key: 'invoices_first_page', label: 'portal GET /invoices (first page)', request: { path: `${api}/invoices`, headers: portal } },
    {
      key: 'invoices_deep_page',
      label: 'portal GET /invoices?cursor= (page 51, largest contact)',
      request: { path: `${api}/invoices?cursor=${encodeURIComponent(input.deepCursor)}`, headers: { cookie: `portico_portal=${input.deepCursorCookie}` } },
    },
    { key: 'invoice_detail', label: 'portal GET /invoices/{id} (20 lines)', request: { path: `${api}/invoices/${input.sampleInvoiceId}`, headers: portal }, note: 'logs each view' },
    { key: 'statement_year', label: 'portal GET /statement?period=this_year', request: { path: `${api}/statement?period=this_year`, headers: portal } },
    { key: 'invoice_pdf', label: 'portal GET /invoices/{id}/pdf (20 lines)', request: { path: `${api}/invoices/${input.sampleInvoiceId}/pdf`, headers: portal } },
    {
      key: 'invoice_pdf_alone',
      label: 'portal GET /invoices/{id}/pdf (20 lines), one at a time',
      request: { path: `${api}/invoices/${input.sampleInvoiceId}/pdf`, headers: portal },
      connections: 1,
      note: '1 connection: the time to render one',
    },
    { key: 'staff_customer_search', label: `staff GET /api/v1/customers?search=${input.staffSearch}`, request: { path: `/api/v1/customers?search=${encodeURIComponent(input.staffSearch)}`, headers: staff } },
    { key: 'staff_invoice_list', label: 'staff GET /api/v1/invoices', request: { path: '/api/v1/invoices', headers: staff } },
  ];
}

/** Sign-in cycles through many people, so no one address reaches its attempt limit. */
export function signInCase(slug: string, people: { email: string; password: string }[]): CaseDefinition {
  let next = 0;
  return {
    key: 'sign_in',
    label: 'portal POST /session (sign-in)',
    note: 'argon2id dominates',
    request: {
      method: 'POST',
      path: `/portal/${slug}/api/session`,
      body: () => {
        const person = people[next++ % people.length]!;
        return JSON.stringify({ email: person.email, password: person.password });
      },
    },
  };
}

/** The cases that grow with a contact's invoices, for one contact. */
export function growthCases(slug: string, cookie: string): CaseDefinition[] {
  const api = `/portal/${slug}/api`;
  const headers = { cookie: `portico_portal=${cookie}` };
  return [
    { key: 'dashboard', label: 'portal GET /dashboard', request: { path: `${api}/dashboard`, headers } },
    { key: 'invoices_first_page', label: 'portal GET /invoices (first page)', request: { path: `${api}/invoices`, headers } },
    { key: 'statement_year', label: 'portal GET /statement?period=this_year', request: { path: `${api}/statement?period=this_year`, headers } },
    {
      key: 'statement_year_alone',
      label: 'portal GET /statement?period=this_year, one at a time',
      request: { path: `${api}/statement?period=this_year`, headers },
      connections: 1,
    },
  ];
}
