/**
 * An oracle for document totals written apart from contract/document-totals.ts: it reads the API's
 * request values as decimal text, keeps exact fractions, and rounds half up (all amounts in a
 * request are non-negative, where half up and half away from zero agree). Tests compare what the
 * server stores against it, so a mistake in the production formula can't vouch for itself.
 */

export interface OracleLine {
  quantity: number;
  rate_minor: number;
  discount: { type: 'percent'; percent: number } | { type: 'amount'; amount_minor: number } | null;
  /** Tax rate in percent as configured (e.g. 8.875), or none. */
  tax_percent: number | null;
}

export interface OracleTotals {
  subtotal_minor: number;
  discount_minor: number;
  tax_minor: number;
  total_minor: number;
  lines: { gross_minor: number; discount_minor: number; tax_minor: number; total_minor: number }[];
}

/** A decimal number as an exact fraction numerator / 10^scale, read from its shortest decimal text. */
function exactDecimal(value: number): { numerator: bigint; scale: number } {
  const text = value.toString();
  if (/e/i.test(text)) throw new Error(`oracle: ${text} is not a plain decimal`);
  const [whole = '0', fraction = ''] = text.split('.');
  return { numerator: BigInt(whole + fraction), scale: fraction.length };
}

/** numerator / denominator rounded half up, for numerator ≥ 0 and denominator > 0. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

const pow10 = (n: number) => 10n ** BigInt(n);

export function oracleTotals(lines: OracleLine[]): OracleTotals {
  const computed = lines.map((line) => {
    const quantity = exactDecimal(line.quantity);
    const gross = roundHalfUp(quantity.numerator * BigInt(line.rate_minor), pow10(quantity.scale));
    let discount = 0n;
    if (line.discount?.type === 'percent') {
      const percent = exactDecimal(line.discount.percent);
      discount = roundHalfUp(gross * percent.numerator, 100n * pow10(percent.scale));
    } else if (line.discount?.type === 'amount') {
      discount = BigInt(line.discount.amount_minor);
    }
    if (discount > gross) discount = gross;
    let tax = 0n;
    if (line.tax_percent !== null) {
      const rate = exactDecimal(line.tax_percent);
      tax = roundHalfUp((gross - discount) * rate.numerator, 100n * pow10(rate.scale));
    }
    return { gross_minor: Number(gross), discount_minor: Number(discount), tax_minor: Number(tax), total_minor: Number(gross - discount + tax) };
  });
  const sum = (key: keyof OracleTotals['lines'][number]) => computed.reduce((total, line) => total + line[key], 0);
  return { subtotal_minor: sum('gross_minor'), discount_minor: sum('discount_minor'), tax_minor: sum('tax_minor'), total_minor: sum('total_minor'), lines: computed };
}
