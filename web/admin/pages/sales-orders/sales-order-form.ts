/**
 * The order form (new and edit): what the fields hold, the schema that checks them before sending
 * (messages are translation keys), the body the API takes, and where the server's field errors go.
 */
import { z } from 'zod';
import { todayLocal } from '../../lib/document-kinds.ts';
import type { PickedCustomer } from '../documents/CustomerPicker.tsx';
import { blankOrderLine, orderLineFromSaved, toOrderLineInputs } from './order-lines.ts';
import type { NewSalesOrderBody, SalesOrder, SalesOrderUpdate } from './queries.ts';

const pricingSchema = z.object({ source: z.enum(['base', 'price_list', 'manual']), price_list_name: z.string().nullable(), break_min: z.number().nullable() }).nullable();

const lineDraftSchema = z.object({
  key: z.string(),
  item_id: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  quantity: z.string(),
  rate: z.string(),
  discount_type: z.enum(['none', 'percent', 'amount']),
  discount: z.string(),
  tax_id: z.string(),
  manual_rate: z.boolean(),
  pricing: pricingSchema,
});

const customerSchema = z.object({ id: z.string(), display_name: z.string(), currency: z.string() });

/** The shipping address choice: none, one of the customer's saved addresses (its id), or typed here. */
export const otherAddress = 'other';

export function salesOrderFormSchema({ editing, locale, orderCurrency }: { editing: boolean; locale: string; orderCurrency: string | undefined }) {
  return z
    .object({
      customer: customerSchema.nullable(),
      order_date: z.string().min(1, 'common.required'),
      expected_shipment_date: z.string(),
      po_number: z.string().max(100),
      notes: z.string().max(5000),
      shipping_address_choice: z.string(),
      shipping_address: z.string().max(2000),
      lines: z.array(lineDraftSchema).min(1),
    })
    .superRefine((values, context) => {
      if (!editing && !values.customer) context.addIssue({ code: 'custom', path: ['customer'], message: 'picker.required' });
      if (values.expected_shipment_date && values.order_date && values.expected_shipment_date < values.order_date) {
        context.addIssue({ code: 'custom', path: ['expected_shipment_date'], message: 'salesOrders.errors.shipBeforeOrder' });
      }
      if (values.shipping_address_choice === otherAddress && !values.shipping_address.trim()) {
        context.addIssue({ code: 'custom', path: ['shipping_address'], message: 'common.required' });
      }
      if (!toOrderLineInputs(values.lines, orderCurrency ?? values.customer?.currency ?? 'USD', locale)) context.addIssue({ code: 'custom', path: ['lines'], message: 'lines.errors.fix' });
    });
}

export type SalesOrderFormValues = z.infer<ReturnType<typeof salesOrderFormSchema>>;

/** A new order: today's date, the customer from the link if any, one empty line. */
export function newSalesOrderValues(customer: PickedCustomer | undefined, locale: string): SalesOrderFormValues {
  return {
    customer: customer ? { id: customer.id, display_name: customer.display_name, currency: customer.currency } : null,
    order_date: todayLocal(),
    expected_shipment_date: '',
    po_number: '',
    notes: '',
    shipping_address_choice: '',
    shipping_address: '',
    lines: [blankOrderLine(locale)],
  };
}

/** An order being edited, as its fields show it. */
export function editSalesOrderValues(order: SalesOrder, locale: string): SalesOrderFormValues {
  return {
    customer: { id: order.customer.id, display_name: order.customer.display_name, currency: order.currency },
    order_date: order.order_date,
    expected_shipment_date: order.expected_shipment_date ?? '',
    po_number: order.po_number ?? '',
    notes: order.notes ?? '',
    shipping_address_choice: order.shipping_address_id ?? (order.shipping_address ? otherAddress : ''),
    shipping_address: order.shipping_address_id ? '' : (order.shipping_address ?? ''),
    lines: order.lines.map((line) => orderLineFromSaved(line, order.currency, locale)),
  };
}

export interface SalesOrderFormContext {
  editing: boolean;
  currency: string;
  locale: string;
}

export type SalesOrderRequest = { kind: 'create'; body: NewSalesOrderBody } | { kind: 'update'; body: SalesOrderUpdate };

function addressFields(values: SalesOrderFormValues): { shipping_address_id: string | null; shipping_address: string | null } {
  if (values.shipping_address_choice === otherAddress) return { shipping_address_id: null, shipping_address: values.shipping_address.trim() || null };
  if (values.shipping_address_choice) return { shipping_address_id: values.shipping_address_choice, shipping_address: null };
  return { shipping_address_id: null, shipping_address: null };
}

/** The body for the API (create or update), or undefined while a line can't be read. */
export function salesOrderRequest(values: SalesOrderFormValues, context: SalesOrderFormContext): SalesOrderRequest | undefined {
  const lines = toOrderLineInputs(values.lines, context.currency, context.locale);
  if (!lines) return undefined;
  const fields = {
    order_date: values.order_date,
    expected_shipment_date: values.expected_shipment_date || null,
    po_number: values.po_number.trim() || null,
    notes: values.notes.trim() || null,
    ...addressFields(values),
    lines,
  };
  if (context.editing) return { kind: 'update', body: fields };
  if (!values.customer) return undefined;
  return { kind: 'create', body: { ...fields, customer_id: values.customer.id } };
}

/** The form's field for a field the server named: `customer_id` is the picker, money is the typed text. */
export function salesOrderFieldName(field: string): string {
  if (field === 'customer_id') return 'customer';
  if (field === 'shipping_address_id') return 'shipping_address_choice';
  const line = /^lines\.(\d+)\.([a-z_]+)/.exec(field);
  if (line) {
    const name = line[2] === 'rate_minor' ? 'rate' : line[2] === 'item_id' ? 'item_id' : line[2];
    return `lines.${line[1]}.${name}`;
  }
  return field;
}

/** The order's currency: its own once it exists, else the picked customer's. */
export function salesOrderCurrency(order: SalesOrder | undefined, customer: PickedCustomer | null | undefined): string {
  return order?.currency ?? customer?.currency ?? 'USD';
}
