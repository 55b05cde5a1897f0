import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatQuantity } from '../../../ui/billing-format.ts';
import { Button, DataTable, EmptyState, ErrorState, Select, StatusBadge, TextInput, useToast, type Column } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { CsvExportLink } from '../../lib/CsvExportLink.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchTaxes, taxKeys } from '../billing-settings/queries.ts';
import { ImportButton } from '../imports/ImportButton.tsx';
import { ItemDialog } from './ItemDialog.tsx';
import { archiveItem, fetchItemCategories, fetchItemsPage, itemCategoriesKey, itemKeys, type Item } from './queries.ts';

/** The catalogue: search by name or SKU, filter by category, see stock at a glance, add, edit and archive items. */
export function ItemsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('items.title'));
  const toast = useToast();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const [category, setCategory] = useState('');
  const filters = { search: debounced, category };
  const list = useCursorList({
    queryKey: itemKeys.list(filters),
    fetchPage: ({ cursor, signal }) => fetchItemsPage(filters, cursor, signal),
  });
  const categories = useQuery({ queryKey: itemCategoriesKey, queryFn: ({ signal }) => fetchItemCategories(signal) });
  const quantity = (value: number) => formatQuantity(value, i18n.language);
  const notTracked = <span className="ui-muted">{t('items.notTracked')}</span>;
  const taxes = useQuery({ queryKey: taxKeys.list({}), queryFn: ({ signal }) => fetchTaxes(signal) });
  const archive = useApiMutation({ mutationFn: archiveItem, invalidates: [itemKeys.all] });
  const [editing, setEditing] = useState<Item | 'new'>();
  const [archiving, setArchiving] = useState<Item>();
  const taxName = (id: string | null) => taxes.data?.data.find((tax) => tax.id === id)?.name ?? '—';
  const addButton = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('items.add')}
    </Button>
  );

  const columns: Column<Item>[] = [
    {
      id: 'name',
      header: t('items.name'),
      rowHeader: true,
      className: 'admin-row-head',
      cell: (item) => (
        <>
          <Link to={`/items/${item.id}`}>{item.name}</Link> {item.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
          {item.description ? <div className="ui-muted ui-small">{item.description}</div> : null}
        </>
      ),
    },
    { id: 'sku', header: t('items.sku'), className: 'admin-hide-narrow', cell: (item) => item.sku ?? '—' },
    { id: 'category', header: t('items.category'), className: 'admin-hide-narrow', cell: (item) => item.category ?? '—' },
    { id: 'rate', header: t('items.rate'), className: 'admin-num', cell: (item) => formatMoney(item.rate_minor, item.currency, i18n.language) },
    { id: 'tax', header: t('items.tax'), className: 'admin-hide-narrow', cell: (item) => taxName(item.tax_id) },
    { id: 'on-hand', header: t('stock.onHand'), className: 'admin-num admin-hide-narrow', cell: (item) => (item.stock ? quantity(item.stock.on_hand) : notTracked) },
    { id: 'committed', header: t('stock.committed'), className: 'admin-num admin-hide-narrow', cell: (item) => (item.stock ? quantity(item.stock.committed) : '') },
    { id: 'available', header: t('stock.available'), className: 'admin-num', cell: (item) => (item.stock ? quantity(item.stock.available) : notTracked) },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (item) => (
        <div className="admin-row-actions">
          <Button size="small" onClick={() => setEditing(item)} aria-label={t('items.editNamed', { name: item.name })}>
            {t('common.edit')}
          </Button>
          {item.archived ? null : (
            <Button size="small" variant="ghost" onClick={() => setArchiving(item)} aria-label={t('items.archiveNamed', { name: item.name })}>
              {t('taxes.archive')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('items.title')}</h1>
        <div className="ui-button-row">
          <CsvExportLink path="/items.csv" filters={filters} />
          <ImportButton kind="items" stale={itemKeys.all} />
          {addButton}
        </div>
      </div>
      <search className="admin-toolbar">
        <TextInput type="search" label={t('items.search')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
        <Select
          label={t('items.category')}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('items.allCategories') }, ...(categories.data ?? []).map((name) => ({ value: name, label: name }))]}
        />
      </search>
      {taxes.isError ? <ErrorState title={t('taxes.loadFailed')} message={errorMessage(t, taxes.error)} /> : null}
      <DataTable
        caption={t('items.title')}
        columns={columns}
        list={list}
        loadingLabel={t('items.loading')}
        errorTitle={t('items.loadFailed')}
        empty={debounced || category ? <EmptyState title={debounced ? t('items.noMatch', { search: debounced }) : t('items.noneInCategory', { category })} /> : <EmptyState title={t('items.empty')} description={t('items.emptyHint')} action={addButton} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
      {editing ? <ItemDialog item={editing} taxes={taxes.data?.data ?? []} onClose={() => setEditing(undefined)} /> : null}
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('items.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await archive.mutateAsync(archiving.id);
            toast.show(t('items.archived', { name: archiving.name }));
          }}
        >
          <p>{t('items.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
