import { quantityFromMilli } from '../../../contract/units.ts';
import type { Db } from '../../db/database.ts';
import { loadCarriers, trackingOf, type OrganizationCarriers } from './carrier.service.ts';
import { listPackageLines, type PackageLineRow, type PackageListRow } from './shipment.repository.ts';
import type { PackageResponse, PackageSummaryResponse } from './shipment.schemas.ts';

export function presentPackageSummary(row: PackageListRow, carriers: OrganizationCarriers): PackageSummaryResponse {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    sales_order: { id: row.sales_order_id, number: row.sales_order_number },
    customer: { id: row.customer_id, display_name: row.customer_name },
    package_date: row.package_date,
    notes: row.notes,
    external_id: row.external_id,
    carrier: row.carrier,
    tracking_number: row.tracking_number,
    ...trackingOf(carriers, row),
    shipped_on: row.shipped_on,
    shipped_at: row.shipped_at,
    delivered_at: row.delivered_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function presentPackageLine(line: PackageLineRow): PackageResponse['lines'][number] {
  return {
    id: line.id,
    sales_order_line_id: line.sales_order_line_id,
    item_id: line.item_id,
    name: line.name,
    description: line.description,
    sku: line.sku,
    unit: line.unit,
    quantity: quantityFromMilli(line.quantity_milli),
    ordered_quantity: quantityFromMilli(line.ordered_milli),
  };
}

/** Packages of one organization for the list (two queries whatever the page's size: carriers once). */
export async function presentPackageSummaries(db: Db, organizationId: string, rows: PackageListRow[]): Promise<PackageSummaryResponse[]> {
  if (rows.length === 0) return [];
  const carriers = await loadCarriers(db, organizationId);
  return rows.map((row) => presentPackageSummary(row, carriers));
}

/** A package with its lines. */
export async function presentPackage(db: Db, row: PackageListRow): Promise<PackageResponse> {
  const [carriers, lines] = await Promise.all([loadCarriers(db, row.organization_id), listPackageLines(db, [row.id])]);
  return { ...presentPackageSummary(row, carriers), lines: lines.map(presentPackageLine) };
}
