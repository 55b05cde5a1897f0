import { currencyExponent, moneyFormatter } from '../../contract/money.ts';
import type { PdfLanguage } from './pdf-types.ts';

/** Number, date and money formatting in one language, with the formatters built once per PDF. */
export interface PdfFormat {
  money(amountMinor: number): string;
  date(isoDate: string | null): string;
  quantity(quantityMilli: number): string;
  /** Basis points (1/100 %) → "12.5 %" in the language's way. */
  percentFromBasisPoints(basisPoints: number): string;
  /** Thousandths of a percent → "19 %". */
  percentFromMillipercent(millipercent: number): string;
}

export function pdfFormat(language: PdfLanguage, currency: string): PdfFormat {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const quantities = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 3 });
  // contract/money.ts formatMoney's formula, with its two Intl objects built once per PDF instead of per
  // amount (that alone was a third of a long invoice's rendering time).
  const exponent = currencyExponent(currency);
  const amounts = moneyFormatter(currency, language);
  return {
    money: (amountMinor) => amounts.format(amountMinor / 10 ** exponent),
    date: (isoDate) => {
      if (!isoDate) return '';
      const parsed = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? isoDate : dates.format(parsed);
    },
    quantity: (quantityMilli) => quantities.format(quantityMilli / 1000),
    percentFromBasisPoints: (basisPoints) => percents.format(basisPoints / 10_000),
    percentFromMillipercent: (millipercent) => percents.format(millipercent / 100_000),
  };
}
