import { authenticator } from 'otplib';
import { randomInt } from 'node:crypto';
import { createCustomerWithContact, tokenFromMail, type SignedUpStaff } from './builders.ts';
import { TestClient } from './http-client.ts';
import type { TestApp } from './test-app.ts';

/** A browser from its own address, so that per-IP limits of one test never touch another. */
export function newBrowser(t: TestApp): TestClient {
  return new TestClient(t.app, `10.${randomInt(2, 250)}.${randomInt(0, 250)}.${randomInt(1, 250)}`);
}

export function portalApi(staff: SignedUpStaff): string {
  return `/portal/${staff.organization.slug}/api`;
}

export const CONTACT_PASSWORD = 'violet tiger climbs quietly';

export interface InvitedContact {
  customerId: string;
  contactId: string;
  email: string;
  token: string;
}

/** A new customer whose primary contact is invited by staff; the token comes from the mailed link. */
export async function inviteContact(
  t: TestApp,
  staff: SignedUpStaff,
  options: { language?: string; email?: string; name?: string } = {},
): Promise<InvitedContact> {
  const created = await createCustomerWithContact(staff, { portal: true, ...options });
  if (!created.email) throw new Error('an invited contact needs an email');
  // Portico keeps addresses lowercased.
  const email = created.email.toLowerCase();
  return { ...created, email, token: tokenFromMail(await t.deliverMail(), email) };
}

export interface SignedInContact extends InvitedContact {
  client: TestClient;
  api: string;
  password: string;
}

/** An invited contact who accepted (password set) and is signed in with its own browser. */
export async function acceptedContact(
  t: TestApp,
  staff: SignedUpStaff,
  options: { language?: string; email?: string; name?: string } = {},
): Promise<SignedInContact> {
  const invited = await inviteContact(t, staff, options);
  const client = newBrowser(t);
  const api = portalApi(staff);
  const response = await client.post(`${api}/invitations/${invited.token}/accept`, { password: CONTACT_PASSWORD });
  if (response.statusCode !== 200) throw new Error(`accepting the invitation failed: ${response.body}`);
  return { ...invited, client, api, password: CONTACT_PASSWORD };
}

/** The code an authenticator app shows at the test clock's time. */
export function totpCode(t: TestApp, secret: string): string {
  return authenticator.clone({ epoch: t.clock.now().getTime() }).generate(secret);
}

/** Turns two-factor on for a signed-in contact; answers the secret and the recovery codes. */
export async function enrolTwoFactor(t: TestApp, contact: { client: TestClient; api: string }): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await contact.client.post(`${contact.api}/me/two-factor/setup`);
  if (setup.statusCode !== 200) throw new Error(`two-factor setup failed: ${setup.body}`);
  const secret = setup.json<{ secret: string }>().secret;
  const confirm = await contact.client.post(`${contact.api}/me/two-factor/confirm`, { code: totpCode(t, secret) });
  if (confirm.statusCode !== 200) throw new Error(`two-factor confirm failed: ${confirm.body}`);
  // The next code must come from a later time step: each step's code works once.
  t.clock.advance(30);
  return { secret, recoveryCodes: confirm.json<{ recovery_codes: string[] }>().recovery_codes };
}

/** Every mail sent so far to `to`. */
export function mailsTo(mails: { to: string; subject: string; text: string }[], to: string) {
  return mails.filter((mail) => mail.to === to);
}
