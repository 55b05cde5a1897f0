/**
 * The emailed links and sign-in steps through the typed client: what a link shows before it is used
 * (GET never uses it up), and the POST that uses it and answers the session (`Me`).
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import { queryKeys } from '../../../ui/query/keys.ts';
import type { Me } from '../../app/session.ts';
import type { LinkKind } from '../../components/TokenProblem.tsx';
import { portalClient } from '../../lib/client.ts';

export type Invitation = PortalResponse<'/invitations/{token}', 'get'>;
/** What a reset, sign-in or sign-up link shows before it is used. */
export type LinkPreview = PortalResponse<'/password-reset/{token}', 'get'> & { company_name?: string };
export type SignupBody = PortalBody<'/signup', 'post'>;

/** `linkKeys.detail(kind/token)`: one emailed link. */
export const linkKeys = queryKeys('links');
export const linkKey = (kind: LinkKind, token: string) => linkKeys.detail(`${kind}/${token}`);

/** The links that are read first and then used by a button (an invitation has its own page). */
export type PreviewKind = Exclude<LinkKind, 'invitation'>;

export function fetchLinkPreview(kind: PreviewKind, token: string, signal: AbortSignal): Promise<LinkPreview> {
  const init = { signal, params: { path: { token } } };
  if (kind === 'reset') return portalClient.get('/password-reset/{token}', init);
  if (kind === 'signin') return portalClient.get('/signin-link/{token}', init);
  return portalClient.get('/signup/{token}', init);
}

export function fetchInvitation(token: string, signal: AbortSignal): Promise<Invitation> {
  return portalClient.get('/invitations/{token}', { signal, params: { path: { token } } });
}

export function signIn(body: PortalBody<'/session', 'post'>): Promise<Me> {
  return portalClient.post('/session', { body });
}

export function verifyTwoFactor(code: string): Promise<Me> {
  return portalClient.post('/session/two-factor', { body: { code } });
}

export function signUp(body: SignupBody): Promise<unknown> {
  return portalClient.post('/signup', { body });
}

export function confirmSignup(token: string): Promise<Me> {
  return portalClient.post('/signup/{token}', { params: { path: { token } } });
}

export function openSigninLink(token: string): Promise<Me> {
  return portalClient.post('/signin-link/{token}', { params: { path: { token } } });
}

export function resetPassword(token: string, password: string): Promise<Me> {
  return portalClient.post('/password-reset/{token}', { params: { path: { token } }, body: { password } });
}

export function acceptInvitation(token: string, password: string): Promise<Me> {
  return portalClient.post('/invitations/{token}/accept', { params: { path: { token } }, body: { password } });
}

export function requestPasswordReset(email: string): Promise<unknown> {
  return portalClient.post('/password-reset', { body: { email } });
}

export function requestSigninLink(email: string): Promise<unknown> {
  return portalClient.post('/signin-link', { body: { email } });
}

export type OpenedPortalSession = PortalResponse<'/portal-sessions/{token}', 'post'>;

/** Opens a portal session made by the business's app (once): signs in and answers where to go. */
export function openPortalSession(token: string): Promise<OpenedPortalSession> {
  return portalClient.post('/portal-sessions/{token}', { params: { path: { token } } });
}
