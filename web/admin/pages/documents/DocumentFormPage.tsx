import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import type { BillingDocument, DocumentKind } from '../../lib/billing-types.ts';
import { loadCatalogue } from '../../lib/catalogue.ts';
import { api } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { CustomerSummary } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { DocumentForm } from './DocumentForm.tsx';

/** New (/invoices/new?customer=…) or edit (/invoices/:id/edit) page of any document kind. */
export function DocumentFormPage({ kind, mode }: { kind: DocumentKind; mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const config = kindConfigs[kind];
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const title = mode === 'new' ? t(`kinds.${config.key}.new`) : t(`kinds.${config.key}.editTitle`);
  useDocumentTitle(title);
  const data = useResource(async () => {
    const [catalogue, document, customer] = await Promise.all([
      loadCatalogue(),
      mode === 'edit' ? api.get<BillingDocument>(`/${config.path}/${encodeURIComponent(id)}`) : Promise.resolve(undefined),
      mode === 'new' && customerId ? api.get<CustomerSummary>(`/customers/${encodeURIComponent(customerId)}`) : Promise.resolve(undefined),
    ]);
    return { ...catalogue, document, customer };
  }, `${kind}:${mode}:${id}:${customerId}`);

  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to={`/${config.path}`}>{t(`kinds.${config.key}.title`)}</Link>
    </nav>
  );
  return (
    <>
      {breadcrumb}
      <h1>{mode === 'edit' && data.data?.document ? t(`kinds.${config.key}.editNamed`, { number: data.data.document.number }) : title}</h1>
      {data.loading && !data.data ? <Spinner label={t('common.loading')} /> : null}
      {!data.loading && !data.data ? <ErrorState title={t('documents.loadFailed')} message={errorMessage(t, data.error)} retryLabel={t('common.retry')} onRetry={data.reload} /> : null}
      {data.data ? <DocumentForm config={config} taxes={data.data.taxes} items={data.data.items} document={data.data.document} initialCustomer={data.data.customer} /> : null}
    </>
  );
}
