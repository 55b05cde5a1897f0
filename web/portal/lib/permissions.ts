import type { ContactPermission } from '../../../contract/portal.ts';
import type { Me } from '../app/session.ts';

/** Whether the signed-in contact may do something; the server refuses it anyway when not. */
export function can(me: Me | null | undefined, permission: ContactPermission): boolean {
  return me?.contact?.permissions.includes(permission) ?? false;
}
