import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import { subscriptionStatusOf, subscriptionTones } from './subscription-status.ts';

/** A subscription's status as a pill: the words say it, the colour repeats it. */
export function SubscriptionStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = subscriptionStatusOf(status);
  return <StatusBadge tone={subscriptionTones[known]}>{t(`subscriptions.status.${known}`)}</StatusBadge>;
}
