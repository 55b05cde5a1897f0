import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateText } from '../../../ui/components/DateText.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { DocumentStatusBadge } from '../documents/DocumentStatusBadge.tsx';
import type { DocumentStatus } from '../../../../contract/billing.ts';
import { PeriodAmount } from './PeriodAmount.tsx';
import { fetchSubscription, subscriptionKeys, type SubscriptionDetail } from './queries.ts';
import { SubscriptionActions } from './SubscriptionActions.tsx';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge.tsx';

/** One subscription: where it stands, what it costs, its add-ons, coupon and payment method, its invoices, and what the contact may do. */
export function SubscriptionDetailPage() {
  const id = useParams().id ?? '';
  return <SubscriptionDetailView key={id} id={id} />;
}

function SubscriptionDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const subscription = useQuery({ queryKey: subscriptionKeys.detail(id), queryFn: ({ signal }) => fetchSubscription(id, signal) });
  const [done, setDone] = useState<string | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  const announce = (message: string) => {
    setDone(message);
    // The button pressed may be gone now (reactivated, resumed): focus goes to the confirmation.
    window.requestAnimationFrame(() => doneRef.current?.focus());
  };
  const backLink = (
    <Link to="/subscriptions" className="p-back">
      {t('docs.backTo', { list: t('subscriptions.title') })}
    </Link>
  );
  if (!subscription.data) {
    return (
      <>
        {backLink}
        <PageHeader title={t('subscriptions.title')} />
        {subscription.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, subscription.error)} onRetry={isApiError(subscription.error, 'NOT_FOUND') ? undefined : () => void subscription.refetch()} />}
      </>
    );
  }
  const sub = subscription.data;
  return (
    <article className="p-document">
      {backLink}
      <PageHeader title={t('subscriptions.one', { plan: sub.plan.name })}>
        <p className="p-document__status">
          <SubscriptionStatusBadge status={sub.status} /> <span className="ui-muted">{sub.number}</span>
        </p>
      </PageHeader>
      <div ref={doneRef} tabIndex={-1} className="p-focus-target">
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
      <StatusNotice sub={sub} />
      <SubscriptionActions sub={sub} announce={announce} />
      <div className="p-stack">
        <SubscriptionFacts sub={sub} />
        <SubscriptionAddons sub={sub} />
        <SubscriptionInvoices sub={sub} />
      </div>
    </article>
  );
}

/** What is about to happen: the trial's end, the end of a cancelled subscription, a pause, a change waiting for the period's end. */
function StatusNotice({ sub }: { sub: SubscriptionDetail }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const lines: string[] = [];
  if (sub.status === 'trial' && sub.trial_end) lines.push(t('subscriptions.notice.trialEnds', { date: calendarDate(sub.trial_end) }));
  if ((sub.status === 'non_renewing' || sub.cancel_at_period_end) && sub.ends_on) lines.push(t('subscriptions.notice.ends', { date: calendarDate(sub.ends_on) }));
  if (sub.status === 'paused') lines.push(sub.resume_on ? t('subscriptions.notice.pausedUntil', { date: calendarDate(sub.resume_on) }) : t('subscriptions.notice.paused'));
  if (sub.status === 'unpaid') lines.push(t('subscriptions.notice.unpaid'));
  if (sub.scheduled_change) {
    const planId = sub.scheduled_change.plan_id;
    const plan = planId === sub.plan.id ? sub.plan.name : (sub.change_plans?.find((candidate) => candidate.id === planId)?.name ?? t('subscriptions.notice.anotherPlan'));
    const date = sub.current_period_end;
    lines.push(t('subscriptions.notice.scheduled', { plan, quantity: sub.scheduled_change.quantity, date: calendarDate(date) }));
  }
  if (lines.length === 0) return null;
  return (
    <Notice tone={sub.status === 'unpaid' ? 'warning' : 'info'}>
      {lines.map((line) => (
        <span key={line} className="p-block">
          {line}
        </span>
      ))}
    </Notice>
  );
}

function SubscriptionFacts({ sub }: { sub: SubscriptionDetail }) {
  const { t } = useTranslation();
  const { calendarDate, quantity } = useFormatters();
  const method = sub.payment_method;
  const facts: [string, ReactNode][] = [
    [t('subscriptions.facts.plan'), sub.plan.name],
    [t('subscriptions.facts.quantity'), quantity(sub.quantity)],
    [t('subscriptions.facts.amount'), <PeriodAmount key="amount" minor={sub.amount_minor} currency={sub.currency} interval={sub.interval} count={sub.interval_count} />],
    [t('subscriptions.facts.startedOn'), calendarDate(sub.started_on)],
  ];
  if (sub.current_period_start && sub.current_period_end) facts.push([t('subscriptions.facts.currentPeriod'), t('subscriptions.facts.periodRange', { start: calendarDate(sub.current_period_start), end: calendarDate(sub.current_period_end) })]);
  if (sub.next_billing_date && sub.status !== 'non_renewing' && !sub.cancel_at_period_end) facts.push([t('subscriptions.facts.nextBilling'), calendarDate(sub.next_billing_date)]);
  facts.push([t('subscriptions.facts.coupon'), sub.coupon ? `${sub.coupon.name} (${sub.coupon.code})` : t('subscriptions.facts.noCoupon')]);
  facts.push([t('subscriptions.facts.paymentMethod'), method?.last4 ? `${method.brand ? method.brand.charAt(0).toUpperCase() + method.brand.slice(1) : t('pay.method.card')} •••• ${method.last4}` : t('subscriptions.facts.noPaymentMethod')]);
  facts.push([t('subscriptions.facts.collection'), sub.auto_collect ? t('subscriptions.facts.autoCollect') : t('subscriptions.facts.manualCollect')]);
  return (
    <section className="p-card" aria-labelledby="subscription-facts-heading">
      <h2 id="subscription-facts-heading" className="p-card__title">
        {t('subscriptions.facts.title')}
      </h2>
      <dl className="p-summary">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function SubscriptionAddons({ sub }: { sub: SubscriptionDetail }) {
  const { t } = useTranslation();
  const { money, quantity } = useFormatters();
  return (
    <section className="p-card" aria-labelledby="subscription-addons-heading">
      <h2 id="subscription-addons-heading" className="p-card__title">
        {t('subscriptions.addons.title')}
      </h2>
      {sub.addons.length === 0 ? (
        <p className="ui-muted">{t('subscriptions.addons.none')}</p>
      ) : (
        <ul className="p-applied">
          {sub.addons.map((addon) => (
            <li key={addon.addon_id} className="p-applied__item">
              <span>{t('subscriptions.addons.line', { name: addon.name, quantity: quantity(addon.quantity) })}</span>
              <span>{money(addon.unit_price_minor * addon.quantity, sub.currency)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SubscriptionInvoices({ sub }: { sub: SubscriptionDetail }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  return (
    <section className="p-card" aria-labelledby="subscription-invoices-heading">
      <h2 id="subscription-invoices-heading" className="p-card__title">
        {t('subscriptions.invoices.title')}
      </h2>
      {sub.invoices.length === 0 ? (
        <p className="ui-muted">{t('subscriptions.invoices.none')}</p>
      ) : (
        <ul className="p-applied">
          {sub.invoices.map((invoice) => (
            <li key={invoice.id} className="p-applied__item">
              <span>
                <Link to={`/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.number}</Link>{' '}
                <span className="ui-muted ui-small">
                  {invoice.period_start && invoice.period_end ? t('subscriptions.facts.periodRange', { start: calendarDate(invoice.period_start), end: calendarDate(invoice.period_end) }) : <DateText value={invoice.issue_date} />}
                </span>
              </span>
              <DocumentStatusBadge status={invoice.status as DocumentStatus} />
              <Money minor={invoice.total_minor} currency={sub.currency} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/invoices?plan=${encodeURIComponent(sub.plan.id)}`}>{t('subscriptions.invoices.allOfPlan')}</Link>
      </p>
    </section>
  );
}
