import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../ui/locale.ts';
import { fetchSubscriptionPage, subscriptionKeys } from './queries.ts';
import { subscriptionOverview } from './subscription-status.ts';

/** The dashboard's view of subscriptions: how many are active and the next charge; nothing for a customer without any. */
export function SubscriptionCard() {
  const { t } = useTranslation();
  const { money, calendarDate } = useFormatters();
  const subscriptions = useQuery({ queryKey: [...subscriptionKeys.all, 'overview'], queryFn: ({ signal }) => fetchSubscriptionPage(undefined, signal) });
  const rows = subscriptions.data?.data ?? [];
  if (rows.length === 0) return null;
  const { active, next } = subscriptionOverview(rows);
  return (
    <section className="p-card" aria-labelledby="subscriptions-card-heading" data-testid="card-subscriptions">
      <h2 id="subscriptions-card-heading" className="p-card__title">
        {t('subscriptions.card.title')}
      </h2>
      {active > 0 ? (
        <p>
          <Link to="/subscriptions" className="p-figure">
            {t('subscriptions.card.active', { count: active })}
          </Link>
        </p>
      ) : (
        <p className="ui-muted">{t('subscriptions.card.noneActive')}</p>
      )}
      {next ? (
        <p>
          {t('subscriptions.card.nextCharge', { amount: money(next.amount_minor, next.currency), date: calendarDate(next.date) })}{' '}
          <Link to={`/subscriptions/${encodeURIComponent(next.subscription.id)}`}>{next.subscription.plan.name}</Link>
        </p>
      ) : (
        <p className="ui-muted">{t('subscriptions.card.noCharge')}</p>
      )}
      <p className="ui-small">
        <Link to="/subscriptions">{t('subscriptions.card.all')}</Link>
      </p>
    </section>
  );
}
