import type { ActivityRow, Db } from '../../db/database.ts';
import { preparedQuery } from '../../db/prepared.ts';

export interface ContactDetailsChange {
  first_name?: string;
  last_name?: string;
  phone?: string | null;
  updated_at: string;
}

/** Actions that start a session; the dashboard's banner shows until one of them is older than the session. */
const signInActions = ['signin', 'invitation_accepted', 'signup'];

const signedInBeforeQuery = preparedQuery((db, param) =>
  db
    .selectFrom('activities')
    .innerJoin('contact_persons', 'contact_persons.id', 'activities.contact_person_id')
    .select('activities.id')
    .where('activities.organization_id', '=', param<string>('organizationId'))
    .where('contact_persons.organization_id', '=', param<string>('organizationId'))
    .where('contact_persons.email', '=', param<string>('email'))
    .where('activities.module', '=', 'portal')
    .where('activities.action', 'in', signInActions)
    .where('activities.created_at', '<', param<string>('before'))
    .limit(1),
);

/** Whether the person (any contact with this email) had signed in to the portal before `before`. */
export async function hasSignedInBefore(db: Db, organizationId: string, email: string, before: string): Promise<boolean> {
  const rows = await signedInBeforeQuery(db, { organizationId, email, before });
  return rows.length > 0;
}

const recentActivityQuery = preparedQuery((db, param) =>
  db
    .selectFrom('activities')
    .selectAll()
    .where('organization_id', '=', param<string>('organizationId'))
    .where('customer_id', '=', param<string>('customerId'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(param<number>('limit')),
);

export async function listRecentActivity(db: Db, organizationId: string, customerId: string, limit: number): Promise<ActivityRow[]> {
  return recentActivityQuery(db, { organizationId, customerId, limit });
}

export async function setSessionAccount(db: Db, sessionId: string, contactPersonId: string): Promise<void> {
  await db.updateTable('sessions').set({ contact_person_id: contactPersonId }).where('id', '=', sessionId).execute();
}

/** The contact's own name and phone, as the person edits them in the portal. */
export async function updateContactDetails(db: Db, contactPersonId: string, changes: ContactDetailsChange): Promise<void> {
  await db.updateTable('contact_persons').set(changes).where('id', '=', contactPersonId).execute();
}
