import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import { orderStatusTones, packageStatusTones } from './order-status.ts';
import type { OrderStatus, PackageStatus } from './queries.ts';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={orderStatusTones[status] ?? 'neutral'}>{t(`orders.status.${status}`)}</StatusBadge>;
}

export function PackageStatusBadge({ status }: { status: PackageStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={packageStatusTones[status] ?? 'neutral'}>{t(`shipments.status.${status}`)}</StatusBadge>;
}
