import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { createGravatarFetcher, gravatarDefaults } from '../../lib/gravatar-fetcher.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { acceptedContact } from '../../test/portal-builders.ts';
import type { TestApp } from '../../test/test-app.ts';
import { gravatarDigest } from './avatar.ts';

/** What the stand-in for Gravatar answers for one digest (as set by each test), and how often it was asked. */
interface Scripted {
  status: number;
  type?: string;
  body?: Buffer;
  delayMs?: number;
}
const scripts = new Map<string, Scripted>();
const asked = new Map<string, number>();
let server: Server;
let baseUrl = '';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');
const MAX_BYTES = 1000;

beforeAll(async () => {
  server = createServer((request, response) => {
    const digest = new URL(request.url ?? '/', 'http://stand-in').pathname.split('/').pop() ?? '';
    const search = new URL(request.url ?? '/', 'http://stand-in').searchParams;
    // Portico must ask for a 404 rather than a generated picture.
    if (search.get('d') !== '404') {
      response.writeHead(400).end();
      return;
    }
    asked.set(digest, (asked.get(digest) ?? 0) + 1);
    const script = scripts.get(digest) ?? { status: 404 };
    const answer = () => {
      if (response.destroyed) return;
      response.writeHead(script.status, script.type ? { 'content-type': script.type } : {}).end(script.body);
    };
    if (script.delayMs) setTimeout(answer, script.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/avatar`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function useStandIn(t: TestApp): void {
  t.ctx.avatarFetcher = createGravatarFetcher({ baseUrl, timeoutMs: 300, maxBytes: MAX_BYTES });
}

// Sessions that outlive the day the cache keeps a picture, so one contact sees it refreshed.
const week = String(7 * 24 * 60 * 60);
describeOnEachDialect('portal avatars served by Portico', { config: { SESSION_IDLE_TIMEOUT: week, SESSION_ABSOLUTE_TIMEOUT: week } }, (it) => {
  it('asks Gravatar with a two-second deadline, for at most 200 KB', () => {
    expect(gravatarDefaults).toMatchObject({ baseUrl: 'https://www.gravatar.com/avatar', timeoutMs: 2000, maxBytes: 200 * 1024 });
  });

  it('points me at Portico, serves the picture from the cache for a day and asks again after it', async ({ t, staff, clock }) => {
    useStandIn(t);
    const contact = await acceptedContact(t, staff);
    const digest = gravatarDigest(contact.email);
    scripts.set(digest, { status: 200, type: 'image/png', body: PNG });
    const me = (await contact.client.get(`${contact.api}/me`)).json();
    expect(me.contact.avatar_url).toMatch(new RegExp(`^/portal/${staff.organization.slug}/api/avatars/[0-9a-f]{32}$`));
    expect(me.contact.avatar_url).not.toContain(digest);

    const first = await contact.client.get(me.contact.avatar_url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(first.headers['cache-control']).toBe('private, max-age=86400');
    expect(first.rawPayload.equals(PNG)).toBe(true);
    expect(asked.get(digest)).toBe(1);

    // A cache hit: Gravatar isn't asked, even once its picture changed.
    scripts.set(digest, { status: 200, type: 'image/jpeg', body: JPEG });
    clock.advance(23 * 60 * 60);
    const hit = await contact.client.get(me.contact.avatar_url);
    expect(hit.rawPayload.equals(PNG)).toBe(true);
    expect(asked.get(digest)).toBe(1);

    clock.advance(60 * 60);
    const refreshed = await contact.client.get(me.contact.avatar_url);
    expect(refreshed.headers['content-type']).toBe('image/jpeg');
    expect(refreshed.rawPayload.equals(JPEG)).toBe(true);
    expect(asked.get(digest)).toBe(2);
  });

  it('answers 404 when Gravatar has no picture, and caches that too', async ({ t, staff, clock }) => {
    useStandIn(t);
    const contact = await acceptedContact(t, staff);
    const digest = gravatarDigest(contact.email);
    const url = (await contact.client.get(`${contact.api}/me`)).json().contact.avatar_url;
    const missing = await contact.client.get(url);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('private, max-age=3600');
    expect((await contact.client.get(url)).statusCode).toBe(404);
    expect(asked.get(digest)).toBe(1);
    // A picture added at Gravatar shows after the day.
    scripts.set(digest, { status: 200, type: 'image/jpeg', body: JPEG });
    clock.advance(24 * 60 * 60);
    expect((await contact.client.get(url)).statusCode).toBe(200);
    expect(asked.get(digest)).toBe(2);
  });

  it('serves no picture of another type or past the size limit', async ({ t, staff }) => {
    useStandIn(t);
    const svg = await acceptedContact(t, staff);
    scripts.set(gravatarDigest(svg.email), { status: 200, type: 'image/svg+xml', body: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    const svgUrl = (await svg.client.get(`${svg.api}/me`)).json().contact.avatar_url;
    expect((await svg.client.get(svgUrl)).statusCode).toBe(404);

    const big = await acceptedContact(t, staff);
    scripts.set(gravatarDigest(big.email), { status: 200, type: 'image/png', body: Buffer.alloc(MAX_BYTES + 1, 1) });
    const bigUrl = (await big.client.get(`${big.api}/me`)).json().contact.avatar_url;
    expect((await big.client.get(bigUrl)).statusCode).toBe(404);
    expect((await big.client.get(bigUrl)).statusCode).toBe(404);
    expect(asked.get(gravatarDigest(big.email))).toBe(1);
  });

  it('gives up after the deadline, keeps serving a picture it had, and asks again soon when it had none', async ({ t, staff, clock }) => {
    useStandIn(t);
    const contact = await acceptedContact(t, staff);
    const digest = gravatarDigest(contact.email);
    const url = (await contact.client.get(`${contact.api}/me`)).json().contact.avatar_url;
    scripts.set(digest, { status: 200, type: 'image/png', body: PNG, delayMs: 1500 });
    const started = Date.now();
    expect((await contact.client.get(url)).statusCode).toBe(404);
    expect(Date.now() - started).toBeLessThan(1200);
    // Not asked again for a few minutes…
    clock.advance(60);
    expect((await contact.client.get(url)).statusCode).toBe(404);
    expect(asked.get(digest)).toBe(1);
    // …then it answers.
    scripts.set(digest, { status: 200, type: 'image/png', body: PNG });
    clock.advance(5 * 60);
    expect((await contact.client.get(url)).rawPayload.equals(PNG)).toBe(true);
    // A day later Gravatar is down: the cached picture is still served.
    scripts.set(digest, { status: 503 });
    clock.advance(25 * 60 * 60);
    const stale = await contact.client.get(url);
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(PNG)).toBe(true);
    expect(asked.get(digest)).toBe(3);
  });

  it('with Gravatar off, me has no avatar and the route serves none, without asking Gravatar', async ({ t, staff }) => {
    useStandIn(t);
    const contact = await acceptedContact(t, staff);
    const digest = gravatarDigest(contact.email);
    scripts.set(digest, { status: 200, type: 'image/png', body: PNG });
    const url = (await contact.client.get(`${contact.api}/me`)).json().contact.avatar_url;
    const off = await staff.client.patch('/api/v1/portal/settings', { gravatar_enabled: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().gravatar_enabled).toBe(false);
    // Changing another setting leaves it off.
    expect((await staff.client.patch('/api/v1/portal/settings', { show_projects: true })).json().gravatar_enabled).toBe(false);
    expect((await contact.client.get(`${contact.api}/me`)).json().contact.avatar_url).toBeNull();
    expect((await contact.client.get(url)).statusCode).toBe(404);
    expect(asked.get(digest)).toBeUndefined();
  });

  it('serves only the signed-in contact’s own picture, only in its own portal', async ({ t, staff }) => {
    useStandIn(t);
    const ada = await acceptedContact(t, staff);
    const bob = await acceptedContact(t, staff);
    scripts.set(gravatarDigest(bob.email), { status: 200, type: 'image/png', body: PNG });
    const bobUrl: string = (await bob.client.get(`${bob.api}/me`)).json().contact.avatar_url;
    expect((await ada.client.get(bobUrl)).statusCode).toBe(404);
    expect((await ada.client.get(`${ada.api}/avatars/${'0'.repeat(32)}`)).statusCode).toBe(404);
    expect((await ada.client.get(`${ada.api}/avatars/not-a-key`)).statusCode).toBe(400);

    const other = await signUpStaff(t.app);
    const key = bobUrl.split('/').pop() ?? '';
    expect((await bob.client.get(`/portal/${other.organization.slug}/api/avatars/${key}`)).statusCode).toBe(401);
    expect((await bob.client.get(`/portal/no-such-portal-${Date.now()}/api/avatars/${key}`)).statusCode).toBe(404);

    const signedOut = await t.app.inject({ method: 'GET', url: bobUrl });
    expect(signedOut.statusCode).toBe(401);
    expect(asked.get(gravatarDigest(bob.email))).toBeUndefined();
  });
});
