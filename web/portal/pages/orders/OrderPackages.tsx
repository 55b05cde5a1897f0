import { useTranslation } from 'react-i18next';
import { DateText } from '../../../ui/components/DateText.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { PackageStatusBadge } from './OrderStatusBadge.tsx';
import type { Shipment } from './queries.ts';

/** A tracking number as a link to the carrier's page when there is one (it opens in a new tab). */
export function TrackingLink({ pkg }: { pkg: Pick<Shipment, 'tracking_number' | 'tracking_url'> }) {
  const { t } = useTranslation();
  if (!pkg.tracking_number) return <span className="ui-muted">—</span>;
  if (!pkg.tracking_url) return <span>{pkg.tracking_number}</span>;
  return (
    <a href={pkg.tracking_url} target="_blank" rel="noopener noreferrer">
      {t('shipments.track', { number: pkg.tracking_number })}
      <span className="ui-visually-hidden"> {t('shipments.newTab')}</span>
    </a>
  );
}

export function carrierLabel(pkg: Pick<Shipment, 'carrier' | 'carrier_name'>): string {
  return pkg.carrier_name ?? pkg.carrier ?? '—';
}

/** The order's packages: status, carrier, tracking, and when each shipped or arrived. */
export function OrderPackages({ packages }: { packages: Shipment[] }) {
  const { t } = useTranslation();
  return (
    <section className="p-card" aria-labelledby="packages-heading">
      <h2 id="packages-heading" className="p-card__title">
        {t('orders.packages.title')}
      </h2>
      {packages.length === 0 ? (
        <EmptyState title={t('orders.packages.none')} />
      ) : (
        <ul className="p-packages">
          {packages.map((pkg) => (
            <li key={pkg.id} className="p-package" data-testid={`package-${pkg.number}`}>
              <p className="p-package__head">
                <span className="p-strong">{pkg.number}</span>
                <PackageStatusBadge status={pkg.status} />
              </p>
              <dl className="p-summary">
                <div>
                  <dt>{t('shipments.columns.carrier')}</dt>
                  <dd>{carrierLabel(pkg)}</dd>
                </div>
                <div>
                  <dt>{t('shipments.columns.tracking')}</dt>
                  <dd>
                    <TrackingLink pkg={pkg} />
                  </dd>
                </div>
                {pkg.shipped_on ? (
                  <div>
                    <dt>{t('shipments.columns.shippedOn')}</dt>
                    <dd>
                      <DateText value={pkg.shipped_on} kind="calendar" />
                    </dd>
                  </div>
                ) : null}
                {pkg.delivered_at ? (
                  <div>
                    <dt>{t('shipments.columns.deliveredOn')}</dt>
                    <dd>
                      <DateText value={pkg.delivered_at} kind="date" />
                    </dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
