/**
 * The "Create package" and "Ship" dialogs: what their fields hold, the schemas that check them (messages
 * are translation keys) and the bodies the API takes. Quantities stay as typed and become numbers with
 * up to three decimals only in the body.
 */
import { z } from 'zod';
import { MAX_TEMPLATE_LENGTH, TRACKING_NUMBER_PLACEHOLDER } from '../../../../contract/carriers.ts';
import { quantityFromMilli, quantityToMilli } from '../../../../contract/units.ts';
import { formatDecimalInput, parseDecimal } from '../../../ui/billing-format.ts';
import { todayLocal } from '../../lib/document-kinds.ts';
import type { SalesOrder } from '../sales-orders/queries.ts';
import type { NewPackageBody, ShipPackageBody } from './queries.ts';

type OrderLines = Pick<SalesOrder, 'id' | 'lines'>;

/** What of a line is left to pack, in thousandths. */
export function remainingToPackMilli(line: SalesOrder['lines'][number]): number {
  return Math.max(0, quantityToMilli(line.quantity) - quantityToMilli(line.packed_quantity));
}

/** The lines with something left to pack. */
export function packableLines(order: OrderLines): SalesOrder['lines'] {
  return order.lines.filter((line) => remainingToPackMilli(line) > 0);
}

export const packageFormSchema = (order: OrderLines, locale: string) =>
  z
    .object({
      package_date: z.string().min(1, 'common.required'),
      notes: z.string().max(2000),
      lines: z.array(z.object({ line_id: z.string(), quantity: z.string() })),
    })
    .superRefine((values, context) => {
      let total = 0;
      values.lines.forEach((entry, index) => {
        const line = order.lines.find((candidate) => candidate.id === entry.line_id);
        if (!line || !entry.quantity.trim()) return;
        const parsed = parseDecimal(entry.quantity, 3, locale);
        if (!parsed.ok) {
          context.addIssue({ code: 'custom', path: ['lines', index, 'quantity'], message: parsed.reason === 'too_many_decimals' ? 'packages.errors.decimals' : 'packages.errors.number' });
          return;
        }
        if (parsed.value > remainingToPackMilli(line)) context.addIssue({ code: 'custom', path: ['lines', index, 'quantity'], message: 'packages.errors.moreThanLeft' });
        total += parsed.value;
      });
      if (total === 0) context.addIssue({ code: 'custom', path: ['lines'], message: 'packages.errors.nothing' });
    });

export type PackageFormValues = z.infer<ReturnType<typeof packageFormSchema>>;

/** Each line that has something left, with all of it to pack by default. */
export function packageFormValues(order: OrderLines, locale: string): PackageFormValues {
  return {
    package_date: todayLocal(),
    notes: '',
    lines: packableLines(order).map((line) => ({ line_id: line.id, quantity: formatDecimalInput(remainingToPackMilli(line), 3, locale, true) })),
  };
}

/** The form's lines that go into the body (those with a quantity), in the body's order. */
function packedIndexes(values: PackageFormValues, locale: string): number[] {
  return values.lines.flatMap((entry, index) => {
    const parsed = parseDecimal(entry.quantity, 3, locale);
    return parsed.ok && parsed.value > 0 ? [index] : [];
  });
}

/** The body of `POST /sales-orders/{id}/packages`: only the lines with a quantity to pack. */
export function packageRequest(values: PackageFormValues, locale: string): NewPackageBody {
  const lines = packedIndexes(values, locale).map((index) => {
    const entry = values.lines[index]!;
    const parsed = parseDecimal(entry.quantity, 3, locale);
    return { sales_order_line_id: entry.line_id, quantity: quantityFromMilli(parsed.ok ? parsed.value : 0) };
  });
  return { package_date: values.package_date, notes: values.notes.trim() || null, lines };
}

/**
 * The form's field for a field the server named: `lines.1.quantity` of the body is the quantity of the
 * second line that had one, which may be a later line of the form.
 */
export function packageFieldName(field: string, values: PackageFormValues, locale: string): string {
  const line = /^lines\.(\d+)\./.exec(field);
  if (!line) return field;
  const index = packedIndexes(values, locale)[Number(line[1])];
  return index === undefined ? field : `lines.${index}.quantity`;
}

export const shipFormSchema = z.object({
  carrier: z.string().min(1, 'packages.errors.carrier'),
  tracking_number: z.string().trim().min(1, 'common.required').max(100),
  shipped_on: z.string().min(1, 'common.required'),
});

export type ShipFormValues = z.infer<typeof shipFormSchema>;

export function shipFormValues(): ShipFormValues {
  return { carrier: '', tracking_number: '', shipped_on: todayLocal() };
}

export function shipRequest(values: ShipFormValues): ShipPackageBody {
  return { carrier: values.carrier, tracking_number: values.tracking_number.trim(), shipped_on: values.shipped_on };
}

/** A tracking link from a carrier's template (`{tracking_number}` replaced, URL-encoded), for the settings preview. */
export function previewTrackingUrl(template: string, trackingNumber: string): string {
  return template.replaceAll(TRACKING_NUMBER_PLACEHOLDER, encodeURIComponent(trackingNumber.trim()));
}

export const carrierFormSchema = z.object({
  name: z.string().trim().min(1, 'common.required').max(100),
  tracking_url_template: z
    .string()
    .trim()
    .max(MAX_TEMPLATE_LENGTH)
    .refine((value) => /^https:\/\/[^\s]+$/.test(value), 'carriers.errors.https')
    .refine((value) => value.includes(TRACKING_NUMBER_PLACEHOLDER), 'carriers.errors.placeholder'),
});

export type CarrierFormValues = z.infer<typeof carrierFormSchema>;
