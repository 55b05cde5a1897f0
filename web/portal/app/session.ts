/**
 * The portal's session through the typed client: who is signed in (`Me`, the answer of every sign-in
 * step), the business's public branding, and the query key of the session check.
 */
import type { PortalResponse } from '../../ui/api/paths.ts';
import { portalClient } from '../lib/client.ts';

/** Public branding of the portal (GET /portal), readable before sign-in. */
export type Branding = PortalResponse<'/portal', 'get'>;
/** How to reach the business, as the branding and the dashboard give it. */
export type ContactDetails = Branding['contact'];
/** The signed-in person as every sign-in step answers it. */
export type Me = PortalResponse<'/me', 'get'>;
export type SessionState = Me['state'];

/** The session check; outside every concept's keys, so dropping one account's data keeps it. */
export const sessionKeys = {
  all: ['session'] as const,
  me: () => ['session', 'me'] as const,
};

export function fetchBranding(): Promise<Branding> {
  return portalClient.get('/portal');
}

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return portalClient.get('/me', { signal });
}

/** Moves the session to another customer account of the same person. */
export function switchAccount(contactPersonId: string): Promise<Me> {
  return portalClient.put('/me/account', { body: { contact_person_id: contactPersonId } });
}
