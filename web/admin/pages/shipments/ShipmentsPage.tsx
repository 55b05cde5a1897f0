import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { DataTable, EmptyState, type Column } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { StatusTabs } from '../sales-orders/StatusTabs.tsx';
import { PackageActions } from './PackageActions.tsx';
import { PackageStatusBadge } from './PackageStatusBadge.tsx';
import { fetchPackages, packageKeys, type PackageListQuery, type PackageStatus, type PackageSummary } from './queries.ts';
import { TrackingLink } from './TrackingLink.tsx';

type Tab = 'all' | PackageStatus;
export const shipmentTabs: readonly Tab[] = ['all', 'packed', 'shipped', 'delivered'];

/** Every package of the organization: status tabs, paged by the server's cursor, with each package's actions. */
export function ShipmentsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = t('shipments.title');
  useDocumentTitle(title);
  const [tab, setTab] = useState<Tab>('all');
  const query: PackageListQuery = { status: tab === 'all' ? undefined : tab, limit: 25 };
  const list = useCursorList({
    queryKey: packageKeys.list(query),
    fetchPage: ({ cursor, signal }) => fetchPackages({ ...query, cursor }, signal),
  });
  const columns: Column<PackageSummary>[] = [
    { id: 'number', header: t('shipments.package'), rowHeader: true, cell: (pkg) => <span className="admin-strong-link">{pkg.number}</span> },
    { id: 'order', header: t('shipments.order'), cell: (pkg) => <Link to={`/sales-orders/${pkg.sales_order.id}`}>{pkg.sales_order.number}</Link> },
    { id: 'customer', header: t('picker.customer'), className: 'admin-hide-narrow', cell: (pkg) => <Link to={`/customers/${pkg.customer.id}`}>{pkg.customer.display_name}</Link> },
    { id: 'status', header: t('shipments.status'), cell: (pkg) => <PackageStatusBadge status={pkg.status} /> },
    { id: 'carrier', header: t('packages.carrier'), cell: (pkg) => pkg.carrier_name ?? pkg.carrier ?? '—' },
    { id: 'tracking', header: t('packages.trackingNumber'), cell: (pkg) => <TrackingLink pkg={pkg} /> },
    { id: 'date', header: t('shipments.date'), className: 'admin-hide-narrow', cell: (pkg) => formatCalendarDate(pkg.shipped_on ?? pkg.package_date, locale) },
    { id: 'actions', header: t('common.actions'), cell: (pkg) => <PackageActions pkg={pkg} /> },
  ];
  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
      </div>
      <StatusTabs label={t('shipments.statusFilter')} values={shipmentTabs} active={tab} onChange={setTab} text={(value) => (value === 'all' ? t('shipments.all') : t(`packageStatus.${value}`))} panelId="shipments-panel" />
      <div role="tabpanel" id="shipments-panel" aria-labelledby={`shipments-panel-tab-${tab}`}>
        <DataTable
          caption={title}
          columns={columns}
          list={list}
          stacked
          loadingLabel={t('common.loading')}
          errorTitle={t('shipments.loadFailed')}
          empty={<EmptyState title={tab === 'all' ? t('shipments.empty') : t('shipments.noMatch')} description={tab === 'all' ? t('shipments.emptyHint') : undefined} />}
          loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        />
      </div>
    </>
  );
}
