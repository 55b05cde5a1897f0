import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, EmptyState, ErrorState, Spinner, TextInput } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import type { CustomerSummary, Page } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { BulkEnableDialog } from './BulkEnableDialog.tsx';
import { CustomerTable } from './CustomerTable.tsx';
import { SelectionBar } from './SelectionBar.tsx';

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

const fetchCustomers = (query: string) => api.get<Page<CustomerSummary>>(`/customers?${query}`);

export function CustomersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('customers.title'));
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const query = useMemo(() => (debounced ? new URLSearchParams({ search: debounced }).toString() : ''), [debounced]);
  const list = usePagedList(fetchCustomers, query, 50);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [fetchedNames, setFetchedNames] = useState<Map<string, string>>(new Map());
  const names = useMemo(() => new Map([...fetchedNames, ...list.items.map((c) => [c.id, c.display_name] as const)]), [list.items, fetchedNames]);

  const toggle = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('customers.title')}</h1>
        <Link to="/customers/new" className="ui-button ui-button--primary">
          {t('customers.new')}
        </Link>
      </div>
      <search className="admin-toolbar">
        <TextInput
          type="search"
          label={t('customers.search')}
          placeholder={t('customers.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          fieldClassName="admin-toolbar__search"
        />
      </search>
      <SelectionBar
        selected={selected}
        loaded={list.items}
        search={debounced}
        onSelect={(ids, fetched) => {
          setSelected(ids);
          if (fetched) setFetchedNames(fetched);
        }}
        onBulkEnable={() => setBulkOpen(true)}
      />
      {list.loading ? <Spinner label={t('customers.loading')} /> : null}
      {!list.loading && list.error && list.items.length === 0 ? (
        <ErrorState title={t('customers.loadFailed')} message={errorMessage(t, list.error)} retryLabel={t('common.retry')} onRetry={list.reload} />
      ) : null}
      {!list.loading && !list.error && list.items.length === 0 ? (
        debounced ? (
          <EmptyState title={t('customers.noMatch', { search: debounced })} />
        ) : (
          <EmptyState
            title={t('customers.empty')}
            description={t('customers.emptyHint')}
            action={
              <Link to="/customers/new" className="ui-button ui-button--primary">
                {t('customers.new')}
              </Link>
            }
          />
        )
      ) : null}
      {!list.loading && list.items.length > 0 ? (
        <>
          <CustomerTable customers={list.items} selected={selected} onToggle={toggle} onSelect={setSelected} />
          <div className="admin-list-footer">
            <span className="ui-muted" role="status">
              {t('customers.shown', { count: list.items.length })}
            </span>
            {list.hasMore ? (
              <Button onClick={() => void list.loadMore()} busy={list.loadingMore}>
                {t('common.loadMore')}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
      <BulkEnableDialog
        open={bulkOpen}
        customerIds={[...selected]}
        names={names}
        onClose={(changed) => {
          setBulkOpen(false);
          if (changed) {
            setSelected(new Set());
            list.reload();
          }
        }}
      />
    </>
  );
}
