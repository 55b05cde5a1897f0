import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import { PaymentTable } from './PaymentTable.tsx';
import { paymentKeys } from './queries.ts';

/** Payments recorded offline, newest first, with a customer filter. */
export function PaymentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('payments.title'));
  const [customer, setCustomer] = useState<PickedCustomer>();
  const customerId = customer?.id;
  const list = useCursorList({
    queryKey: paymentKeys.list({ customer_id: customerId, limit: 25 }),
    fetchPage: ({ cursor, signal }) => adminClient.get('/payments', { params: { query: { customer_id: customerId, limit: 25, cursor } }, signal }),
  });
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
      <PaymentTable list={list} caption={t('payments.title')} empty={<EmptyState title={customer ? t('documents.noMatch') : t('payments.empty')} action={newLink} />} />
    </>
  );
}
