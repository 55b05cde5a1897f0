import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, Spinner } from '../../../ui/components/index.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { fetchItemCatalogue, fetchTaxCatalogue, itemCatalogueKey, taxCatalogueKey } from '../documents/queries.ts';
import { salesOrderQuery } from './queries.ts';
import { SalesOrderForm } from './SalesOrderForm.tsx';

/** New (/sales-orders/new?customer=…) or edit (/sales-orders/:id/edit) order page. */
export function SalesOrderFormPage({ mode }: { mode: 'new' | 'edit' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const customerId = params.get('customer') ?? '';
  const title = mode === 'new' ? t('salesOrders.new') : t('salesOrders.editTitle');
  useDocumentTitle(title);
  const taxes = useQuery({ queryKey: taxCatalogueKey, queryFn: ({ signal }) => fetchTaxCatalogue(signal) });
  const items = useQuery({ queryKey: itemCatalogueKey, queryFn: ({ signal }) => fetchItemCatalogue(signal) });
  const order = useQuery({ ...salesOrderQuery(id), enabled: mode === 'edit' });
  const customer = useQuery({
    queryKey: customerKeys.detail(customerId),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: customerId } }, signal }),
    enabled: mode === 'new' && customerId !== '',
  });
  const needed = [taxes, items, ...(mode === 'edit' ? [order] : []), ...(mode === 'new' && customerId ? [customer] : [])];
  const failed = needed.find((query) => query.isError && !query.data);
  const ready = needed.every((query) => query.data !== undefined);

  return (
    <>
      <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
        <Link to="/sales-orders">{t('salesOrders.title')}</Link>
      </nav>
      <h1>{mode === 'edit' && order.data ? t('salesOrders.editNamed', { number: order.data.number }) : title}</h1>
      {failed ? (
        <ErrorState title={t('salesOrders.loadFailed')} message={errorMessage(t, failed.error)} retryLabel={t('common.retry')} onRetry={() => needed.filter((query) => query.isError).forEach((query) => void query.refetch())} />
      ) : !ready ? (
        <Spinner label={t('common.loading')} />
      ) : (
        <SalesOrderForm key={`${mode}:${id}:${customerId}`} taxes={taxes.data ?? []} items={items.data ?? []} order={mode === 'edit' ? order.data : undefined} initialCustomer={customer.data} />
      )}
    </>
  );
}
