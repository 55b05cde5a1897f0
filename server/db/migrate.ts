import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.ts';
import * as createPortalFoundation from './migrations/2026-11-25T1000_create_portal_foundation.ts';
import * as createBillingDocuments from './migrations/2026-11-25T1400_create_billing_documents.ts';
import * as addEmailAttachments from './migrations/2026-11-25T1500_add_email_attachments.ts';
import * as indexDocumentsByDate from './migrations/2026-11-25T1600_index_documents_by_date.ts';
import * as storeMessagesAsCodes from './migrations/2026-12-01T1200_store_messages_as_codes.ts';
import * as documentVersionsAndAmountChecks from './migrations/2026-12-01T1300_document_versions_and_amount_checks.ts';
import * as organizationTimeZone from './migrations/2026-12-01T1400_organization_time_zone.ts';
import * as onlinePayments from './migrations/2026-12-02T1000_online_payments.ts';
import * as testGateway from './migrations/2026-12-02T1100_test_gateway.ts';
import * as portalReadIndexes from './migrations/2026-12-03T0900_portal_read_indexes.ts';
import * as statementIndexes from './migrations/2026-12-03T1000_statement_indexes.ts';
import * as ordersAndStock from './migrations/2026-12-04T0900_orders_and_stock.ts';
import * as subscriptions from './migrations/2026-12-05T0900_subscriptions.ts';
import * as projectsReviewsForwards from './migrations/2026-12-06T0900_projects_reviews_forwards.ts';
import * as activityDailyCounts from './migrations/2026-12-06T1300_activity_daily_counts.ts';
import * as portalSessions from './migrations/2026-12-07T0900_portal_sessions.ts';
import * as apiKeyScopes from './migrations/2026-12-07T1000_api_key_scopes.ts';
import * as outgoingWebhooks from './migrations/2026-12-07T1100_outgoing_webhooks.ts';
import * as avatarCache from './migrations/2026-12-07T1200_avatar_cache.ts';
import * as externalIds from './migrations/2026-12-07T1300_external_ids.ts';
import * as customDomains from './migrations/2026-12-08T0900_custom_domains.ts';
import * as eInvoices from './migrations/2026-12-08T1000_e_invoices.ts';
import * as csvImports from './migrations/2026-12-08T1100_csv_imports.ts';
import * as moreExternalIds from './migrations/2026-12-08T1200_more_external_ids.ts';
import * as paymentsUpdatedAt from './migrations/2026-12-08T1400_payments_updated_at.ts';

/** Listed explicitly (not read from disk) so that they run the same under tsx, vitest and a bundle. */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-25T1000_create_portal_foundation': createPortalFoundation,
  '2026-11-25T1400_create_billing_documents': createBillingDocuments,
  '2026-11-25T1500_add_email_attachments': addEmailAttachments,
  '2026-11-25T1600_index_documents_by_date': indexDocumentsByDate,
  '2026-12-01T1200_store_messages_as_codes': storeMessagesAsCodes,
  '2026-12-01T1300_document_versions_and_amount_checks': documentVersionsAndAmountChecks,
  '2026-12-01T1400_organization_time_zone': organizationTimeZone,
  '2026-12-02T1000_online_payments': onlinePayments,
  '2026-12-02T1100_test_gateway': testGateway,
  '2026-12-03T0900_portal_read_indexes': portalReadIndexes,
  '2026-12-03T1000_statement_indexes': statementIndexes,
  '2026-12-04T0900_orders_and_stock': ordersAndStock,
  '2026-12-05T0900_subscriptions': subscriptions,
  '2026-12-06T0900_projects_reviews_forwards': projectsReviewsForwards,
  '2026-12-06T1300_activity_daily_counts': activityDailyCounts,
  '2026-12-07T0900_portal_sessions': portalSessions,
  '2026-12-07T1000_api_key_scopes': apiKeyScopes,
  '2026-12-07T1100_outgoing_webhooks': outgoingWebhooks,
  '2026-12-07T1200_avatar_cache': avatarCache,
  '2026-12-07T1300_external_ids': externalIds,
  '2026-12-08T0900_custom_domains': customDomains,
  '2026-12-08T1000_e_invoices': eInvoices,
  '2026-12-08T1100_csv_imports': csvImports,
  '2026-12-08T1200_more_external_ids': moreExternalIds,
  '2026-12-08T1400_payments_updated_at': paymentsUpdatedAt,
};

/**
 * Migrations only go forward: Kysely is given each one's `up` alone, so nothing can run one backwards
 * (a mistake is corrected by a new migration). A database newer than this code (it has run a migration
 * this list lacks) is refused by Kysely rather than guessed at.
 */
export function forwardOnly(list: Readonly<Record<string, Migration>>): MigrationProvider {
  return { getMigrations: async () => Object.fromEntries(Object.entries(list).map(([name, migration]): [string, Migration] => [name, { up: (db) => migration.up(db) }])) };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: forwardOnly(migrations) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
