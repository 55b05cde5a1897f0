/**
 * The typed API client of both apps, on openapi-fetch and the generated schema: paths, parameters,
 * bodies and answers are checked against what the server declares. Every method resolves to the
 * answer's JSON and throws an `ApiError` for an answer that is not OK (after calling the session's
 * `onUnauthenticated` on a 401); a failed connection rejects with the fetch `TypeError`.
 */
import createClient, { createFinalURL, createQuerySerializer, defaultPathSerializer, type FetchOptions } from 'openapi-fetch';
import { apiErrorFrom } from './errors.ts';
import type { AdminPaths, HttpMethod, OperationOf, PathsWith, PortalPaths, SuccessBody } from './paths.ts';
import { ApiSession, isSafeMethod } from './session.ts';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The options argument: required when the operation has path parameters or a required body. */
type InitArgs<Init> = [RequiredKeys<Init>] extends [never] ? [init?: Init] : [init: Init];

export type RequestInitOf<Paths, Path extends keyof Paths, Method extends HttpMethod> = FetchOptions<OperationOf<Paths, Path, Method>>;

export type ApiMethod<Paths, Method extends HttpMethod> = <Path extends PathsWith<Paths, Method>>(
  path: Path,
  ...init: InitArgs<RequestInitOf<Paths, Path, Method>>
) => Promise<SuccessBody<OperationOf<Paths, Path, Method>>>;

export interface ApiClient<Paths> {
  /** The base path, e.g. `/api/v1` or `/portal/acme/api`. */
  readonly basePath: string;
  /** CSRF token and 401 handler, shared with every other client of the app. */
  readonly session: ApiSession;
  get: ApiMethod<Paths, 'get'>;
  post: ApiMethod<Paths, 'post'>;
  put: ApiMethod<Paths, 'put'>;
  patch: ApiMethod<Paths, 'patch'>;
  delete: ApiMethod<Paths, 'delete'>;
  /** A binary answer (a PDF) as a Blob, with the same errors as the JSON methods. */
  blob: <Path extends PathsWith<Paths, 'get'>>(path: Path, ...init: InitArgs<RequestInitOf<Paths, Path, 'get'>>) => Promise<Blob>;
  /** The address of a GET, for a link or a download the browser makes itself (`<a href download>`). */
  href: <Path extends PathsWith<Paths, 'get'>>(path: Path, ...params: InitArgs<Pick<RequestInitOf<Paths, Path, 'get'>, 'params'>>) => string;
}

export interface ApiClientOptions {
  /** `/api/v1`, `/portal/acme/api`; resolved against the page's address. */
  basePath: string;
  session?: ApiSession;
  /** The fetch to use; by default the global one at the time of each request (so tests can stub it). */
  fetch?: (request: Request) => Promise<Response>;
}

const querySerializer = createQuerySerializer();

function absolute(basePath: string): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.href;
  return new URL(basePath, origin).href.replace(/\/$/, '');
}

export function createApiClient<Paths extends object>(options: ApiClientOptions): ApiClient<Paths> {
  const session = options.session ?? new ApiSession();
  const basePath = options.basePath.replace(/\/$/, '');
  const client = createClient<Paths>({
    baseUrl: absolute(basePath),
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    fetch: (request) => (options.fetch ?? globalThis.fetch)(request),
  });
  client.use({
    onRequest({ request }) {
      if (!isSafeMethod(request.method) && session.csrfToken) request.headers.set('x-csrf-token', session.csrfToken);
      return request;
    },
  });

  async function send(method: HttpMethod, path: string, init: object | undefined, parseAs: 'json' | 'blob'): Promise<unknown> {
    const request = client.request as unknown as (method: string, path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await request(method, path, { ...init, parseAs });
    if (!response.ok) {
      if (response.status === 401) session.onUnauthenticated?.();
      throw apiErrorFrom(response.status, response.statusText, error);
    }
    if (parseAs === 'json') session.remember(data);
    return data;
  }

  const method =
    (name: HttpMethod) =>
    (path: string, init?: object): Promise<unknown> =>
      send(name, path, init, 'json');

  return {
    basePath,
    session,
    get: method('get') as ApiMethod<Paths, 'get'>,
    post: method('post') as ApiMethod<Paths, 'post'>,
    put: method('put') as ApiMethod<Paths, 'put'>,
    patch: method('patch') as ApiMethod<Paths, 'patch'>,
    delete: method('delete') as ApiMethod<Paths, 'delete'>,
    blob: ((path: string, init?: object) => send('get', path, init, 'blob')) as ApiClient<Paths>['blob'],
    href: ((path: string, init?: { params?: { path?: Record<string, unknown>; query?: Record<string, unknown> } }) =>
      createFinalURL(path, { baseUrl: basePath, params: init?.params ?? {}, querySerializer, pathSerializer: defaultPathSerializer })) as ApiClient<Paths>['href'],
  };
}

/** The staff console's client of `/api/v1`. */
export function createAdminClient(options: Omit<ApiClientOptions, 'basePath'> = {}): ApiClient<AdminPaths> {
  return createApiClient<AdminPaths>({ ...options, basePath: '/api/v1' });
}

/** The portal's client of `/portal/{slug}/api`: the slug is part of the base path, never a parameter. */
export function createPortalClient(slug: string, options: Omit<ApiClientOptions, 'basePath'> = {}): ApiClient<PortalPaths> {
  return createApiClient<PortalPaths>({ ...options, basePath: `/portal/${encodeURIComponent(slug)}/api` });
}
