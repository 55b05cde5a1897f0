import { useTranslation } from 'react-i18next';
import type { PackageSummary } from './queries.ts';

/** The tracking number, as a link to the carrier's tracking page when its template gives one. */
export function TrackingLink({ pkg }: { pkg: Pick<PackageSummary, 'tracking_number' | 'tracking_url' | 'carrier_name' | 'carrier'> }) {
  const { t } = useTranslation();
  if (!pkg.tracking_number) return <>—</>;
  if (!pkg.tracking_url) return <span className="admin-mono">{pkg.tracking_number}</span>;
  return (
    <a href={pkg.tracking_url} target="_blank" rel="noopener noreferrer" className="admin-mono">
      {pkg.tracking_number}
      <span className="ui-visually-hidden"> {t('packages.trackWith', { carrier: pkg.carrier_name ?? pkg.carrier ?? '' })} {t('common.newTab')}</span>
    </a>
  );
}
