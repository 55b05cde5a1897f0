import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CompanyHistoryPanel } from './CompanyHistoryPanel.tsx';
import { ConfigurePortalDialog } from './ConfigurePortalDialog.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { CustomerDetails } from './CustomerDetails.tsx';
import { CustomerDocuments } from './CustomerDocuments.tsx';
import { CustomerPriceListCard } from './CustomerPriceListCard.tsx';
import { EditCustomerDialog } from './EditCustomerDialog.tsx';
import { customerKeys, type Customer } from './queries.ts';
import { ShippingAddressesCard } from './ShippingAddressesCard.tsx';
import { StatementCard } from './StatementCard.tsx';

export function CustomerOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const customer = useQuery({ queryKey: customerKeys.detail(id), queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id } }, signal }) });
  const [dialog, setDialog] = useState<'edit' | 'portal' | null>(null);
  useDocumentTitle(customer.data?.display_name ?? t('customers.title'));

  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/customers">{t('customers.title')}</Link>
    </nav>
  );
  if (customer.isPending) {
    return (
      <>
        {breadcrumb}
        <Spinner label={t('overview.loading')} />
      </>
    );
  }
  if (!customer.data) {
    return (
      <>
        {breadcrumb}
        <h1>{t('overview.title')}</h1>
        <ErrorState title={t('overview.loadFailed')} message={errorMessage(t, customer.error)} retryLabel={t('common.retry')} onRetry={() => void customer.refetch()} />
      </>
    );
  }
  const data = customer.data;
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{data.display_name}</h1>
          {data.company_name && data.company_name !== data.display_name ? <p className="ui-muted">{data.company_name}</p> : null}
        </div>
        <div className="ui-button-row">
          <Button onClick={() => setDialog('edit')}>{t('overview.edit')}</Button>
          <Button variant="primary" onClick={() => setDialog('portal')}>
            {t('overview.configurePortal')}
          </Button>
        </div>
      </div>
      <CustomerDetails customer={data} />
      <ContactsCard customer={data} />
      <CustomerPriceListCard customer={data} />
      <ShippingAddressesCard customerId={data.id} />
      <CustomerDocuments customerId={data.id} />
      <StatementCard customerId={data.id} />
      <CompanyHistoryPanel customerId={data.id} />
      <EditCustomerDialog open={dialog === 'edit'} customer={data} onClose={() => setDialog(null)} onSaved={(updated) => queryClient.setQueryData<Customer>(customerKeys.detail(id), (current) => (current ? { ...current, ...updated } : current))} />
      <ConfigurePortalDialog open={dialog === 'portal'} customer={data} onClose={() => setDialog(null)} />
    </>
  );
}
