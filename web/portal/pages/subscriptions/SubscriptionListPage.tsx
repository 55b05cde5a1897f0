import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodAmount } from './PeriodAmount.tsx';
import { fetchSubscriptionPage, subscriptionKeys, type SubscriptionSummary } from './queries.ts';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge.tsx';

/** The customer's subscriptions: plan, created on, amount per period, status, next billing date. */
export function SubscriptionListPage() {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const list = useCursorList({ queryKey: subscriptionKeys.lists(), fetchPage: ({ cursor, signal }) => fetchSubscriptionPage(cursor, signal) });
  const columns: Column<SubscriptionSummary>[] = [
    {
      id: 'plan',
      header: t('subscriptions.columns.plan'),
      rowHeader: true,
      cell: (sub) => (
        <>
          <Link to={`/subscriptions/${encodeURIComponent(sub.id)}`}>{sub.plan.name}</Link>
          <span className="ui-muted ui-small p-block">{sub.number}</span>
        </>
      ),
    },
    { id: 'created', header: t('subscriptions.columns.createdOn'), cell: (sub) => <DateText value={sub.created_at} kind="date" /> },
    { id: 'amount', header: t('subscriptions.columns.amount'), className: 'p-num', cell: (sub) => <PeriodAmount minor={sub.amount_minor} currency={sub.currency} interval={sub.interval} count={sub.interval_count} /> },
    { id: 'status', header: t('subscriptions.columns.status'), cell: (sub) => <SubscriptionStatusBadge status={sub.status} /> },
    {
      id: 'next',
      header: t('subscriptions.columns.nextBilling'),
      cell: (sub) =>
        sub.ends_on && (sub.status === 'non_renewing' || sub.cancel_at_period_end) ? (
          <span>{t('subscriptions.endsOn', { date: calendarDate(sub.ends_on) })}</span>
        ) : (
          <DateText value={sub.next_billing_date} fallback="—" />
        ),
    },
  ];
  return (
    <>
      <PageHeader title={t('subscriptions.title')} />
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('subscriptions.title')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={<EmptyState title={t('subscriptions.empty')} description={t('subscriptions.emptyHint')} />}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
        />
      </div>
    </>
  );
}
