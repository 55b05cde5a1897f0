import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '../../../ui/components/DateText.tsx';
import { carrierLabel, TrackingLink } from '../orders/OrderPackages.tsx';
import { PackageStatusBadge } from '../orders/OrderStatusBadge.tsx';
import type { DashboardOrders } from '../orders/queries.ts';

/** The dashboard's view of ordering: how many orders are open and the latest shipment, each linking to its list. */
export function OrderCards({ orders }: { orders: DashboardOrders }) {
  const { t } = useTranslation();
  const shipment = orders.latest_shipment;
  return (
    <div className="p-columns p-columns--even">
      <section className="p-card" aria-labelledby="open-orders-heading" data-testid="card-open-orders">
        <h2 id="open-orders-heading" className="p-card__title">
          {t('dashboard.orders.open')}
        </h2>
        {orders.open_count > 0 ? (
          <p>
            <Link to="/orders?filter=open" className="p-figure">
              {t('dashboard.orders.openCount', { count: orders.open_count })}
            </Link>
          </p>
        ) : (
          <p className="ui-muted">{t('dashboard.orders.noneOpen')}</p>
        )}
        <p className="ui-small">
          <Link to="/orders">{t('dashboard.orders.allOrders')}</Link>
        </p>
      </section>
      <section className="p-card" aria-labelledby="latest-shipment-heading" data-testid="card-latest-shipment">
        <h2 id="latest-shipment-heading" className="p-card__title">
          {t('dashboard.orders.latestShipment')}
        </h2>
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
                <Link to={`/orders/${encodeURIComponent(shipment.sales_order_id)}`}>{shipment.sales_order_number}</Link>
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
        ) : (
          <p className="ui-muted">{t('dashboard.orders.noShipments')}</p>
        )}
        <p className="ui-small">
          <Link to="/shipments">{t('dashboard.orders.allShipments')}</Link>
        </p>
      </section>
    </div>
  );
}
