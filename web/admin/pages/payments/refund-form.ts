/**
 * The refund dialog's form: what can still be refunded, the amount as typed (the rest by default)
 * and the reason, and the body the API takes.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../../contract/money.ts';
import { formatMoney } from '../../../ui/format.ts';
import { decimalInputError } from '../../lib/decimal-input.ts';
import type { Payment } from './queries.ts';
import type { RefundBody } from './refunds.ts';

type Refundable = Pick<Payment, 'amount_minor' | 'refunded_minor' | 'refunds'>;

/**
 * What is left to refund: the amount less what refunds took, counting those still pending (a
 * failed one gave nothing back). `refunded_minor` is the server's own figure; the larger of the two
 * is taken, so a refund the list does not show yet is never refunded twice.
 */
export function refundableMinor(payment: Refundable): number {
  const held = payment.refunds.filter((refund) => refund.status !== 'failed').reduce((total, refund) => total + refund.amount_minor, 0);
  return Math.max(0, payment.amount_minor - Math.max(payment.refunded_minor, held));
}

/**
 * A settled payment (not pending or failed) with something left: online ones are refunded at the
 * gateway, offline ones are recorded as money given back.
 */
export function canRefund(payment: Refundable & Pick<Payment, 'status'>): boolean {
  return payment.status !== 'pending' && payment.status !== 'failed' && refundableMinor(payment) > 0;
}

export interface RefundValues {
  amount: string;
  reason: string;
}

export function refundValues(payment: Refundable & Pick<Payment, 'currency'>, locale: string): RefundValues {
  return { amount: formatMoneyInput(refundableMinor(payment), payment.currency, locale), reason: '' };
}

export function refundSchema(locale: string, t: TFunction, currency: string, leftMinor: number) {
  const places = currencyExponent(currency);
  return z
    .object({ amount: z.string(), reason: z.string().max(500) })
    .superRefine((values, ctx) => {
      const parsed = parseMoneyInput(values.amount, currency, locale);
      const message =
        decimalInputError(parsed, places, t) ??
        (parsed.ok && parsed.value <= 0 ? t('payments.refundPositive') : undefined) ??
        (parsed.ok && parsed.value > leftMinor ? t('payments.refundTooMuch', { amount: formatMoney(leftMinor, currency, locale) }) : undefined);
      if (message) ctx.addIssue({ code: 'custom', path: ['amount'], message });
    })
    .transform((values): RefundBody => {
      const parsed = parseMoneyInput(values.amount, currency, locale);
      const reason = values.reason.trim();
      return { amount_minor: parsed.ok ? parsed.value : 0, ...(reason ? { reason } : {}) };
    });
}

export const refundFieldName = (field: string): string => (field === 'amount_minor' ? 'amount' : field);
