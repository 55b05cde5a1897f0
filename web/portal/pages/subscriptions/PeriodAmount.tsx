import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/locale.ts';
import type { BillingInterval } from './queries.ts';

/** "$30.00 per month", "¥3,000 every 3 months": the amount in the contact's language with its period. */
export function PeriodAmount({ minor, currency, interval, count }: { minor: number; currency: string; interval: BillingInterval; count: number }) {
  const { t } = useTranslation();
  const { money } = useFormatters();
  return <>{t(`subscriptions.every.${interval}`, { count, amount: money(minor, currency) })}</>;
}
