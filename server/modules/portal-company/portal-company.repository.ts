import type { CustomerUpdate, Db } from '../../db/database.ts';

/** Writes the company details a contact may change: name, phone and addresses. */
export async function updateCompanyDetails(
  db: Db,
  organizationId: string,
  customerId: string,
  changes: Pick<CustomerUpdate, 'company_name' | 'phone' | 'billing_address' | 'shipping_address' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('customers').set(changes).where('organization_id', '=', organizationId).where('id', '=', customerId).execute();
}
