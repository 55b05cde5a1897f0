import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, EmptyState, Select, TextInput } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { CustomerPicker, type PickedCustomer } from '../documents/CustomerPicker.tsx';
import { filtersFromParams, filtersToParams, hasFilters, paymentMethodFilters, paymentSourceFilters, paymentStatusFilters, withFilter, type FilterName } from './payment-filters.ts';
import { PaymentTable } from './PaymentTable.tsx';
import { paymentKeys } from './queries.ts';

/** Payments, offline and online, newest first, filtered by what the address says. */
export function PaymentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('payments.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilter = (name: FilterName, value: string) => setParams(filtersToParams(withFilter(filters, name, value)), { replace: true });
  const customerId = filters.customer_id;
  // The customer picked here, or the one the address names (read once for its name).
  const [picked, setPicked] = useState<PickedCustomer>();
  const named = useQuery({
    queryKey: customerKeys.detail(customerId ?? ''),
    queryFn: ({ signal }) => adminClient.get('/customers/{id}', { params: { path: { id: customerId ?? '' } }, signal }),
    enabled: customerId !== undefined && picked?.id !== customerId,
  });
  const customer: PickedCustomer | undefined = customerId === undefined ? undefined : picked?.id === customerId ? picked : named.data ? { id: named.data.id, display_name: named.data.display_name, currency: named.data.currency } : undefined;

  const list = useCursorList({
    queryKey: paymentKeys.list({ ...filters, limit: 25 }),
    fetchPage: ({ cursor, signal }) => adminClient.get('/payments', { params: { query: { ...filters, limit: 25, cursor } }, signal }),
  });
  const newLink = (
    <Link to={customerId ? `/payments/new?customer=${customerId}` : '/payments/new'} className="ui-button ui-button--primary">
      {t('payments.record')}
    </Link>
  );
  const filtered = hasFilters(filters);
  return (
    <>
      <div className="admin-page-header">
        <h1>{t('payments.title')}</h1>
        {newLink}
      </div>
      <search className="admin-toolbar admin-doc-toolbar" aria-label={t('payments.filters')}>
        <CustomerPicker
          value={customer}
          onChange={(next) => {
            setPicked(next);
            setFilter('customer_id', next?.id ?? '');
          }}
          allowAll
          label={t('documents.customerFilter')}
        />
        <Select
          label={t('payments.status')}
          value={filters.status ?? ''}
          onChange={(event) => setFilter('status', event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('payments.anyStatus') }, ...paymentStatusFilters.map((status) => ({ value: status, label: t(`payments.statuses.${status}`) }))]}
        />
        <Select
          label={t('payments.method')}
          value={filters.method ?? ''}
          onChange={(event) => setFilter('method', event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('payments.anyMethod') }, ...paymentMethodFilters.map((method) => ({ value: method, label: t(`payments.methods.${method}`) }))]}
        />
        <Select
          label={t('payments.source')}
          value={filters.source ?? ''}
          onChange={(event) => setFilter('source', event.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('payments.anySource') }, ...paymentSourceFilters.map((source) => ({ value: source, label: t(source === 'online' ? 'payments.sourceOnline' : 'payments.sourceOffline') }))]}
        />
        <TextInput type="date" label={t('payments.paidFrom')} value={filters.paid_from ?? ''} onChange={(event) => setFilter('paid_from', event.target.value)} fieldClassName="admin-toolbar__filter" />
        <TextInput type="date" label={t('payments.paidTo')} value={filters.paid_to ?? ''} onChange={(event) => setFilter('paid_to', event.target.value)} fieldClassName="admin-toolbar__filter" />
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() => {
              setPicked(undefined);
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('payments.clearFilters')}
          </Button>
        ) : null}
      </search>
      <PaymentTable list={list} caption={t('payments.title')} empty={<EmptyState title={filtered ? t('documents.noMatch') : t('payments.empty')} action={newLink} />} />
    </>
  );
}
