import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/index.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import type { Payment } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import type { CustomerSummary, Page } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { CustomerPicker } from '../documents/CustomerPicker.tsx';
import { PaymentTable } from './PaymentTable.tsx';

const fetchPayments = (query: string) => api.get<Page<Payment>>(`/payments?${query}`);

/** Payments recorded offline, newest first, with a customer filter. */
export function PaymentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('payments.title'));
  const [customer, setCustomer] = useState<CustomerSummary>();
  const query = useMemo(() => (customer ? new URLSearchParams({ customer_id: customer.id }).toString() : ''), [customer]);
  const list = usePagedList(fetchPayments, query, 25);
  const newLink = (
    <Link to={customer ? `/payments/new?customer=${customer.id}` : '/payments/new'} className="ui-button ui-button--primary">
      {t('payments.record')}
    </Link>
  );
  return (
    <>
      <div className="admin-page-header">
        <h1>{t('payments.title')}</h1>
        {newLink}
      </div>
      <search className="admin-toolbar admin-doc-toolbar">
        <CustomerPicker value={customer} onChange={setCustomer} allowAll label={t('documents.customerFilter')} />
      </search>
      <PagedListView list={list} loadingLabel={t('common.loading')} errorTitle={t('payments.loadFailed')} empty={<EmptyState title={customer ? t('documents.noMatch') : t('payments.empty')} action={newLink} />}>
        {(payments) => <PaymentTable payments={payments} caption={t('payments.title')} />}
      </PagedListView>
    </>
  );
}
