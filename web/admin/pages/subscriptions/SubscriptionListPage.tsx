import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { DataTable, EmptyState, Select, type Column } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { StatusTabs } from '../sales-orders/StatusTabs.tsx';
import { fetchPlans, fetchSubscriptions, planKeys, subscriptionKeys, subscriptionStatuses, type SubscriptionListQuery, type SubscriptionStatus, type SubscriptionSummary } from './queries.ts';
import { SubscriptionStatusBadge } from './SubscriptionStatusBadge.tsx';

type Tab = 'all' | SubscriptionStatus;
const tabs: readonly Tab[] = ['all', ...subscriptionStatuses];

/** Subscriptions: status tabs and a plan filter, paged by the server's cursor. */
export function SubscriptionListPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = t('subscriptions.title');
  useDocumentTitle(title);
  const [tab, setTab] = useState<Tab>('all');
  const [planId, setPlanId] = useState('');
  const plans = useQuery({ queryKey: planKeys.lists(), queryFn: ({ signal }) => fetchPlans(signal) });
  const query: SubscriptionListQuery = { status: tab === 'all' ? undefined : tab, plan_id: planId || undefined, limit: 25 };
  const list = useCursorList({ queryKey: subscriptionKeys.list(query), fetchPage: ({ cursor, signal }) => fetchSubscriptions({ ...query, cursor }, signal) });
  const filtered = tab !== 'all' || planId !== '';
  const newLink = (
    <Link to="/subscriptions/new" className="ui-button ui-button--primary">
      {t('subscriptions.new')}
    </Link>
  );
  const columns: Column<SubscriptionSummary>[] = [
    {
      id: 'number',
      header: t('subscriptions.number'),
      rowHeader: true,
      cell: (sub) => (
        <Link to={`/subscriptions/${sub.id}`} className="admin-strong-link">
          {sub.number}
        </Link>
      ),
    },
    { id: 'customer', header: t('picker.customer'), cell: (sub) => <Link to={`/customers/${sub.customer_id}`}>{sub.customer_name}</Link> },
    { id: 'plan', header: t('subscriptions.plan'), cell: (sub) => sub.plan.name },
    { id: 'status', header: t('subscriptions.status'), cell: (sub) => <SubscriptionStatusBadge status={sub.status} /> },
    { id: 'amount', header: t('subscriptions.amount'), className: 'admin-num', cell: (sub) => t(`subscriptions.every.${sub.interval}`, { count: sub.interval_count, amount: formatMoney(sub.amount_minor, sub.currency, locale) }) },
    { id: 'next', header: t('subscriptions.nextBilling'), className: 'admin-hide-narrow', cell: (sub) => formatCalendarDate(sub.next_billing_date, locale) || '—' },
  ];
  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
        {newLink}
      </div>
      <StatusTabs label={t('subscriptions.statusFilter')} values={tabs} active={tab} onChange={setTab} text={(value) => (value === 'all' ? t('subscriptions.allStatuses') : t(`subscriptionStatus.${value}`))} panelId="subscriptions-panel" />
      <div role="tabpanel" id="subscriptions-panel" aria-labelledby={`subscriptions-panel-tab-${tab}`}>
        <search className="admin-toolbar admin-doc-toolbar">
          <Select
            label={t('subscriptions.planFilter')}
            value={planId}
            onChange={(event) => setPlanId(event.target.value)}
            fieldClassName="admin-toolbar__filter"
            options={[{ value: '', label: t('subscriptions.allPlans') }, ...(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name }))]}
          />
        </search>
        <DataTable
          caption={title}
          columns={columns}
          list={list}
          stacked
          loadingLabel={t('common.loading')}
          errorTitle={t('subscriptions.loadListFailed')}
          empty={filtered ? <EmptyState title={t('subscriptions.noMatch')} /> : <EmptyState title={t('subscriptions.empty')} action={newLink} />}
          loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        />
      </div>
    </>
  );
}
