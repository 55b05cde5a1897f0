import type { AppContext } from '../../context.ts';
import { eachPage } from '../../db/keyset.ts';
import { CSV_EXPORT_PAGE_SIZE, csvChunks, type CsvColumn } from '../../lib/csv.ts';
import { presentContacts, presentCustomerSummaries } from './customer.presenter.ts';
import type { ContactPersonResponse } from './customer.schemas.ts';
import { listContactPersons, listCustomers } from './customer.service.ts';

type CustomerSummary = Awaited<ReturnType<typeof presentCustomerSummaries>>[number];

/** The columns of customers.csv, documented in docs/api.md "CSV export". */
export const customerCsvColumns: CsvColumn<CustomerSummary>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'external_id', value: (c) => c.external_id },
  { header: 'display_name', value: (c) => c.display_name },
  { header: 'company_name', value: (c) => c.company_name },
  { header: 'email', value: (c) => c.email },
  { header: 'currency', value: (c) => c.currency },
  { header: 'portal_language', value: (c) => c.portal_language },
  { header: 'allow_bank_payments', value: (c) => c.allow_bank_payments },
  { header: 'primary_contact_id', value: (c) => c.primary_contact?.id },
  { header: 'primary_contact_name', value: (c) => c.primary_contact?.name },
  { header: 'primary_contact_email', value: (c) => c.primary_contact?.email },
  { header: 'portal_active_count', value: (c) => c.portal_active_count },
  { header: 'created_at', value: (c) => c.created_at },
  { header: 'updated_at', value: (c) => c.updated_at },
];

/** The columns of contact-persons.csv. */
export const contactCsvColumns: CsvColumn<ContactPersonResponse>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'external_id', value: (c) => c.external_id },
  { header: 'customer_id', value: (c) => c.customer_id },
  { header: 'first_name', value: (c) => c.first_name },
  { header: 'last_name', value: (c) => c.last_name },
  { header: 'name', value: (c) => c.name },
  { header: 'email', value: (c) => c.email },
  { header: 'phone', value: (c) => c.phone },
  { header: 'is_primary', value: (c) => c.is_primary },
  { header: 'portal_status', value: (c) => c.portal.status },
  { header: 'created_at', value: (c) => c.created_at },
  { header: 'updated_at', value: (c) => c.updated_at },
];

/** Every customer the filters match, as CSV chunks, in the JSON list's order. */
export function customersCsv(ctx: AppContext, organizationId: string, filter: { search?: string | undefined; updated_since?: string | undefined }): AsyncIterable<string> {
  const pages = async function* () {
    for await (const rows of eachPage((cursor) => listCustomers(ctx, organizationId, { ...filter, limit: CSV_EXPORT_PAGE_SIZE, cursor }))) {
      yield await presentCustomerSummaries(ctx.db, rows);
    }
  };
  return csvChunks(customerCsvColumns, pages());
}

/** Every contact person the filters match, as CSV chunks, in the JSON list's order. */
export function contactPersonsCsv(ctx: AppContext, organizationId: string, filter: { updated_since?: string | undefined }): AsyncIterable<string> {
  const pages = async function* () {
    for await (const rows of eachPage((cursor) => listContactPersons(ctx, organizationId, { ...filter, limit: CSV_EXPORT_PAGE_SIZE, cursor }))) {
      yield await presentContacts(ctx, ctx.db, rows);
    }
  };
  return csvChunks(contactCsvColumns, pages());
}
