import { useTranslation } from 'react-i18next';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import type { NumberSeries } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { NumberSeriesRow } from './NumberSeriesRow.tsx';

/** Settings → Number series: prefix and next number of each kind of document, with an example. */
export function NumberSeriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('series.title'));
  const series = useResource(() => api.get<{ data: NumberSeries[] }>('/number-series'), 'series');
  return (
    <>
      <h1>{t('series.title')}</h1>
      <p className="ui-muted">{t('series.intro')}</p>
      {series.loading && !series.data ? <Spinner label={t('common.loading')} /> : null}
      {!series.loading && !series.data ? <ErrorState title={t('series.loadFailed')} message={errorMessage(t, series.error)} retryLabel={t('common.retry')} onRetry={series.reload} /> : null}
      {series.data
        ? series.data.data.map((one) => (
            <NumberSeriesRow
              key={one.kind}
              series={one}
              onSaved={(saved) => series.setData({ data: (series.data?.data ?? []).map((s) => (s.kind === saved.kind ? saved : s)) })}
            />
          ))
        : null}
    </>
  );
}
