import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, Select, TextInput } from '../../../ui/components/index.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { CsvExportLink } from '../../lib/CsvExportLink.tsx';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { ImportButton } from '../imports/ImportButton.tsx';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { documentKeys, fetchDocuments, type DocumentKind, type DocumentListQuery, type DocumentSort, type DocumentStatus } from './queries.ts';

const sorts: DocumentSort[] = ['-issue_date', 'issue_date', '-due_date', 'due_date', '-total', 'total', '-number', 'number'];

/** Invoices, estimates, retainer invoices or credit notes: filters, search by number, sort and paging. */
export function DocumentListPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const config = kindConfigs[kind];
  const title = t(`kinds.${config.key}.title`);
  useDocumentTitle(title);
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<DocumentSort>('-issue_date');
  const [customer, setCustomer] = useState<PickedCustomer>();
  const debounced = useDebounced(search.trim(), 300);
  const query: DocumentListQuery = { sort, status: status || undefined, search: debounced || undefined, customer_id: customer?.id, limit: 25 };
  const list = useCursorList({
    queryKey: documentKeys.list({ kind, ...query }),
    fetchPage: ({ cursor, signal }) => fetchDocuments(kind, { ...query, cursor }, signal),
  });
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
        {kind === 'invoice' ? (
          <div className="ui-button-row">
            <CsvExportLink path="/invoices.csv" filters={{ sort, status: status || undefined, search: debounced || undefined, customer_id: customer?.id }} />
            <ImportButton kind="open_invoices" stale={documentKeys.all} label={t('imports.importInvoices')} />
            {newLink}
          </div>
        ) : (
          newLink
        )}
      </div>
      <search className="admin-toolbar admin-doc-toolbar">
        <TextInput type="search" label={t('documents.searchNumber')} value={search} onChange={(e) => setSearch(e.target.value)} fieldClassName="admin-toolbar__search" />
        <Select
          label={t('documents.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as DocumentStatus | '')}
          fieldClassName="admin-toolbar__filter"
          options={[{ value: '', label: t('documents.allStatuses') }, ...config.statuses.map((s) => ({ value: s, label: t(`docStatus.${s}`) }))]}
        />
        <Select
          label={t('documents.sort')}
          value={sort}
          onChange={(e) => setSort(e.target.value as DocumentSort)}
          fieldClassName="admin-toolbar__filter"
          options={sorts.filter((s) => config.hasDueDate || !s.endsWith('due_date')).map((s) => ({ value: s, label: t(`documents.sorts.${s}`) }))}
        />
        <CustomerPicker value={customer} onChange={setCustomer} allowAll label={t('documents.customerFilter')} />
      </search>
      <DocumentTable
        config={config}
        list={list}
        caption={title}
        empty={filtered ? <EmptyState title={t('documents.noMatch')} /> : <EmptyState title={t(`kinds.${config.key}.empty`)} action={newLink} />}
      />
    </>
  );
}
