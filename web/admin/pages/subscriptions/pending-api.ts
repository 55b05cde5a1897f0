/**
 * Calls of the staff subscription API while its routes are not in the generated schema yet: the same
 * base path, CSRF header and errors as the typed client. Replaced by `adminClient` once they are.
 */
import { apiErrorFrom } from '../../../ui/api/errors.ts';
import { adminClient, apiSession } from '../../lib/client.ts';

type Query = Record<string, string | number | undefined>;

export async function adminCall<T>(method: 'GET' | 'POST' | 'PUT', path: string, options: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.href;
  const url = new URL(`${adminClient.basePath}${path}`, origin);
  for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  const headers = new Headers({ accept: 'application/json' });
  if (method !== 'GET' && apiSession.csrfToken) headers.set('x-csrf-token', apiSession.csrfToken);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(new Request(url, { method, headers, credentials: 'same-origin', body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: options.signal }));
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    if (response.status === 401) apiSession.onUnauthenticated?.();
    throw apiErrorFrom(response.status, response.statusText, json);
  }
  return json as T;
}
