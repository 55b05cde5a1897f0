import type { DocumentForwardsTable } from '../../db/project-tables.ts';
import type { Db } from '../../db/database.ts';

export async function insertDocumentForward(db: Db, row: DocumentForwardsTable): Promise<void> {
  await db.insertInto('document_forwards').values(row).execute();
}
