/**
 * The record-payment form: what the fields hold, the schema that checks them before sending, the body
 * the API takes, and where the server's field errors go. Amounts stay as typed until the body.
 */
import { z } from 'zod';
import { paymentMethods } from '../../../../contract/billing.ts';
import { parseMoneyInput } from '../../../ui/billing-format.ts';
import { todayLocal } from '../../lib/document-kinds.ts';
import type { DocumentSummary } from '../documents/queries.ts';
import { readAllocations } from './AllocationTable.tsx';
import type { NewPaymentBody } from './queries.ts';

const customerSchema = z.object({ id: z.string(), display_name: z.string(), currency: z.string() });

export interface PaymentFormContext {
  locale: string;
  /** The customer's open invoices, once loaded. */
  openInvoices: DocumentSummary[] | undefined;
}

/** Currency of the payment: the picked customer's. */
export const paymentCurrency = (customer: { currency: string } | null | undefined): string => customer?.currency ?? 'USD';

/**
 * A customer, an amount above zero, and amounts applied that can be read, stay within each balance and
 * add up to the payment. The fields show why (RecordPaymentPage); the issues here stop the submit.
 */
export function paymentFormSchema({ locale, openInvoices }: PaymentFormContext) {
  return z
    .object({
      customer: customerSchema.nullable(),
      amount: z.string(),
      method: z.enum(paymentMethods),
      paid_on: z.string().min(1, 'common.required'),
      reference: z.string().max(100),
      notes: z.string(),
      amounts: z.record(z.string(), z.string()),
    })
    .superRefine((values, context) => {
      if (!values.customer) {
        context.addIssue({ code: 'custom', path: ['customer'], message: 'picker.required' });
        return;
      }
      const request = paymentRequest(values, { locale, openInvoices });
      const amount = parseMoneyInput(values.amount, paymentCurrency(values.customer), locale);
      if (!amount.ok || amount.value <= 0) context.addIssue({ code: 'custom', path: ['amount'], message: 'lines.errors.number' });
      else if (!request) context.addIssue({ code: 'custom', path: ['amounts'], message: 'allocations.mismatch' });
    });
}

export type PaymentFormValues = z.infer<ReturnType<typeof paymentFormSchema>>;

export function newPaymentValues(): PaymentFormValues {
  return { customer: null, amount: '', method: 'bank_transfer', paid_on: todayLocal(), reference: '', notes: '', amounts: {} };
}

/**
 * The API's body, or undefined while the form can't be sent: no customer, an amount that can't be read
 * or is zero, invoices not loaded or none of them, amounts applied that can't be read, exceed a balance
 * or don't add up to the payment.
 */
export function paymentRequest(values: PaymentFormValues, { locale, openInvoices }: PaymentFormContext): NewPaymentBody | undefined {
  if (!values.customer || !openInvoices) return undefined;
  const currency = paymentCurrency(values.customer);
  const amount = parseMoneyInput(values.amount, currency, locale);
  if (!amount.ok || amount.value <= 0) return undefined;
  const allocations = readAllocations(openInvoices, values.amounts, currency, locale);
  if (!allocations || allocations.length === 0 || allocations.reduce((sum, a) => sum + a.amount_minor, 0) !== amount.value) return undefined;
  return {
    customer_id: values.customer.id,
    amount_minor: amount.value,
    currency,
    method: values.method,
    paid_on: values.paid_on,
    reference: values.reference.trim() || null,
    notes: values.notes.trim() || null,
    allocations,
  };
}

/** The form's field for a field the server named. */
export function paymentFieldName(field: string): string {
  if (field === 'customer_id') return 'customer';
  if (field === 'amount_minor' || field === 'currency') return 'amount';
  if (field === 'allocations' || field.startsWith('allocations.')) return 'amounts';
  return field;
}
