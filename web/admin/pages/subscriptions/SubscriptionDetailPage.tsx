import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { ErrorState, Notice, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime, formatMoney } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchSubscription, fetchSubscriptionEvents, subscriptionKeys, type Subscription } from './queries.ts';
import { SubscriptionStaffActions } from './SubscriptionStaffActions.tsx';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge.tsx';

/** One subscription: status and actions, what it bills, its add-ons and coupon, invoices, and its history (changes, invoices, charges). */
export function SubscriptionDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const subscription = useQuery({ queryKey: subscriptionKeys.detail(id), queryFn: ({ signal }) => fetchSubscription(id, signal) });
  useDocumentTitle(subscription.data?.number ?? t('subscriptions.title'));
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/subscriptions">{t('subscriptions.title')}</Link>
    </nav>
  );
  if (!subscription.data) {
    return (
      <>
        {breadcrumb}
        {subscription.isPending ? <Spinner label={t('common.loading')} /> : <ErrorState title={t('subscriptions.loadFailed')} message={errorMessage(t, subscription.error)} retryLabel={t('common.retry')} onRetry={() => void subscription.refetch()} />}
      </>
    );
  }
  const sub = subscription.data;
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{t('subscriptions.titleNamed', { number: sub.number })}</h1>
          <p className="admin-doc-subtitle">
            <SubscriptionStatusBadge status={sub.status} /> <Link to={`/customers/${sub.customer_id}`}>{sub.customer_name}</Link>
          </p>
        </div>
        <SubscriptionStaffActions sub={sub} />
      </div>
      <SubscriptionNotice sub={sub} />
      <SubscriptionFacts sub={sub} />
      <SubscriptionInvoices sub={sub} />
      <SubscriptionHistory id={sub.id} version={sub.version} />
    </>
  );
}

function SubscriptionNotice({ sub }: { sub: Subscription }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => formatCalendarDate(value, i18n.language);
  if ((sub.status === 'non_renewing' || sub.cancel_at_period_end) && sub.ends_on) return <Notice tone="warning">{t('subscriptions.endsNotice', { date: date(sub.ends_on) })}</Notice>;
  if (sub.status === 'paused') return <Notice tone="info">{sub.resume_on ? t('subscriptions.pausedUntil', { date: date(sub.resume_on) }) : t('subscriptions.pausedNotice')}</Notice>;
  if (sub.status === 'unpaid') return <Notice tone="danger">{t('subscriptions.unpaidNotice')}</Notice>;
  if (sub.scheduled_change) return <Notice tone="info">{t('subscriptions.scheduledNotice', { quantity: sub.scheduled_change.quantity, date: date(sub.current_period_end) })}</Notice>;
  return null;
}

function SubscriptionFacts({ sub }: { sub: Subscription }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '—');
  const money = (minor: number) => formatMoney(minor, sub.currency, locale);
  return (
    <section className="ui-card" aria-labelledby="subscription-details">
      <h2 id="subscription-details">{t('subscriptions.details')}</h2>
      <dl className="ui-dl">
        <dt>{t('subscriptions.plan')}</dt>
        <dd>
          {sub.plan.name} <span className="ui-muted">({sub.plan.code})</span>
        </dd>
        <dt>{t('subscriptions.quantity')}</dt>
        <dd>{sub.quantity}</dd>
        <dt>{t('subscriptions.amount')}</dt>
        <dd>{t(`subscriptions.every.${sub.interval}`, { count: sub.interval_count, amount: money(sub.amount_minor) })}</dd>
        <dt>{t('subscriptions.startedOn')}</dt>
        <dd>{date(sub.started_on)}</dd>
        {sub.trial_end ? (
          <>
            <dt>{t('subscriptions.trialEnd')}</dt>
            <dd>{date(sub.trial_end)}</dd>
          </>
        ) : null}
        <dt>{t('subscriptions.currentPeriod')}</dt>
        <dd>{sub.current_period_start ? `${date(sub.current_period_start)} – ${date(sub.current_period_end)}` : '—'}</dd>
        <dt>{t('subscriptions.nextBilling')}</dt>
        <dd>{date(sub.next_billing_date)}</dd>
        <dt>{t('subscriptions.addons')}</dt>
        <dd>{sub.addons.length === 0 ? t('subscriptions.noAddons') : sub.addons.map((addon) => `${addon.name} × ${addon.quantity} (${money(addon.unit_price_minor)})`).join(', ')}</dd>
        <dt>{t('subscriptions.coupon')}</dt>
        <dd>{sub.coupon ? `${sub.coupon.name} (${sub.coupon.code})` : '—'}</dd>
        <dt>{t('subscriptions.paymentMethod')}</dt>
        <dd>{sub.payment_method ? `${sub.payment_method.brand} •••• ${sub.payment_method.last4}` : t('subscriptions.noPaymentMethod')}</dd>
        <dt>{t('subscriptions.autoCollect')}</dt>
        <dd>{sub.auto_collect ? t('subscriptions.yes') : t('subscriptions.no')}</dd>
        <dt>{t('subscriptions.source')}</dt>
        <dd>{t(`subscriptions.sources.${sub.source}`)}</dd>
        {sub.cancel_reason_code || sub.cancel_reason_text ? (
          <>
            <dt>{t('subscriptions.cancelReason')}</dt>
            <dd className="admin-pre">{[sub.cancel_reason_code, sub.cancel_reason_text].filter(Boolean).join(': ')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function SubscriptionInvoices({ sub }: { sub: Subscription }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <section className="ui-card" aria-labelledby="subscription-invoices">
      <h2 id="subscription-invoices">{t('subscriptions.invoices')}</h2>
      {sub.invoices.length === 0 ? (
        <p className="ui-muted">{t('subscriptions.noInvoices')}</p>
      ) : (
        <ul className="admin-order-invoices">
          {sub.invoices.map((invoice) => (
            <li key={invoice.id}>
              <Link to={`/invoices/${invoice.id}`} className="admin-strong-link">
                {invoice.number}
              </Link>{' '}
              <span className="ui-muted">
                {invoice.period_start ? `${formatCalendarDate(invoice.period_start, locale)} – ${formatCalendarDate(invoice.period_end, locale)}` : formatCalendarDate(invoice.issue_date, locale)} · {formatMoney(invoice.total_minor, sub.currency, locale)} · {t(`docStatus.${invoice.status}`, { defaultValue: invoice.status })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What happened to the subscription, oldest first: who did it, when. Fetched again with every change of the subscription. */
function SubscriptionHistory({ id, version }: { id: string; version: number }) {
  const { t, i18n } = useTranslation();
  const events = useQuery({ queryKey: [...subscriptionKeys.events(id), version], queryFn: ({ signal }) => fetchSubscriptionEvents(id, signal) });
  return (
    <section className="ui-card" aria-labelledby="subscription-history">
      <h2 id="subscription-history">{t('subscriptions.history')}</h2>
      {events.isPending ? <Spinner label={t('common.loading')} /> : null}
      {events.isError ? <p className="ui-field__error">{errorMessage(t, events.error)}</p> : null}
      {events.data && events.data.length === 0 ? <p className="ui-muted">{t('subscriptions.noHistory')}</p> : null}
      {events.data && events.data.length > 0 ? (
        <ol className="admin-timeline">
          {[...events.data].sort((a, b) => a.created_at.localeCompare(b.created_at)).map((event) => (
            <li key={event.id} className="admin-timeline__item">
              <div className="admin-timeline__meta">
                <strong>{t(`subscriptions.events.${event.kind}`, { defaultValue: event.kind })}</strong>
                <time className="ui-muted ui-small" dateTime={event.created_at}>
                  {formatDateTime(event.created_at, i18n.language)}
                </time>
                <span className="ui-muted ui-small">{event.actor_name ? t('subscriptions.by', { name: event.actor_name, actor: t(`subscriptions.actor.${event.actor_type}`) }) : t(`subscriptions.actor.${event.actor_type}`)}</span>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
