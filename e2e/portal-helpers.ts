import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';
import { linkIn, type Harness } from './harness.ts';

let counter = 0;
/** A unique address per call, so every test builds its own data. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.example`;
}

/** Staff calls through the real API (cookie session + CSRF header), for setting the scene quickly. */
export class StaffApi {
  private cookie = '';
  private csrf = '';
  slug = '';

  private constructor(readonly baseUrl: string) {}

  static async signUp(baseUrl: string, organizationName: string): Promise<StaffApi> {
    const api = new StaffApi(baseUrl);
    const session = await api.call<{ organization: { slug: string } }>('POST', '/organizations', {
      organization_name: organizationName,
      name: 'Olivia Owner',
      email: uniqueEmail('owner'),
      password: 'owner-password-2026',
    });
    api.slug = session.organization.slug;
    return api;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('portico_staff='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    const json = (text ? JSON.parse(text) : undefined) as T & { csrf_token?: string };
    if (json?.csrf_token) this.csrf = json.csrf_token;
    return json;
  }

  /** A customer whose one contact is invited to the portal at once. */
  async createInvitedCustomer(input: { name: string; email: string; firstName: string; lastName?: string; language?: string }): Promise<{ id: string; contactId: string }> {
    const customer = await this.call<{ id: string; contact_persons: { id: string }[] }>('POST', '/customers', {
      display_name: input.name,
      portal_language: input.language ?? 'en',
      allow_portal_access: true,
      contact_persons: [{ first_name: input.firstName, last_name: input.lastName ?? 'Tester', email: input.email, is_primary: true }],
    });
    return { id: customer.id, contactId: customer.contact_persons[0]?.id ?? '' };
  }

  updateSettings(settings: Record<string, unknown>): Promise<unknown> {
    return this.call('PATCH', '/portal/settings', settings);
  }
}

/** Staff calls the API can take: the StaffApi, or a signed-in browser's session. */
export type StaffCalls = Pick<StaffApi, 'call'>;

/** A browser signed in as the owner of a new organization, with staff calls through that same session. */
export interface StaffPage extends StaffCalls {
  page: Page;
  slug: string;
  email: string;
}

/** Signs up a new organization from a fresh browser context, through the API (fast), and stays signed in. */
export async function signedUpStaffPage(h: Harness, organizationName: string, ownerName = 'Olivia Owner'): Promise<StaffPage> {
  const page = await h.newPage();
  const email = uniqueEmail('owner');
  const signUp = await page.request.post('/api/v1/organizations', { data: { organization_name: organizationName, name: ownerName, email, password: 'owner-password-2026' } });
  if (signUp.status() !== 201) throw new Error(`sign-up failed: ${signUp.status()} ${await signUp.text()}`);
  const session = (await signUp.json()) as { organization: { slug: string }; csrf_token: string };
  return {
    page,
    slug: session.organization.slug,
    email,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await page.request.fetch(`/api/v1${path}`, { method, headers: { 'x-csrf-token': session.csrf_token }, ...(body === undefined ? {} : { data: body }) });
      const text = await response.text();
      if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

export function portalUrl(h: Harness, slug: string, path = ''): string {
  return `${h.baseUrl}/portal/${slug}${path}`;
}

/** The newest mail to `to` whose link goes to the given portal page (invite, reset-password…). */
export async function linkFromMail(h: Harness, to: string, page: string, skip: string[] = []): Promise<string> {
  const mail = await h.waitForMail(to, (m) => m.text.includes(`/${page}/`) && !skip.some((link) => m.text.includes(link)));
  return linkIn(mail, h.baseUrl);
}

/** Makes every unused link sent to this address expire, as if its time had passed. */
export async function expireLinksOf(h: Harness, email: string): Promise<void> {
  await h.built.ctx.db.updateTable('portal_tokens').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('email', '=', email).where('used_at', 'is', null).execute();
}

/** Opens an invitation, sets the password and waits for the dashboard. */
export async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
}

export async function signIn(page: Page, h: Harness, slug: string, email: string, password: string): Promise<void> {
  await page.goto(portalUrl(h, slug, '/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page, contactName: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${contactName}` }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByText('You have signed out.').waitFor();
}

/** The code an authenticator app shows for the secret at the server's time. */
export function totpCode(h: Harness, secret: string): string {
  return authenticator.clone({ epoch: h.clock.now().getTime() }).generate(secret);
}

/** Moves the server's clock to the authenticator's next 30-second step: each code works only once. */
export function nextTotpStep(h: Harness): void {
  h.clock.advance(30);
}
