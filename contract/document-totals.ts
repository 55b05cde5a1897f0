/**
 * Document totals, the one place where amounts are computed. Integer minor units throughout; every
 * division rounds half away from zero, once per line, in this order:
 *
 *   gross    = quantity × rate                      (quantity in thousandths)
 *   discount = gross × percent, or a fixed amount   (never more than gross)
 *   tax      = (gross − discount) × tax rate        (rate in thousandths of a percent)
 *   line     = gross − discount + tax
 *
 * and the document's subtotal, discount, tax and total are the plain sums of its lines' figures, so
 * that the lines always add up to the total shown.
 */

export interface LineAmountsInput {
  quantity_milli: number;
  rate_minor: number;
  discount_type: 'percent' | 'amount' | null;
  /** Basis points (1/100 %) for a percent discount; minor units for an amount. */
  discount_value: number;
  tax_rate_millipercent: number;
}

export interface LineAmounts {
  gross_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
}

export interface DocumentAmounts {
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  lines: LineAmounts[];
}

/** numerator ÷ denominator rounded half away from zero (denominator > 0). */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const sign = numerator < 0n ? -1n : 1n;
  const magnitude = numerator < 0n ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  return sign * (remainder * 2n >= denominator ? quotient + 1n : quotient);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError('Amount is too large');
  }
  return Number(value);
}

export function computeLineAmounts(line: LineAmountsInput): LineAmounts {
  const gross = divideRoundHalfAwayFromZero(BigInt(line.quantity_milli) * BigInt(line.rate_minor), 1000n);
  let discount = 0n;
  if (line.discount_type === 'percent') discount = divideRoundHalfAwayFromZero(gross * BigInt(line.discount_value), 10_000n);
  if (line.discount_type === 'amount') discount = BigInt(line.discount_value);
  if (discount > gross) discount = gross;
  const taxable = gross - discount;
  const tax = divideRoundHalfAwayFromZero(taxable * BigInt(line.tax_rate_millipercent), 100_000n);
  return {
    gross_minor: toSafeNumber(gross),
    discount_minor: toSafeNumber(discount),
    tax_minor: toSafeNumber(tax),
    total_minor: toSafeNumber(taxable + tax),
  };
}

export function computeDocumentAmounts(lines: LineAmountsInput[]): DocumentAmounts {
  const computed = lines.map(computeLineAmounts);
  const sum = (pick: (line: LineAmounts) => number) => toSafeNumber(computed.reduce((total, line) => total + BigInt(pick(line)), 0n));
  return {
    subtotal_minor: sum((line) => line.gross_minor),
    discount_minor: sum((line) => line.discount_minor),
    tax_minor: sum((line) => line.tax_minor),
    total_minor: sum((line) => line.total_minor),
    lines: computed,
  };
}
