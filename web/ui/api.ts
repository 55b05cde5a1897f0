/** Error answer of every Portico API: `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** The message for one field, when the server named it. */
  fieldMessage(field: string): string | undefined {
    if (!Array.isArray(this.details)) return undefined;
    const match = (this.details as { field?: string; message?: string }[]).find((d) => d.field === field);
    return match?.message;
  }
}

/**
 * A small fetch wrapper: JSON in and out, the CSRF token on writes, errors as ApiError.
 * Each app makes one client for its base path (`/api/v1` or `/portal/{slug}/api`).
 */
export class ApiClient {
  csrfToken: string | undefined;
  onUnauthenticated: (() => void) | undefined;

  constructor(readonly basePath: string) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
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
      const error = (json as { error?: { code: string; message: string; details?: unknown } } | undefined)?.error;
      const apiError = new ApiError(response.status, error?.code ?? 'INTERNAL', error?.message ?? response.statusText, error?.details);
      if (response.status === 401 && this.onUnauthenticated) this.onUnauthenticated();
      throw apiError;
    }
    const token = (json as { csrf_token?: unknown } | undefined)?.csrf_token;
    if (typeof token === 'string') this.csrfToken = token;
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
