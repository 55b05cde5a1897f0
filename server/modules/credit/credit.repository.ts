import type { CreditApplicationsTable, DocumentsTable } from '../../db/billing-tables.ts';
import type { Db } from '../../db/database.ts';

export async function findCreditNote(db: Db, organizationId: string, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).where('kind', '=', 'credit_note').executeTakeFirst();
}

export async function insertCreditApplication(db: Db, row: CreditApplicationsTable): Promise<void> {
  await db.insertInto('credit_applications').values(row).execute();
}
