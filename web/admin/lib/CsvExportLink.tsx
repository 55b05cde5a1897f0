import { useTranslation } from 'react-i18next';
import { csvUrl } from './csv-url.ts';

/** "Export CSV": downloads every row of a list with the filters the page shows. */
export function CsvExportLink({ path, filters }: { path: `/${string}.csv`; filters: Readonly<Record<string, unknown>> }) {
  const { t } = useTranslation();
  return (
    <a className="ui-button ui-button--secondary" href={csvUrl(path, filters)} download>
      {t('common.exportCsv')}
    </a>
  );
}
