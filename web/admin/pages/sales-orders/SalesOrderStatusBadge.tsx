import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import type { SalesOrderStatus } from './queries.ts';

export const salesOrderTones: Record<SalesOrderStatus, Tone> = {
  draft: 'neutral',
  pending_approval: 'warning',
  confirmed: 'info',
  partially_shipped: 'warning',
  shipped: 'success',
  delivered: 'success',
  cancelled: 'neutral',
};

/** An order's status as a coloured pill; the words say it, the colour repeats it. */
export function SalesOrderStatusBadge({ status }: { status: SalesOrderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={salesOrderTones[status]}>{t(`orderStatus.${status}`)}</StatusBadge>;
}
