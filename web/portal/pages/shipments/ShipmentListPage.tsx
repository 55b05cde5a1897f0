import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { carrierLabel, TrackingLink } from '../orders/OrderPackages.tsx';
import { PackageStatusBadge } from '../orders/OrderStatusBadge.tsx';
import { fetchShipmentPage, shipmentKeys, type Shipment } from '../orders/queries.ts';

/** The customer's packages, newest first, each with its order, carrier and a link to follow it. */
export function ShipmentListPage() {
  const { t } = useTranslation();
  const list = useCursorList({ queryKey: shipmentKeys.list({}), fetchPage: ({ cursor, signal }) => fetchShipmentPage(cursor, signal) });
  const columns: Column<Shipment>[] = [
    { id: 'number', header: t('shipments.columns.number'), rowHeader: true, cell: (shipment) => shipment.number },
    {
      id: 'order',
      header: t('shipments.columns.order'),
      cell: (shipment) => <Link to={`/orders/${encodeURIComponent(shipment.sales_order_id)}`}>{shipment.sales_order_number}</Link>,
    },
    { id: 'status', header: t('shipments.columns.status'), cell: (shipment) => <PackageStatusBadge status={shipment.status} /> },
    { id: 'carrier', header: t('shipments.columns.carrier'), cell: (shipment) => carrierLabel(shipment) },
    { id: 'tracking', header: t('shipments.columns.tracking'), cell: (shipment) => <TrackingLink pkg={shipment} /> },
    { id: 'shipped', header: t('shipments.columns.shippedOn'), cell: (shipment) => <DateText value={shipment.shipped_on} kind="calendar" fallback="—" /> },
  ];
  return (
    <>
      <PageHeader title={t('shipments.title')} />
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('shipments.title')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={<EmptyState title={t('shipments.empty')} />}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
        />
      </div>
    </>
  );
}
