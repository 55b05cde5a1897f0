import { type Kysely } from 'kysely';

/*
 * API keys get finer scopes (documents and payments apart from customers, webhooks), an expiry, the address
 * of their last use and rotation. Keys made before keep everything they could do: documents, statements,
 * payments and refunds were reached with customers.*, so customers.read also grants documents.read and
 * payments.read, and customers.write documents.write and payments.write. The scope names are written out
 * here, not imported, so that this migration stays as it is when the list changes later.
 */
const widened: Readonly<Record<string, readonly string[]>> = {
  'customers.read': ['customers.read', 'documents.read', 'payments.read'],
  'customers.write': ['customers.write', 'documents.write', 'payments.write'],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').addColumn('last_used_ip', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_keys').addColumn('rotated_to_id', 'text').execute();

  const keys = (await db.selectFrom('api_keys').select(['id', 'scopes']).execute()) as { id: string; scopes: string }[];
  for (const key of keys) {
    const before = JSON.parse(key.scopes) as string[];
    const after = [...new Set(before.flatMap((scope) => widened[scope] ?? [scope]))];
    if (after.length !== before.length) {
      await db.updateTable('api_keys').set({ scopes: JSON.stringify(after) }).where('id', '=', key.id).execute();
    }
  }
}
