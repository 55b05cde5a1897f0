import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import { adminClient } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { DocumentForm } from './DocumentForm.tsx';
import { documentQuery, fetchItemCatalogue, fetchTaxCatalogue, itemCatalogueKey, taxCatalogueKey, type DocumentKind } from './queries.ts';

/** New (/invoices/new?customer=…) or edit (/invoices/:id/edit) page of any document kind. */
export function DocumentFormPage({ kind, mode }: { kind: DocumentKind; mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const config = kindConfigs[kind];
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const title = mode === 'new' ? t(`kinds.${config.key}.new`) : t(`kinds.${config.key}.editTitle`);
  useDocumentTitle(title);
  const taxes = useQuery({ queryKey: taxCatalogueKey, queryFn: ({ signal }) => fetchTaxCatalogue(signal) });
  const items = useQuery({ queryKey: itemCatalogueKey, queryFn: ({ signal }) => fetchItemCatalogue(signal) });
  const document = useQuery({ ...documentQuery(kind, id), enabled: mode === 'edit' });
  const customer = useQuery({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: customerId } }, signal }),
    enabled: mode === 'new' && customerId !== '',
  });
  const needed = [taxes, items, ...(mode === 'edit' ? [document] : []), ...(mode === 'new' && customerId ? [customer] : [])];
  const failed = needed.find((query) => query.isError && !query.data);
  const ready = needed.every((query) => query.data !== undefined);

  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to={`/${config.path}`}>{t(`kinds.${config.key}.title`)}</Link>
    </nav>
  );
  return (
    <>
      {breadcrumb}
      <h1>{mode === 'edit' && document.data ? t(`kinds.${config.key}.editNamed`, { number: document.data.number }) : title}</h1>
      {failed ? (
        <ErrorState title={t('documents.loadFailed')} message={errorMessage(t, failed.error)} retryLabel={t('common.retry')} onRetry={() => needed.filter((query) => query.isError).forEach((query) => void query.refetch())} />
      ) : !ready ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <DocumentForm key={`${kind}:${mode}:${id}:${customerId}`} config={config} taxes={taxes.data ?? []} items={items.data ?? []} document={mode === 'edit' ? document.data : undefined} initialCustomer={customer.data} />
      )}
    </>
  );
}
