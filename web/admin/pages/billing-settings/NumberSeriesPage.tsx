import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { NumberSeriesRow } from './NumberSeriesRow.tsx';
import { fetchNumberSeries, numberSeriesKeys } from './queries.ts';

/** Settings → Number series: prefix and next number of each kind of document, with an example. */
export function NumberSeriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('series.title'));
  const series = useQuery({ queryKey: numberSeriesKeys.list({}), queryFn: ({ signal }) => fetchNumberSeries(signal) });
  return (
    <>
      <h1>{t('series.title')}</h1>
      <p className="ui-muted">{t('series.intro')}</p>
      {series.isPending ? <Spinner label={t('common.loading')} /> : null}
      {series.isError && !series.data ? <ErrorState title={t('series.loadFailed')} message={errorMessage(t, series.error)} retryLabel={t('common.retry')} onRetry={() => void series.refetch()} /> : null}
      {series.data ? series.data.data.map((one) => <NumberSeriesRow key={one.kind} series={one} />) : null}
    </>
  );
}
