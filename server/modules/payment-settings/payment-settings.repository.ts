import type { PaymentSettingsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export async function findPaymentSettings(db: Db, organizationId: string): Promise<PaymentSettingsTable | undefined> {
  return db.selectFrom('payment_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
}
