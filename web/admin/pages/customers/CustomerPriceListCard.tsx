import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, ErrorState, Notice, Select, Spinner, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { fetchAllPages } from '../../lib/all-pages.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { priceListRule } from '../price-lists/price-list-text.ts';
import { priceListKeys } from '../price-lists/queries.ts';
import { assignPriceList, customerPriceListKey, fetchCustomerPriceList } from './ordering-queries.ts';
import type { Customer } from './queries.ts';

/** The price list that prices this customer's orders and catalogue, chosen among the lists not archived. */
export function CustomerPriceListCard({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const assigned = useQuery({ queryKey: customerPriceListKey(customer.id), queryFn: ({ signal }) => fetchCustomerPriceList(customer.id, signal) });
  const lists = useQuery({
    queryKey: priceListKeys.list({ all: true }),
    queryFn: ({ signal }) => fetchAllPages((cursor) => adminClient.get('/price-lists', { params: { query: { limit: 100, cursor } }, signal })),
  });
  const [choice, setChoice] = useState<string>();
  const current = assigned.data?.price_list ?? null;
  const selected = choice ?? current?.id ?? '';
  const save = useApiMutation({
    mutationFn: (priceListId: string | null) => assignPriceList(customer.id, priceListId),
    invalidates: [customerPriceListKey(customer.id)],
    onSuccess: (answer) => {
      setChoice(undefined);
      toast.show(answer.price_list ? t('customerPriceList.assigned', { name: answer.price_list.name }) : t('customerPriceList.cleared'));
    },
  });
  const options = (lists.data?.data ?? []).filter((list) => !list.archived || list.id === current?.id);
  const picked = options.find((list) => list.id === selected);

  return (
    <section className="ui-card" aria-labelledby="customer-price-list-heading">
      <h2 id="customer-price-list-heading">{t('customerPriceList.title')}</h2>
      {assigned.isPending || lists.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : assigned.isError || lists.isError ? (
        <ErrorState
          title={t('customerPriceList.loadFailed')}
          message={errorMessage(t, assigned.error ?? lists.error)}
          retryLabel={t('common.retry')}
          onRetry={() => {
            void assigned.refetch();
            void lists.refetch();
          }}
        />
      ) : (
        <form
          className="admin-toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(selected || null);
          }}
        >
          <Select
            label={t('customerPriceList.label')}
            value={selected}
            onChange={(event) => setChoice(event.target.value)}
            fieldClassName="admin-toolbar__search"
            hint={picked ? priceListRule(t, picked, i18n.language) : t('customerPriceList.noneHint')}
            options={[{ value: '', label: t('customerPriceList.none') }, ...options.map((list) => ({ value: list.id, label: `${list.name} · ${list.currency}` }))]}
          />
          <Button type="submit" busy={save.isPending} disabled={selected === (current?.id ?? '')}>
            {t('common.save')}
          </Button>
        </form>
      )}
      {save.isError ? <Notice tone="danger">{errorMessage(t, save.error)}</Notice> : null}
      {picked && picked.currency !== customer.currency ? <Notice tone="warning">{t('customerPriceList.currencyMismatch', { list: picked.currency, customer: customer.currency })}</Notice> : null}
      {options.length === 0 && lists.isSuccess ? (
        <p className="ui-muted">
          {t('customerPriceList.noLists')} <Link to="/price-lists/new">{t('priceLists.add')}</Link>
        </p>
      ) : null}
    </section>
  );
}
