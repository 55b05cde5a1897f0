import type { PaymentSettingsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export async function findPaymentSettingsRow(db: Db, organizationId: string): Promise<PaymentSettingsTable | undefined> {
  return db.selectFrom('payment_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
}

/** Writes the whole row in one statement: inserted the first time, replaced after. */
export async function upsertPaymentSettingsRow(db: Db, row: PaymentSettingsTable): Promise<void> {
  const { organization_id: _organizationId, ...changes } = row;
  await db
    .insertInto('payment_settings')
    .values(row)
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(changes))
    .execute();
}
