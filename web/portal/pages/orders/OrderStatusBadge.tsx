import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import { orderStatusTones, packageStatusTones } from './order-status.ts';
import { orderStatusOf, type PackageStatus } from './queries.ts';

export function OrderStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = orderStatusOf(status);
  return <StatusBadge tone={orderStatusTones[known]}>{t(`orders.status.${known}`)}</StatusBadge>;
}

export function PackageStatusBadge({ status }: { status: PackageStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={packageStatusTones[status] ?? 'neutral'}>{t(`shipments.status.${status}`)}</StatusBadge>;
}
