import type { Db } from '../../db/database.ts';
import type { SubscriptionSettingsTable } from '../../db/subscription-tables.ts';

export async function findSubscriptionSettingsRow(db: Db, organizationId: string): Promise<SubscriptionSettingsTable | undefined> {
  return db.selectFrom('subscription_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
}

/** Writes the whole document in one statement: inserted the first time, replaced after. */
export async function upsertSubscriptionSettingsRow(db: Db, row: SubscriptionSettingsTable): Promise<void> {
  await db
    .insertInto('subscription_settings')
    .values(row)
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ settings: row.settings, updated_at: row.updated_at }))
    .execute();
}
