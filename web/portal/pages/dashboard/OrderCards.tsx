import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../ui/components/DateText.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { carrierLabel, TrackingLink } from '../orders/OrderPackages.tsx';
import { OrderStatusBadge, PackageStatusBadge } from '../orders/OrderStatusBadge.tsx';
import { fetchOrderPage, fetchShipmentPage, orderKeys, shipmentKeys } from '../orders/queries.ts';

const shownOrders = 3;

/** The dashboard's view of ordering: the open orders and the latest shipment, each linking to its list. */
export function OrderCards() {
  const { t } = useTranslation();
  const filters = { filter: 'open' as const, search: '', limit: shownOrders };
  const open = useQuery({ queryKey: orderKeys.list(filters), queryFn: ({ signal }) => fetchOrderPage(filters, undefined, signal, shownOrders) });
  const latest = useQuery({ queryKey: shipmentKeys.list({ limit: 1 }), queryFn: ({ signal }) => fetchShipmentPage(undefined, signal, 1) });
  const shipment = latest.data?.data[0];
  return (
    <div className="p-columns p-columns--even">
      <section className="p-card" aria-labelledby="open-orders-heading" data-testid="card-open-orders">
        <h2 id="open-orders-heading" className="p-card__title">
          {t('dashboard.orders.open')}
        </h2>
        {open.isPending ? <Loading /> : null}
        {open.isError ? <LoadFailed message={errorMessage(t, open.error)} onRetry={() => void open.refetch()} /> : null}
        {open.data && open.data.data.length === 0 ? <p className="ui-muted">{t('dashboard.orders.noneOpen')}</p> : null}
        {open.data && open.data.data.length > 0 ? (
          <ul className="p-applied">
            {open.data.data.map((order) => (
              <li key={order.id} className="p-applied__item">
                <Link to={`/orders/${encodeURIComponent(order.id)}`}>{order.number}</Link>
                <OrderStatusBadge status={order.status} />
                <Money minor={order.total_minor} currency={order.currency} />
              </li>
            ))}
          </ul>
        ) : null}
        <p className="ui-small">
          <Link to="/orders?filter=open">{t('dashboard.orders.allOpen')}</Link>
        </p>
      </section>
      <section className="p-card" aria-labelledby="latest-shipment-heading" data-testid="card-latest-shipment">
        <h2 id="latest-shipment-heading" className="p-card__title">
          {t('dashboard.orders.latestShipment')}
        </h2>
        {latest.isPending ? <Loading /> : null}
        {latest.isError ? <LoadFailed message={errorMessage(t, latest.error)} onRetry={() => void latest.refetch()} /> : null}
        {latest.data && !shipment ? <p className="ui-muted">{t('dashboard.orders.noShipments')}</p> : null}
        {shipment ? (
          <dl className="p-summary">
            <div>
              <dt>{t('shipments.columns.number')}</dt>
              <dd>
                {shipment.number} <PackageStatusBadge status={shipment.status} />
              </dd>
            </div>
            <div>
              <dt>{t('shipments.columns.order')}</dt>
              <dd>
                <Link to={`/orders/${encodeURIComponent(shipment.sales_order.id)}`}>{shipment.sales_order.number}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('shipments.columns.carrier')}</dt>
              <dd>{carrierLabel(shipment)}</dd>
            </div>
            <div>
              <dt>{t('shipments.columns.tracking')}</dt>
              <dd>
                <TrackingLink pkg={shipment} />
              </dd>
            </div>
            {shipment.shipped_on ? (
              <div>
                <dt>{t('shipments.columns.shippedOn')}</dt>
                <dd>
                  <DateText value={shipment.shipped_on} kind="calendar" />
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        <p className="ui-small">
          <Link to="/shipments">{t('dashboard.orders.allShipments')}</Link>
        </p>
      </section>
    </div>
  );
}
