import { useTranslation } from 'react-i18next';
import { Notice, StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';
import type { BulkEnableResult, BulkOutcome } from './queries.ts';

const tones: Record<BulkOutcome, Tone> = { invited: 'success', already_active: 'info', skipped: 'warning' };

/** Counts per outcome, then every customer that was skipped and why. */
export function BulkResults({ results, names }: { results: BulkEnableResult[]; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const count = (outcome: BulkOutcome) => results.filter((r) => r.outcome === outcome).length;
  const skipped = results.filter((r) => r.outcome === 'skipped');
  return (
    <div className="admin-bulk-results">
      <Notice tone="success">{t('bulk.done', { count: results.length, formatted: formatNumber(results.length, i18n.language) })}</Notice>
      <ul className="admin-outcome-summary" aria-label={t('bulk.summary')}>
        {(['invited', 'already_active', 'skipped'] as const).map((outcome) => (
          <li key={outcome}>
            <StatusBadge tone={tones[outcome]}>{t(`bulk.outcome.${outcome}`)}</StatusBadge>{' '}
            <strong>{formatNumber(count(outcome), i18n.language)}</strong>
          </li>
        ))}
      </ul>
      {skipped.length > 0 ? (
        <div className="ui-table-wrap">
          <table className="ui-table">
            <caption className="admin-caption">{t('bulk.skippedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('customers.name')}</th>
                <th scope="col">{t('bulk.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {skipped.map((result) => (
                <tr key={result.customer_id}>
                  <td>{names.get(result.customer_id) ?? result.customer_id}</td>
                  <td>{result.reason_code ? t(`portalAccess.reasons.${result.reason_code}`) : (result.reason ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
