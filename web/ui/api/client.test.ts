import { describe, expect, it, vi } from 'vitest';
import { createAdminClient, createPortalClient } from './client.ts';
import { ApiError } from './errors.ts';
import type { AdminResponse, PortalResponse, RowOf } from './paths.ts';
import { ApiSession } from './session.ts';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A fetch that records each request and answers from a list. */
function stubFetch(...answers: Response[]) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new TypeError('Failed to fetch');
    return answer;
  });
  return { fetch, requests };
}

const customer = { id: 'c1', display_name: 'Globex', company_name: null, email: null, currency: 'USD', portal_language: 'en', primary_contact: null, portal_active_count: 0, created_at: '2026-01-01T00:00:00Z' };

describe('the typed API client', () => {
  it('sends reads to the base path with the query, same-origin credentials and no CSRF token', async () => {
    const { fetch, requests } = stubFetch(json({ data: [customer], next_cursor: null }));
    const session = new ApiSession();
    session.csrfToken = 'token-1';
    const api = createAdminClient({ session, fetch });
    const page = await api.get('/customers', { params: { query: { search: 'glo bex', limit: 50 } } });
    expect(page.data[0]?.display_name).toBe('Globex');
    const [request] = requests;
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/api/v1/customers');
    expect(url.searchParams.get('search')).toBe('glo bex');
    expect(url.searchParams.get('limit')).toBe('50');
    expect(request!.method).toBe('GET');
    expect(request!.credentials).toBe('same-origin');
    expect(request!.headers.get('x-csrf-token')).toBeNull();
  });

  it('keeps the CSRF token of an answer and sends it on every write', async () => {
    const { fetch, requests } = stubFetch(json({ user: {}, organization: {}, csrf_token: 'token-2' }), json(customer, 201), json({ ok: true }));
    const api = createAdminClient({ fetch });
    await api.get('/session');
    expect(api.session.csrfToken).toBe('token-2');
    await api.post('/customers', { body: { display_name: 'Globex' } });
    await api.delete('/customers/{id}', { params: { path: { id: 'c 1' } } });
    expect(requests[1]!.headers.get('x-csrf-token')).toBe('token-2');
    expect(requests[1]!.headers.get('content-type')).toBe('application/json');
    expect(await requests[1]!.json()).toEqual({ display_name: 'Globex' });
    expect(requests[2]!.method).toBe('DELETE');
    expect(new URL(requests[2]!.url).pathname).toBe('/api/v1/customers/c%201');
    expect(requests[2]!.headers.get('x-csrf-token')).toBe('token-2');
  });

  it('throws an ApiError with the status, code, message and field details of an error answer', async () => {
    const details = [{ field: 'contact_persons.0.email', code: 'invalid_format', params: { format: 'email' }, message: 'must be a valid email address' }];
    const { fetch } = stubFetch(json({ error: { code: 'VALIDATION_FAILED', message: 'contact_persons.0.email: must be a valid email address', details } }, 400));
    const api = createAdminClient({ fetch });
    const failure = await api.post('/customers', { body: { display_name: 'Globex' } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect([error.status, error.code, error.message]).toEqual([400, 'VALIDATION_FAILED', 'contact_persons.0.email: must be a valid email address']);
    expect(error.fieldIssues).toEqual(details);
    expect(error.fieldMessage('contact_persons.0.email')).toBe('must be a valid email address');
    expect(error.fieldMessage('display_name')).toBeUndefined();
  });

  it('makes an error of an answer that is not JSON', async () => {
    const { fetch } = stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const api = createAdminClient({ fetch });
    const error = (await api.get('/customers').catch((caught: unknown) => caught)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([502, 'INTERNAL', 'Bad Gateway']);
  });

  it('tells the app when the session is gone (401), and still rejects', async () => {
    const { fetch } = stubFetch(json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } }, 401), json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404));
    const api = createAdminClient({ fetch });
    const signedOut = vi.fn();
    api.session.onUnauthenticated = signedOut;
    await expect(api.get('/customers')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(signedOut).toHaveBeenCalledTimes(1);
    await expect(api.get('/customers/{id}', { params: { path: { id: 'x' } } })).rejects.toMatchObject({ status: 404 });
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('rejects with the fetch TypeError when the server cannot be reached', async () => {
    const { fetch } = stubFetch();
    await expect(createAdminClient({ fetch }).get('/customers')).rejects.toBeInstanceOf(TypeError);
  });

  it('answers 204 with nothing', async () => {
    const { fetch } = stubFetch(new Response(null, { status: 204 }));
    await expect(createAdminClient({ fetch }).delete('/taxes/{id}', { params: { path: { id: 't1' } } })).resolves.toBeUndefined();
  });

  it('fills the portal’s slug into every path', async () => {
    const { fetch, requests } = stubFetch(json({ data: [], next_cursor: null }));
    const portal = createPortalClient('acme corp', { fetch });
    await portal.get('/invoices', { params: { query: { filter: 'unpaid', sort: '-due_date' } } });
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/portal/acme%20corp/api/invoices');
    expect(url.search).toBe('?filter=unpaid&sort=-due_date');
    expect(portal.basePath).toBe('/portal/acme%20corp/api');
  });

  it('downloads a PDF as a Blob and links to it', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const { fetch, requests } = stubFetch(new Response(pdf, { status: 200, headers: { 'content-type': 'application/pdf' } }), json({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404));
    const portal = createPortalClient('acme', { fetch });
    const blob = await portal.blob('/invoices/{id}/pdf', { params: { path: { id: 'inv-1' } } });
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe('%PDF-');
    expect(new URL(requests[0]!.url).pathname).toBe('/portal/acme/api/invoices/inv-1/pdf');
    await expect(portal.blob('/invoices/{id}/pdf', { params: { path: { id: 'gone' } } })).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(portal.href('/invoices/{id}/pdf', { params: { path: { id: 'inv 1' } } })).toBe('/portal/acme/api/invoices/inv%201/pdf');
    expect(portal.href('/statement.pdf', { params: { query: { period: 'last_month' } } })).toBe('/portal/acme/api/statement.pdf?period=last_month');
  });
});

/** Compile-time checks: `npm test` type-checks this function; it never runs. */
export async function typesFollowTheSchema(api: ReturnType<typeof createAdminClient>, portal: ReturnType<typeof createPortalClient>) {
  const summary: RowOf<AdminResponse<'/customers', 'get'>> = (await api.get('/customers')).data[0]!;
  const detail: PortalResponse<'/invoices/{id}', 'get'> = await portal.get('/invoices/{id}', { params: { path: { id: 'x' } } });
  // @ts-expect-error the portal client fills the slug; it is no parameter
  await portal.get('/invoices/{id}', { params: { path: { id: 'x', slug: 'y' } } });
  // @ts-expect-error a path the server does not have
  await api.get('/invoice');
  // @ts-expect-error path parameters are required
  await api.get('/customers/{id}');
  // @ts-expect-error a body field the server does not take
  await api.post('/customers', { body: { display_name: 'A', nickname: 'B' } });
  // @ts-expect-error a filter the server does not know
  await portal.get('/invoices', { params: { query: { filter: 'cheap' } } });
  // A route that declares no body (DELETE answers 204) resolves to undefined.
  const deleted: undefined = await api.delete('/customers/{id}', { params: { path: { id: 'x' } } });
  return [summary.display_name, detail.lines[0]?.name, deleted];
}
