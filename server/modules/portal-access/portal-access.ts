import { contactPermissions, type ContactPermission, type PortalStatus } from '../../../contract/portal.ts';

export function parsePermissions(json: string): ContactPermission[] {
  const values: unknown = JSON.parse(json);
  if (!Array.isArray(values)) return [];
  return contactPermissions.filter((permission) => values.includes(permission));
}

export const allPermissions: readonly ContactPermission[] = contactPermissions;

export interface ContactPortalState {
  portal_enabled: number;
  invited_at: string | null;
  accepted_at: string | null;
  disabled_at: string | null;
}

/**
 * The status staff see on the customer overview. `latestInvitationExpiresAt` is the expiry of the
 * newest unused invitation, if any.
 */
export function portalStatusOf(contact: ContactPortalState, latestInvitationExpiresAt: string | null, now: Date): PortalStatus {
  if (contact.disabled_at && !contact.portal_enabled) return 'disabled';
  if (contact.portal_enabled && contact.accepted_at) return 'accepted';
  if (contact.portal_enabled && contact.invited_at) {
    if (latestInvitationExpiresAt && new Date(latestInvitationExpiresAt).getTime() > now.getTime()) return 'invited';
    return 'expired';
  }
  return 'not_invited';
}
