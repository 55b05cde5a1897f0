import { useLocale } from '../locale.ts';
import { formatMoney } from '../format.ts';

export interface MoneyProps {
  /** Integer minor units (cents; yen for JPY). */
  minor: number;
  currency: string;
  /** Shown as a deduction: "−$5.00". */
  negate?: boolean;
}

/** An amount of a currency as the interface's language writes it: 123456 USD → "$1,234.56", "1.234,56 $". */
export function Money({ minor, currency, negate = false }: MoneyProps) {
  const text = formatMoney(minor, currency, useLocale());
  return <>{negate ? `−${text}` : text}</>;
}
