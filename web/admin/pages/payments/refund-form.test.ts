import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { canRefund, refundableMinor, refundSchema, refundValues } from './refund-form.ts';
import { onlineTestPayment, testPayment } from './test-payments.ts';

let t: typeof i18next.t;
beforeAll(async () => {
  t = (await createTestI18n(en)).t;
});

const refund = (amount: number, status: 'pending' | 'succeeded' | 'failed') => ({ id: `r-${amount}-${status}`, amount_minor: amount, status, reason: null, created_at: '2026-11-21T10:00:00.000Z' });

describe('what a payment has left to refund', () => {
  it('is the amount less succeeded and pending refunds; a failed one gave nothing back', () => {
    expect(refundableMinor(onlineTestPayment())).toBe(10_000);
    expect(refundableMinor(onlineTestPayment({ refunded_minor: 3_000, refunds: [refund(3_000, 'succeeded'), refund(1_000, 'pending'), refund(500, 'failed')] }))).toBe(6_000);
    // The server's figure wins when the list does not show a refund yet.
    expect(refundableMinor(onlineTestPayment({ refunded_minor: 4_000, refunds: [] }))).toBe(6_000);
    expect(refundableMinor(onlineTestPayment({ refunded_minor: 10_000 }))).toBe(0);
  });

  it('can be refunded only when settled with something left, online or offline', () => {
    expect(canRefund(onlineTestPayment())).toBe(true);
    expect(canRefund(testPayment())).toBe(true);
    expect(canRefund(onlineTestPayment({ status: 'pending' }))).toBe(false);
    expect(canRefund(onlineTestPayment({ status: 'failed' }))).toBe(false);
    expect(canRefund(onlineTestPayment({ refunded_minor: 10_000 }))).toBe(false);
    expect(canRefund(onlineTestPayment({ status: 'partially_refunded', refunded_minor: 2_500 }))).toBe(true);
  });
});

describe('the refund form', () => {
  const payment = onlineTestPayment({ refunded_minor: 2_500 });
  const parse = (amount: string, reason = '', locale = 'en') => refundSchema(locale, t, 'EUR', refundableMinor(payment)).safeParse({ amount, reason });

  it('starts with the rest, written as the interface language writes amounts', () => {
    expect(refundValues(payment, 'en')).toEqual({ amount: '75.00', reason: '' });
    expect(refundValues(payment, 'de')).toEqual({ amount: '75,00', reason: '' });
  });

  it('sends minor units and the reason when one was given', () => {
    expect(parse('75').data).toEqual({ amount_minor: 7_500 });
    expect(parse('12,5', '  Damaged  ', 'de').data).toEqual({ amount_minor: 1_250, reason: 'Damaged' });
  });

  it('refuses nothing, zero, a fraction of a cent and more than is left, on the amount', () => {
    const issue = (amount: string) => parse(amount).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issue('')).toEqual([['amount', en.lines.errors.required]]);
    expect(issue('0')).toEqual([['amount', 'Enter an amount above zero.']]);
    expect(issue('1.234')).toEqual([['amount', 'At most 2 decimals']]);
    expect(issue('75.01')).toEqual([['amount', 'At most €75.00 can be refunded.']]);
  });
});
