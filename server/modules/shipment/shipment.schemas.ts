import { z } from 'zod';
import { CARRIER_CODE_PATTERN, MAX_TEMPLATE_LENGTH, templateProblem } from '../../../contract/carriers.ts';
import { hasAtMostThreeDecimals } from '../../../contract/units.ts';
import { externalIdField, pagingQuery, updatedSinceField } from '../../http/schemas.ts';
import { dateOnlyField } from '../payment/payment.schemas.ts';
import { packageStatuses } from './shipment.ts';

/** A quantity as the API speaks it: a positive number with at most three decimals (2.5). */
export const packQuantityField = z
  .number({ error: 'must be a number' })
  .positive('must be greater than zero')
  .max(1_000_000_000, 'is too large')
  .refine(hasAtMostThreeDecimals, 'must have at most three decimals');

export const createPackageBody = z
  .object({
    lines: z
      .array(z.object({ sales_order_line_id: z.string().min(1).max(64), quantity: packQuantityField }).strict())
      .min(1, 'name at least one line to pack')
      .max(500),
    /** The day it was packed; the organization's today when left out. */
    package_date: dateOnlyField.optional(),
    notes: z.string().max(5000).nullable().optional(),
    /** The organization's own key (an ERP's shipment id), unique within the organization. docs/api.md "Sync by external id". */
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type CreatePackageBody = z.infer<typeof createPackageBody>;

export const carrierField = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .regex(CARRIER_CODE_PATTERN, 'must be a carrier code such as ups, dhl or royal_mail (lower-case letters, digits and _)');

export const shipPackageBody = z
  .object({
    carrier: carrierField,
    tracking_number: z.string({ error: 'is required' }).trim().min(1, 'is required').max(100),
    /** The day it left; the organization's today when left out. */
    shipped_on: dateOnlyField.optional(),
  })
  .strict();
export type ShipPackageBody = z.infer<typeof shipPackageBody>;

/**
 * A package as the organization's system of record has it (PUT /packages/by-external-id/{external_id}): its
 * order by `sales_order_id` or `sales_order_external_id` (exactly one), its lines by the order's line id
 * or by `item_external_id` (the order's line of that item; exactly one), and, once it has left,
 * `shipment` as POST /packages/{id}/ship takes it.
 */
export const putPackageBody = z
  .object({
    sales_order_id: z.string().min(1).max(64).optional(),
    sales_order_external_id: externalIdField.optional(),
    lines: z
      .array(
        z
          .object({ sales_order_line_id: z.string().min(1).max(64).optional(), item_external_id: externalIdField.optional(), quantity: packQuantityField })
          .strict(),
      )
      .min(1, 'name at least one line to pack')
      .max(500),
    /** The day it was packed; the organization's today when left out (and, on a package that exists, not compared). */
    package_date: dateOnlyField.optional(),
    notes: z.string().max(5000).nullable().optional(),
    /** The package has shipped: it ships now if it has not yet. */
    shipment: shipPackageBody.optional(),
  })
  .strict();
export type PutPackageBody = z.infer<typeof putPackageBody>;

/** What may change on a package at any status: its notes and its external id (null clears either). */
export const updatePackageBody = z
  .object({
    notes: z.string().max(5000).nullable().optional(),
    external_id: externalIdField.nullable().optional(),
  })
  .strict();
export type UpdatePackageBody = z.infer<typeof updatePackageBody>;

export const listPackagesQuery = pagingQuery.extend({
  status: z.enum(packageStatuses).optional(),
  sales_order_id: z.string().max(64).optional(),
  customer_id: z.string().max(64).optional(),
  /** Only packages changed at or after this instant, oldest change first (an incremental pull). */
  updated_since: updatedSinceField.optional(),
});
export type ListPackagesQuery = z.infer<typeof listPackagesQuery>;

export const packageLineResponse = z.object({
  id: z.string(),
  sales_order_line_id: z.string(),
  item_id: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  sku: z.string().nullable(),
  unit: z.string().nullable(),
  /** In this package. */
  quantity: z.number(),
  /** On the order line. */
  ordered_quantity: z.number(),
});

export const packageSummaryResponse = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(packageStatuses),
  sales_order: z.object({ id: z.string(), number: z.string() }),
  customer: z.object({ id: z.string(), display_name: z.string() }),
  package_date: z.string(),
  notes: z.string().nullable(),
  external_id: z.string().nullable(),
  carrier: z.string().nullable(),
  carrier_name: z.string().nullable(),
  tracking_number: z.string().nullable(),
  /** The carrier's tracking page for this package; null before it ships or when the carrier has no template. */
  tracking_url: z.string().nullable(),
  shipped_on: z.string().nullable(),
  shipped_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PackageSummaryResponse = z.infer<typeof packageSummaryResponse>;

export const packageResponse = packageSummaryResponse.extend({ lines: z.array(packageLineResponse) });
export type PackageResponse = z.infer<typeof packageResponse>;

export const carrierParam = z.object({ carrier: carrierField });

export const carrierResponse = z.object({
  carrier: z.string(),
  name: z.string(),
  /** The template in force: the organization's own, else Portico's default; null for a carrier of the organization's own just removed. */
  tracking_url_template: z.string().nullable(),
  /** Portico's default for a known carrier; null for the organization's own carriers. */
  default_template: z.string().nullable(),
  customized: z.boolean(),
});
export type CarrierResponse = z.infer<typeof carrierResponse>;
export const carrierListResponse = z.object({ data: z.array(carrierResponse) });

export const putCarrierBody = z
  .object({
    carrier: carrierField,
    /** Defaults to the known carrier's name, or the code. */
    name: z.string().trim().min(1, 'is required').max(100).optional(),
    /** An https URL with {tracking_number}; null goes back to the default (and removes a carrier of the organization's own). */
    tracking_url_template: z
      .string()
      .trim()
      .max(MAX_TEMPLATE_LENGTH)
      .superRefine((template, context) => {
        const problem = templateProblem(template);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .nullable(),
  })
  .strict();
export type PutCarrierBody = z.infer<typeof putCarrierBody>;
