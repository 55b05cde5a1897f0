import type { Db } from '../../db/database.ts';
import { idKeyset, selectPage, type Page } from '../../db/keyset.ts';
import type { CompanyDetailChangesTable } from '../../db/project-tables.ts';

export type CompanyDetailChangeRow = CompanyDetailChangesTable;

export async function insertCompanyDetailChange(db: Db, row: CompanyDetailChangeRow): Promise<void> {
  await db.insertInto('company_detail_changes').values(row).execute();
}

const changeList = idKeyset<CompanyDetailChangeRow>('company_detail_changes', 'id', (row) => row.id);

/** One page of a customer's changes, newest first (ids are time-ordered). */
export async function listCompanyDetailChangePage(
  db: Db,
  organizationId: string,
  customerId: string,
  paging: { limit: number; cursor?: string | undefined },
): Promise<Page<CompanyDetailChangeRow>> {
  const query = db.selectFrom('company_detail_changes').selectAll().where('organization_id', '=', organizationId).where('customer_id', '=', customerId);
  return selectPage(query, changeList, { sort: '-id', limit: paging.limit, cursor: paging.cursor });
}

/** Whether the customer is the organization's. */
export async function customerExists(db: Db, organizationId: string, customerId: string): Promise<boolean> {
  const row = await db.selectFrom('customers').select('id').where('organization_id', '=', organizationId).where('id', '=', customerId).executeTakeFirst();
  return row !== undefined;
}

/** A staff member's name, or undefined when there is no such staff member. */
export async function findStaffName(db: Db, staffUserId: string): Promise<string | undefined> {
  return (await db.selectFrom('staff_users').select('name').where('id', '=', staffUserId).executeTakeFirst())?.name;
}
