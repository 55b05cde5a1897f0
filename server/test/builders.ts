import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from './http-client.ts';

export interface SignedUpStaff {
  client: TestClient;
  organization: { id: string; name: string; slug: string; portal_url: string };
  user: { id: string; email: string; role: string };
}

/** A new organization with its owner, signed in. */
export async function signUpStaff(
  app: FastifyInstance,
  name = `Org ${randomBytes(3).toString('hex')}`,
  ip = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
): Promise<SignedUpStaff> {
  const client = new TestClient(app, ip);
  const email = uniqueEmail('owner');
  const response = await client.post('/api/v1/organizations', { organization_name: name, name: 'Owner Person', email, password: STRONG_PASSWORD });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const body = response.json<Omit<SignedUpStaff, 'client'>>();
  return { client, organization: body.organization, user: { ...body.user, email } };
}

/** Signs the same staff member in again (after the test clock moved past the session's life). */
export async function signInAgain(staff: SignedUpStaff): Promise<void> {
  const response = await staff.client.post('/api/v1/session', { email: staff.user.email, password: STRONG_PASSWORD });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
}

/** The token of the newest portal link of `page` mailed to `to`. */
export function tokenFromMail(mails: { to: string; text: string }[], to: string, page = 'invite'): string {
  const mail = mails.filter((message) => message.to === to).at(-1);
  const match = mail?.text.match(new RegExp(`/${page}/([A-Za-z0-9_-]{20,})`));
  if (!match?.[1]) throw new Error(`no ${page} link mailed to ${to}`);
  return match[1];
}

/** A customer whose single contact (with an email) is the primary one. */
export async function createCustomerWithContact(
  staff: SignedUpStaff,
  options: { portal?: boolean; language?: string; email?: string | null; name?: string } = {},
): Promise<{ customerId: string; contactId: string; email: string | null }> {
  const email = options.email === undefined ? `contact-${randomBytes(4).toString('hex')}@example.test` : options.email;
  const response = await staff.client.post('/api/v1/customers', {
    display_name: options.name ?? `Customer ${randomBytes(3).toString('hex')}`,
    portal_language: options.language ?? 'en',
    allow_portal_access: options.portal ?? false,
    contact_persons: [{ first_name: 'Casey', last_name: 'Contact', email, is_primary: true }],
  });
  if (response.statusCode !== 201) throw new Error(`customer creation failed: ${response.body}`);
  const body = response.json<{ id: string; contact_persons: { id: string }[] }>();
  return { customerId: body.id, contactId: body.contact_persons[0]?.id ?? '', email };
}
