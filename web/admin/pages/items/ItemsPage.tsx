import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner, StatusBadge, TextInput, useToast } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { PagedListView } from '../../app/PagedListView.tsx';
import type { Item, Tax } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { Page } from '../../lib/types.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { useResource } from '../../lib/useResource.ts';
import { ItemDialog } from './ItemDialog.tsx';

const fetchItems = (query: string) => api.get<Page<Item>>(`/items?${query}`);

/** The catalogue: search by name or SKU, add, edit and archive items. */
export function ItemsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('items.title'));
  const toast = useToast();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const query = useMemo(() => (debounced ? new URLSearchParams({ search: debounced }).toString() : ''), [debounced]);
  const list = usePagedList(fetchItems, query, 50);
  const taxes = useResource(() => api.get<{ data: Tax[] }>('/taxes'), 'taxes');
  const [editing, setEditing] = useState<Item | 'new'>();
  const [archiving, setArchiving] = useState<Item>();
  const taxName = (id: string | null) => taxes.data?.data.find((tax) => tax.id === id)?.name ?? '—';
  const addButton = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('items.add')}
    </Button>
  );

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('items.title')}</h1>
        {addButton}
      </div>
      <search className="admin-toolbar">
        <TextInput type="search" label={t('items.search')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
      </search>
      {taxes.error ? <ErrorState title={t('taxes.loadFailed')} message={errorMessage(t, taxes.error)} /> : null}
      {taxes.loading && !taxes.data ? <Spinner label={t('common.loading')} /> : null}
      <PagedListView
        list={list}
        loadingLabel={t('items.loading')}
        errorTitle={t('items.loadFailed')}
        empty={debounced ? <EmptyState title={t('items.noMatch', { search: debounced })} /> : <EmptyState title={t('items.empty')} description={t('items.emptyHint')} action={addButton} />}
      >
        {(items) => (
          <div className="ui-table-wrap">
            <table className="ui-table">
              <caption className="ui-visually-hidden">{t('items.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('items.name')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('items.sku')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('items.unit')}</th>
                  <th scope="col" className="admin-num">{t('items.rate')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('items.tax')}</th>
                  <th scope="col" className="ui-col-actions">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" className="admin-row-head">
                      {item.name} {item.archived ? <StatusBadge>{t('taxes.archived')}</StatusBadge> : null}
                      {item.description ? <div className="ui-muted ui-small">{item.description}</div> : null}
                    </th>
                    <td className="admin-hide-narrow">{item.sku ?? '—'}</td>
                    <td className="admin-hide-narrow">{item.unit ?? '—'}</td>
                    <td className="admin-num">{formatMoney(item.rate_minor, item.currency, i18n.language)}</td>
                    <td className="admin-hide-narrow">{taxName(item.tax_id)}</td>
                    <td className="ui-col-actions">
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
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedListView>
      {editing ? <ItemDialog item={editing} taxes={taxes.data?.data ?? []} onClose={() => setEditing(undefined)} onSaved={list.reload} /> : null}
      {archiving ? (
        <ConfirmDialog
          open
          danger
          title={t('items.archiveTitle', { name: archiving.name })}
          confirmLabel={t('taxes.archive')}
          onClose={() => setArchiving(undefined)}
          onConfirm={async () => {
            await api.delete(`/items/${archiving.id}`);
            list.setItems((all) => all.map((i) => (i.id === archiving.id ? { ...i, archived: true } : i)));
            toast.show(t('items.archived', { name: archiving.name }));
          }}
        >
          <p>{t('items.archiveExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
