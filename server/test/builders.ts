import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { STRONG_PASSWORD, TestClient, uniqueEmail } from './http-client.ts';

export interface SignedUpStaff {
  client: TestClient;
  organization: { id: string; name: string; slug: string; portal_url: string };
  user: { id: string; email: string; role: string };
}

/** A new organization with its owner, signed in. */
export async function signUpStaff(app: FastifyInstance, name = `Org ${randomBytes(3).toString('hex')}`): Promise<SignedUpStaff> {
  const client = new TestClient(app, `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
  const response = await client.post('/api/v1/organizations', {
    organization_name: name,
    name: 'Owner Person',
    email: uniqueEmail('owner'),
    password: STRONG_PASSWORD,
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const body = response.json() as Omit<SignedUpStaff, 'client'>;
  return { client, organization: body.organization, user: body.user };
}
