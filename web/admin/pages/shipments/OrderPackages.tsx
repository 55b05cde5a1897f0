import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { Button, EmptyState, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { errorMessage } from '../../lib/errors.ts';
import { canPackOrder } from '../sales-orders/order-actions.ts';
import type { SalesOrder } from '../sales-orders/queries.ts';
import { CreatePackageDialog } from './CreatePackageDialog.tsx';
import { PackageActions } from './PackageActions.tsx';
import { PackageStatusBadge } from './PackageStatusBadge.tsx';
import { fetchPackages, packageKeys } from './queries.ts';
import { TrackingLink } from './TrackingLink.tsx';

/** An order's packages as cards (status, carrier, tracking link, packing slip), and "Create package". */
export function OrderPackages({ order }: { order: SalesOrder }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [packing, setPacking] = useState(false);
  const query = { sales_order_id: order.id, limit: 100 };
  const packages = useQuery({ queryKey: packageKeys.list(query), queryFn: ({ signal }) => fetchPackages(query, signal) });
  const list = packages.data?.data ?? [];
  const canPack = canPackOrder(order);
  return (
    <section className="ui-card" aria-labelledby="order-packages-heading">
      <div className="admin-card-header">
        <h2 id="order-packages-heading">{t('packages.title')}</h2>
        {canPack ? (
          <Button variant="primary" onClick={() => setPacking(true)}>
            {t('packages.createPackage')}
          </Button>
        ) : null}
      </div>
      {packages.isPending ? <Spinner label={t('packages.loading')} /> : null}
      {packages.isError && !packages.data ? <ErrorState title={t('packages.loadFailed')} message={errorMessage(t, packages.error)} retryLabel={t('common.retry')} onRetry={() => void packages.refetch()} /> : null}
      {packages.data && list.length === 0 ? <EmptyState title={t('packages.empty')} description={canPack ? t('packages.emptyHint') : undefined} /> : null}
      {list.length > 0 ? (
        <ul className="admin-packages">
          {list.map((pkg) => (
            <li key={pkg.id} className="admin-package" aria-labelledby={`package-${pkg.id}`}>
              <div className="admin-package__head">
                <h3 id={`package-${pkg.id}`} className="admin-package__number">
                  {pkg.number}
                </h3>
                <PackageStatusBadge status={pkg.status} />
              </div>
              <dl className="admin-package__facts">
                <dt>{t('packages.date')}</dt>
                <dd>{formatCalendarDate(pkg.package_date, locale)}</dd>
                {pkg.carrier ? (
                  <>
                    <dt>{t('packages.carrier')}</dt>
                    <dd>{pkg.carrier_name ?? pkg.carrier}</dd>
                    <dt>{t('packages.trackingNumber')}</dt>
                    <dd>
                      <TrackingLink pkg={pkg} />
                    </dd>
                  </>
                ) : null}
                {pkg.shipped_on ? (
                  <>
                    <dt>{t('packages.shippedOn')}</dt>
                    <dd>{formatCalendarDate(pkg.shipped_on, locale)}</dd>
                  </>
                ) : null}
                {pkg.delivered_at ? (
                  <>
                    <dt>{t('packages.deliveredAt')}</dt>
                    <dd>{formatCalendarDate(pkg.delivered_at, locale)}</dd>
                  </>
                ) : null}
              </dl>
              {pkg.notes ? <p className="ui-muted ui-small admin-pre">{pkg.notes}</p> : null}
              <PackageActions pkg={pkg} orderLines={order.lines} />
            </li>
          ))}
        </ul>
      ) : null}
      {packing ? <CreatePackageDialog order={order} open onClose={() => setPacking(false)} /> : null}
    </section>
  );
}
