import { carrierName, isKnownCarrier, knownCarrierCodes, knownCarriers, trackingUrl } from '../../../contract/carriers.ts';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { CarrierTemplatesTable } from '../../db/order-tables.ts';
import { isoNow } from '../../lib/clock.ts';
import { deleteCarrierTemplate, listCarrierTemplates, upsertCarrierTemplate } from './shipment.repository.ts';
import type { CarrierResponse, PutCarrierBody } from './shipment.schemas.ts';

/** An organization's carriers: the templates and names it set, keyed by carrier code. */
export interface OrganizationCarriers {
  templates: ReadonlyMap<string, string>;
  names: Readonly<Record<string, string>>;
}

export function carriersOf(rows: readonly CarrierTemplatesTable[]): OrganizationCarriers {
  return {
    templates: new Map(rows.map((row) => [row.carrier, row.tracking_url_template])),
    names: Object.fromEntries(rows.map((row) => [row.carrier, row.name])),
  };
}

export async function loadCarriers(db: Db, organizationId: string): Promise<OrganizationCarriers> {
  return carriersOf(await listCarrierTemplates(db, organizationId));
}

/** The tracking link and carrier name of a package as the organization's carriers make them. */
export function trackingOf(carriers: OrganizationCarriers, pkg: { carrier: string | null; tracking_number: string | null }): { carrier_name: string | null; tracking_url: string | null } {
  if (!pkg.carrier) return { carrier_name: null, tracking_url: null };
  return { carrier_name: carrierName(pkg.carrier, carriers.names), tracking_url: trackingUrl(pkg.carrier, pkg.tracking_number, carriers.templates) };
}

function present(carrier: string, row: CarrierTemplatesTable | undefined): CarrierResponse {
  const fallback = isKnownCarrier(carrier) ? knownCarriers[carrier].trackingUrlTemplate : null;
  return {
    carrier,
    name: row?.name ?? carrierName(carrier),
    tracking_url_template: row?.tracking_url_template ?? fallback,
    default_template: fallback,
    customized: row !== undefined,
  };
}

/** The known carriers (with the organization's overrides), then the organization's own carriers. */
export async function listCarriers(ctx: AppContext, organizationId: string): Promise<{ data: CarrierResponse[] }> {
  const rows = await listCarrierTemplates(ctx.db, organizationId);
  const byCarrier = new Map(rows.map((row) => [row.carrier, row]));
  const own = rows.filter((row) => !isKnownCarrier(row.carrier)).map((row) => row.carrier);
  return { data: [...knownCarrierCodes, ...own].map((carrier) => present(carrier, byCarrier.get(carrier))) };
}

/**
 * Sets a carrier's tracking URL template (and name) for the organization; a null template goes back
 * to Portico's default, or removes a carrier of the organization's own. Packages answer the new link
 * at once: it is built when read, never stored.
 */
export async function putCarrier(ctx: AppContext, organizationId: string, input: PutCarrierBody): Promise<CarrierResponse> {
  if (input.tracking_url_template === null) {
    await deleteCarrierTemplate(ctx.db, organizationId, input.carrier);
    return present(input.carrier, undefined);
  }
  const row: CarrierTemplatesTable = {
    organization_id: organizationId,
    carrier: input.carrier,
    name: input.name ?? carrierName(input.carrier),
    tracking_url_template: input.tracking_url_template,
    updated_at: isoNow(ctx.clock),
  };
  await upsertCarrierTemplate(ctx.db, row);
  return present(input.carrier, row);
}
