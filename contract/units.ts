/**
 * Quantities and percentages are stored as integers in thousandths: a quantity of 1.5 is 1500
 * (`quantity_milli`), a tax rate of 19.5 % is 19500 (`rate_millipercent`). The API and the forms speak in
 * decimals with at most three places; these are the only conversions between the two.
 */

/** 1.5 → 1500 thousandths. */
export function quantityToMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** 1500 thousandths → 1.5. */
export function quantityFromMilli(quantityMilli: number): number {
  return quantityMilli / 1000;
}

/** 19.5 (%) → 19500 thousandths of a percent. */
export function percentToMillipercent(percent: number): number {
  return Math.round(percent * 1000);
}

/** 19500 thousandths of a percent → 19.5 (%). */
export function percentFromMillipercent(millipercent: number): number {
  return millipercent / 1000;
}

/** Whether a decimal has at most three places, so it converts to thousandths exactly. */
export function hasAtMostThreeDecimals(value: number): boolean {
  return Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;
}
