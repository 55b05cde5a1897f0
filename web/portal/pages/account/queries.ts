/**
 * The signed-in person's own account through the typed client: profile, language, password and
 * two-factor. Each change answers the session (`Me`), which the portal keeps as the new state.
 */
import type { PortalBody, PortalResponse } from '../../../ui/api/paths.ts';
import type { Me } from '../../app/session.ts';
import { portalClient } from '../../lib/client.ts';

export type MeUpdate = PortalBody<'/me', 'patch'>;
export type TwoFactorSetup = PortalResponse<'/me/two-factor/setup', 'post'>;
export type RecoveryCodes = PortalResponse<'/me/two-factor/confirm', 'post'>;

export function updateMe(body: MeUpdate): Promise<Me> {
  return portalClient.patch('/me', { body });
}

export function changePassword(body: PortalBody<'/me/password', 'put'>): Promise<Me> {
  return portalClient.put('/me/password', { body });
}

/** A new secret each time: asked once per enrolment. */
export function startTwoFactorSetup(): Promise<TwoFactorSetup> {
  return portalClient.post('/me/two-factor/setup');
}

export function confirmTwoFactor(code: string): Promise<RecoveryCodes> {
  return portalClient.post('/me/two-factor/confirm', { body: { code } });
}

export function regenerateRecoveryCodes(code: string): Promise<RecoveryCodes> {
  return portalClient.post('/me/two-factor/recovery-codes', { body: { code } });
}

export function disableTwoFactor(code: string): Promise<Me> {
  return portalClient.delete('/me/two-factor', { body: { code } });
}
