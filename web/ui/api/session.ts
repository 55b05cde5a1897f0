/**
 * What the clients of one app share: the CSRF token the server handed out with the session (sent on
 * every write) and what to do when the server says the session is gone (401).
 */
export class ApiSession {
  csrfToken: string | undefined;
  onUnauthenticated: (() => void) | undefined;

  /** Keeps the token of an answer that carries one (sign-in, session, `me`). */
  remember(body: unknown): void {
    const token = typeof body === 'object' && body !== null ? (body as { csrf_token?: unknown }).csrf_token : undefined;
    if (typeof token === 'string') this.csrfToken = token;
  }

  /** Forgets the token, e.g. after signing out. */
  clear(): void {
    this.csrfToken = undefined;
  }
}

/** Methods that change nothing on the server and so carry no CSRF token. */
export function isSafeMethod(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS';
}
