import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, EmptyState, StatusBadge, TextInput, useToast, type Column, type Tone } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { todayLocal } from '../../lib/document-kinds.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { customerKeys } from '../customers/queries.ts';
import { ImportButton } from '../imports/ImportButton.tsx';
import { priceListRule, priceListState, priceListValidity, type PriceListState } from './price-list-text.ts';
import { archivePriceList, fetchPriceListsPage, priceListKeys, type PriceListSummary } from './queries.ts';

const stateTones: Record<PriceListState, Tone> = { active: 'success', scheduled: 'info', expired: 'warning', archived: 'neutral' };

/** Price lists: search, the rule and validity of each, add, edit, archive, and import rates from a CSV file. */
export function PriceListsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('priceLists.title'));
  const toast = useToast();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const list = useCursorList({ queryKey: priceListKeys.list({ search: debounced }), fetchPage: ({ cursor, signal }) => fetchPriceListsPage(debounced, cursor, signal) });
  // Customers show the name of their list.
  const archive = useApiMutation({ mutationFn: archivePriceList, invalidates: [priceListKeys.all, customerKeys.details()] });
  const [archiving, setArchiving] = useState<PriceListSummary>();
  const today = todayLocal();
  const addLink = (
    <Link to="/price-lists/new" className="ui-button ui-button--primary">
      {t('priceLists.add')}
    </Link>
  );

  const columns: Column<PriceListSummary>[] = [
    { id: 'name', header: t('priceLists.name'), rowHeader: true, className: 'admin-row-head', cell: (row) => <Link to={`/price-lists/${row.id}`}>{row.name}</Link> },
    { id: 'currency', header: t('priceLists.currency'), cell: (row) => row.currency },
    { id: 'rule', header: t('priceLists.kind'), cell: (row) => priceListRule(t, row, i18n.language) },
    { id: 'validity', header: t('priceLists.validityLabel'), className: 'admin-hide-narrow', cell: (row) => priceListValidity(t, row, i18n.language) },
    {
      id: 'state',
      header: t('priceLists.state'),
      cell: (row) => {
        const state = priceListState(row, today);
        return <StatusBadge tone={stateTones[state]}>{t(`priceLists.states.${state}`)}</StatusBadge>;
      },
    },
    {
      id: 'actions',
      header: t('common.actions'),
      className: 'ui-col-actions',
      cell: (row) =>
        row.archived ? null : (
          <div className="admin-row-actions">
            <Button size="small" variant="ghost" onClick={() => setArchiving(row)} aria-label={t('priceLists.archiveNamed', { name: row.name })}>
              {t('taxes.archive')}
            </Button>
          </div>
        ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <div>
          <h1>{t('priceLists.title')}</h1>
          <p className="ui-muted">{t('priceLists.intro')}</p>
        </div>
        <div className="ui-button-row">
          <ImportButton kind="price_lists" stale={priceListKeys.all} />
          {addLink}
        </div>
      </div>
      <search className="admin-toolbar">
        <TextInput type="search" label={t('priceLists.search')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
      </search>
      <DataTable
        caption={t('priceLists.title')}
        columns={columns}
        list={list}
        loadingLabel={t('priceLists.loading')}
        errorTitle={t('priceLists.loadFailed')}
        empty={debounced ? <EmptyState title={t('priceLists.noMatch', { search: debounced })} /> : <EmptyState title={t('priceLists.empty')} description={t('priceLists.emptyHint')} action={addLink} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
        stacked
      />
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('priceLists.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await archive.mutateAsync(archiving.id);
            toast.show(t('priceLists.archived', { name: archiving.name }));
          }}
        >
          <p>{t('priceLists.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
