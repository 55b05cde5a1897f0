import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, TextInput } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { adminClient } from '../../lib/client.ts';
import { CsvExportLink } from '../../lib/CsvExportLink.tsx';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { ImportButton } from '../imports/ImportButton.tsx';
import { BulkEnableDialog } from './BulkEnableDialog.tsx';
import { CustomerTable } from './CustomerTable.tsx';
import { customerKeys } from './queries.ts';
import { SelectionBar } from './SelectionBar.tsx';

export function CustomersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('customers.title'));
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 300);
  const list = useCursorList({
    queryKey: customerKeys.list({ search: debounced }),
    fetchPage: ({ cursor, signal }) => adminClient.get('/customers', { params: { query: { search: debounced || undefined, limit: 50, cursor } }, signal }),
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [fetchedNames, setFetchedNames] = useState<Map<string, string>>(new Map());
  const names = useMemo(() => new Map([...fetchedNames, ...list.rows.map((c) => [c.id, c.display_name] as const)]), [list.rows, fetchedNames]);

  const empty = debounced ? (
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
  );

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('customers.title')}</h1>
        <div className="ui-button-row">
          <CsvExportLink path="/customers.csv" filters={{ search: debounced }} />
          <ImportButton kind="customers" stale={customerKeys.all} />
          <ImportButton kind="contact_persons" stale={customerKeys.all} label={t('imports.importContacts')} />
          <Link to="/customers/new" className="ui-button ui-button--primary">
            {t('customers.new')}
          </Link>
        </div>
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
        loaded={list.rows}
        search={debounced}
        onSelect={(ids, fetched) => {
          setSelected(ids);
          if (fetched) setFetchedNames(fetched);
        }}
        onBulkEnable={() => setBulkOpen(true)}
      />
      <CustomerTable list={list} selected={selected} onSelect={setSelected} empty={empty} />
      <BulkEnableDialog
        open={bulkOpen}
        customerIds={[...selected]}
        names={names}
        onClose={(changed) => {
          setBulkOpen(false);
          if (changed) {
            setSelected(new Set());
            // Portal counts changed on many customers: every customer query is stale.
            void queryClient.invalidateQueries({ queryKey: customerKeys.all });
          }
        }}
      />
    </>
  );
}
