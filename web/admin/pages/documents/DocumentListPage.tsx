import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, Select, TextInput } from '../../../ui/components/index.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import type { DocumentKind, DocumentSummary } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import type { CustomerSummary, Page } from '../../lib/types.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { DocumentTable } from './DocumentTable.tsx';

const sorts = ['-issue_date', 'issue_date', '-due_date', 'due_date', '-total', 'total', '-number', 'number'] as const;

/** Invoices, estimates, retainer invoices or credit notes: filters, search by number, sort and paging. */
export function DocumentListPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const config = kindConfigs[kind];
  const title = t(`kinds.${config.key}.title`);
  useDocumentTitle(title);
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<string>('-issue_date');
  const [customer, setCustomer] = useState<CustomerSummary>();
  const debounced = useDebounced(search.trim(), 300);
  const query = useMemo(() => {
    const params = new URLSearchParams({ sort });
    if (status) params.set('status', status);
    if (debounced) params.set('search', debounced);
    if (customer) params.set('customer_id', customer.id);
    return params.toString();
  }, [status, debounced, sort, customer]);
  const fetchPage = useMemo(() => (q: string) => api.get<Page<DocumentSummary>>(`/${config.path}?${q}`), [config.path]);
  const list = usePagedList(fetchPage, query, 25);
  const filtered = Boolean(status || debounced || customer);
  const newLink = (
    <Link to={`/${config.path}/new`} className="ui-button ui-button--primary">
      {t(`kinds.${config.key}.new`)}
    </Link>
  );

  return (
    <>
      <div className="admin-page-header">
        <h1>{title}</h1>
        {newLink}
      </div>
      <search className="admin-toolbar admin-doc-toolbar">
        <TextInput type="search" label={t('documents.searchNumber')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
        <Select
          label={t('documents.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('documents.allStatuses') }, ...config.statuses.map((s) => ({ value: s, label: t(`docStatus.${s}`) }))]}
        />
        <Select
          label={t('documents.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value)}
          fieldClassName="admin-toolbar__filter"
          options={sorts.filter((s) => config.hasDueDate || !s.endsWith('due_date')).map((s) => ({ value: s, label: t(`documents.sorts.${s}`) }))}
        />
        <CustomerPicker value={customer} onChange={setCustomer} allowAll label={t('documents.customerFilter')} />
      </search>
      <PagedListView
        list={list}
        loadingLabel={t('common.loading')}
        errorTitle={t('documents.loadListFailed')}
        empty={filtered ? <EmptyState title={t('documents.noMatch')} /> : <EmptyState title={t(`kinds.${config.key}.empty`)} action={newLink} />}
      >
        {(documents) => <DocumentTable config={config} documents={documents} caption={title} />}
      </PagedListView>
    </>
  );
}
