import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import type { SubscriptionStatus } from './queries.ts';

export const subscriptionTones: Record<SubscriptionStatus, Tone> = {
  trial: 'info',
  live: 'success',
  non_renewing: 'warning',
  paused: 'neutral',
  unpaid: 'danger',
  cancelled: 'neutral',
  expired: 'neutral',
};

/** A subscription's status as a coloured pill; the words say it, the colour repeats it. */
export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={subscriptionTones[status] ?? 'neutral'}>{t(`subscriptionStatus.${status}`)}</StatusBadge>;
}
