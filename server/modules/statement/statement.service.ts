import { supportedLanguages, type Language } from '../../../contract/portal.ts';
import type { AppContext, RequestMeta } from '../../context.ts';
import type { CustomerRow, Db, OrganizationRow } from '../../db/database.ts';
import { isoNow } from '../../lib/clock.ts';
import { loadLogo } from '../../pdf/pdf-logo.ts';
import { renderStatementPdf } from '../../pdf/statement-pdf.ts';
import { recordPortalEvent } from '../activity/activity.service.ts';
import { getCustomer } from '../customer/customer.service.ts';
import { contactActorName } from '../portal-access/contact-actor.service.ts';
import type { Address } from '../customer/customer.schemas.ts';
import { findOrganization } from '../organization/organization.service.ts';
import { organizationToday, todayOfOrganization } from '../organization/organization-today.ts';
import { resolvePeriod, type PeriodRequest } from './statement-period.ts';
import * as repo from './statement.repository.ts';
import type { StatementResponse } from './statement.schemas.ts';
import { buildPeriodStatement } from './statement.ts';

export async function getStatementCustomer(ctx: AppContext, db: Db, organizationId: string, customerId: string): Promise<CustomerRow> {
  return getCustomer(ctx, db, organizationId, customerId);
}

/**
 * The statement of one customer for a period, in the customer's currency. It reads what the period
 * needs (its movements, and the invoices that may owe at its end), never the whole history, so its cost
 * follows the period and what is open, not the years behind it (docs/performance.md, "Statements").
 */
export async function statementOf(ctx: AppContext, db: Db, customer: CustomerRow, request: PeriodRequest): Promise<StatementResponse> {
  const today = await organizationToday(ctx, customer.organization_id, db);
  const range = resolvePeriod(request, today);
  const scope = { organizationId: customer.organization_id, customerId: customer.id, currency: customer.currency, to: range.to };
  const window = repo.refundWindow(range.from, range.to);
  const [invoices, allocations, credits, refundRows, candidates, organization] = await Promise.all([
    repo.listPeriodInvoices(db, scope, range.from),
    repo.listPeriodAllocations(db, scope, range.from),
    repo.listPeriodCredits(db, scope, range.from),
    repo.listWindowRefunds(db, scope, window),
    repo.listAgeingCandidates(db, scope, window.since),
    findOrganization(db, customer.organization_id),
  ]);
  const refunds = datedRefunds(refundRows, organization?.time_zone ?? 'UTC');
  const figures = buildPeriodStatement({ ...range, today, invoices, allocations, credits, refunds, candidates });
  return { customer: { id: customer.id, display_name: customer.display_name }, currency: customer.currency, ...figures };
}

/** Each refund on the day it completed on the organization's calendar. */
export function datedRefunds<T extends repo.StatementRefundRow>(rows: T[], timeZone: string): (Omit<T, 'completed_at'> & { refunded_on: string })[] {
  return rows.map(({ completed_at, ...row }) => ({ ...row, refunded_on: todayOfOrganization({ time_zone: timeZone }, new Date(completed_at)) }));
}

function addressLines(json: string | null): string[] {
  if (!json) return [];
  const address = JSON.parse(json) as Address;
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.attention, address.street, cityLine, address.state, address.country].filter((line): line is string => Boolean(line && line.trim()));
}

export function statementLanguage(customer: CustomerRow): Language {
  return (supportedLanguages as readonly string[]).includes(customer.portal_language) ? (customer.portal_language as Language) : 'en';
}

/** The statement as a PDF in the customer's language, with the organization's letterhead. */
export async function renderCustomerStatementPdf(ctx: AppContext, organization: OrganizationRow, customer: CustomerRow, statement: StatementResponse): Promise<Buffer> {
  return renderStatementPdf({
    language: statementLanguage(customer),
    currency: statement.currency,
    organization: {
      name: organization.name,
      address: organization.address,
      email: organization.email,
      phone: organization.phone,
      website: organization.website,
      brandColor: organization.brand_color,
      logo: await loadLogo(organization.logo_url, ctx.clock.now().getTime()),
    },
    customer: { name: customer.company_name ?? customer.display_name, addressLines: addressLines(customer.billing_address) },
    generatedAt: isoNow(ctx.clock),
    from: statement.from,
    to: statement.to,
    openingBalanceMinor: statement.opening_balance_minor,
    entries: statement.entries.map((entry) => ({
      date: entry.date,
      type: entry.type,
      number: entry.number,
      description: entry.description || null,
      amountMinor: entry.amount_minor,
      balanceMinor: entry.balance_minor,
    })),
    closingBalanceMinor: statement.closing_balance_minor,
    invoicedMinor: statement.invoiced_minor,
    paidMinor: statement.paid_minor,
    creditedMinor: statement.credited_minor,
    refundedMinor: statement.refunded_minor,
    ageing: {
      currentMinor: statement.ageing.current_minor,
      days1To30Minor: statement.ageing.days_1_30_minor,
      days31To60Minor: statement.ageing.days_31_60_minor,
      days61To90Minor: statement.ageing.days_61_90_minor,
      over90Minor: statement.ageing.over_90_minor,
    },
  });
}

/** `statement-acme-2026-11-01-2026-11-30.pdf`: safe in a Content-Disposition header and a mail. */
export function statementFilename(customer: CustomerRow, statement: Pick<StatementResponse, 'from' | 'to'>): string {
  const slug = customer.display_name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return `statement-${slug || 'customer'}-${statement.from}-${statement.to}.pdf`;
}

/**
 * The signed-in contact's statement as a PDF; the download is recorded as an activity (staff are
 * notified) once the PDF is rendered.
 */
export async function downloadPortalStatement(
  ctx: AppContext,
  organization: OrganizationRow,
  contact: { organizationId: string; customerId: string | null; contactPersonId: string | null },
  request: PeriodRequest,
  meta: RequestMeta,
): Promise<{ filename: string; pdf: Buffer }> {
  const customer = await getStatementCustomer(ctx, ctx.db, contact.organizationId, contact.customerId ?? '');
  const statement = await statementOf(ctx, ctx.db, customer, request);
  const pdf = await renderCustomerStatementPdf(ctx, organization, customer, statement);
  await ctx.db.transaction().execute(async (trx) => {
    const actorName = await contactActorName(trx, contact.contactPersonId);
    await recordPortalEvent(
      ctx,
      trx,
      organization,
      {
        type: 'portal.statement_downloaded',
        module: 'statement',
        action: 'statement_downloaded',
        customerId: customer.id,
        contactPersonId: contact.contactPersonId,
        actorName,
        message: { code: 'statement.downloaded', params: { actor: actorName, customer: customer.display_name, from: statement.from, to: statement.to } },
        link: `/admin/customers/${customer.id}`,
        details: { from: statement.from, to: statement.to, closing_balance_minor: statement.closing_balance_minor, currency: statement.currency },
      },
      meta,
    );
  });
  return { filename: statementFilename(customer, statement), pdf };
}
