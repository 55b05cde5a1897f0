import { type Kysely } from 'kysely';

/*
 * E-invoices (docs/integrations.md "E-invoices"): what UBL / Peppol BIS 3 and Factur-X need beyond the
 * printed document. The seller's VAT id and country, and both parties' Peppol electronic addresses
 * (endpoint id + ICD scheme); the customer's VAT id is its existing tax_number. A tax may name its
 * UNCL 5305 VAT category (S, Z, E, AE …) and, for exemptions, the reason printed on the e-invoice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('tax_number', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('country_code', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('peppol_endpoint_id', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('peppol_endpoint_scheme', 'text').execute();
  await db.schema.alterTable('customers').addColumn('peppol_endpoint_id', 'text').execute();
  await db.schema.alterTable('customers').addColumn('peppol_endpoint_scheme', 'text').execute();
  await db.schema.alterTable('taxes').addColumn('vat_category', 'text').execute();
  await db.schema.alterTable('taxes').addColumn('exemption_reason', 'text').execute();
}
