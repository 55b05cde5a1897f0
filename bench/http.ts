// Signing in and reading pages over real HTTP, as a browser would, to set up the load cases.

export interface SignedIn {
  /** The session cookie's value. */
  cookie: string;
  csrfToken: string;
}

function cookieOf(response: Response, name: string): string {
  for (const header of response.headers.getSetCookie()) {
    const match = new RegExp(`^${name}=([^;]*)`).exec(header);
    if (match?.[1]) return match[1];
  }
  throw new Error(`no ${name} cookie in the answer (${response.status})`);
}

async function signIn(url: string, cookieName: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in at ${url} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { csrf_token?: string };
  return { cookie: cookieOf(response, cookieName), csrfToken: body.csrf_token ?? '' };
}

export function signInContact(baseUrl: string, slug: string, person: { email: string; password: string }): Promise<SignedIn> {
  return signIn(`${baseUrl}/portal/${slug}/api/session`, 'portico_portal', person.email, person.password);
}

export function signInStaff(baseUrl: string, person: { email: string; password: string }): Promise<SignedIn> {
  return signIn(`${baseUrl}/api/v1/session`, 'portico_staff', person.email, person.password);
}

export async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function postJson<T>(url: string, cookie: string, csrfToken: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** The cursor of the page `pages` pages in, following each answer's next_cursor (or the last one there is). */
export async function cursorAfter(url: string, cookie: string, pages: number): Promise<{ cursor: string; page: number }> {
  let cursor: string | null = null;
  let found = { cursor: '', page: 1 };
  for (let page = 1; page <= pages; page++) {
    const separator = url.includes('?') ? '&' : '?';
    const answer: { next_cursor: string | null } = await getJson(cursor ? `${url}${separator}cursor=${encodeURIComponent(cursor)}` : url, cookie);
    if (!answer.next_cursor) break;
    cursor = answer.next_cursor;
    found = { cursor, page: page + 1 };
  }
  return found;
}
