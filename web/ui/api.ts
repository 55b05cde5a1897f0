import { apiErrorFrom } from './api/errors.ts';
import { ApiSession, isSafeMethod } from './api/session.ts';

export { ApiError } from './api/errors.ts';

/**
 * The untyped fetch wrapper of the pages not yet moved to the typed client (`web/ui/api/client.ts`):
 * JSON in and out, the CSRF token on writes, errors as ApiError. It shares its `ApiSession` with the
 * app's typed client, so both send the same token and report a 401 the same way.
 */
export class ApiClient {
  constructor(
    readonly basePath: string,
    readonly session: ApiSession = new ApiSession(),
  ) {}

  get csrfToken(): string | undefined {
    return this.session.csrfToken;
  }
  set csrfToken(token: string | undefined) {
    this.session.csrfToken = token;
  }
  get onUnauthenticated(): (() => void) | undefined {
    return this.session.onUnauthenticated;
  }
  set onUnauthenticated(handler: (() => void) | undefined) {
    this.session.onUnauthenticated = handler;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (!isSafeMethod(method) && this.session.csrfToken) headers['x-csrf-token'] = this.session.csrfToken;
    const response = await fetch(`${this.basePath}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      if (response.status === 401) this.session.onUnauthenticated?.();
      throw apiErrorFrom(response.status, response.statusText, json);
    }
    this.session.remember(json);
    return json as T;
  }

  get<T>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }
  put<T>(path: string, body: unknown = {}) {
    return this.request<T>('PUT', path, body);
  }
  patch<T>(path: string, body: unknown = {}) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T>(path: string) {
    return this.request<T>('DELETE', path);
  }
}
