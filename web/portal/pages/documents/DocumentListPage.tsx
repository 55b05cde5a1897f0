import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { documentSorts, kindConfigs, pick, type KindSegment } from '../../lib/documentKinds.ts';
import { PlanFilter } from '../invoices/PlanFilter.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { FilterTabs, SearchBox, SortSelect, useListParams } from './ListControls.tsx';
import { documentKeys, fetchDocumentPage, type DocumentListFilters } from './queries.ts';

/** Invoices, retainer invoices, estimates or credit notes: filter, search by number, sort and page. */
export function DocumentListPage({ segment }: { segment: KindSegment }) {
  const { t } = useTranslation();
  const config = kindConfigs[segment];
  const { params, update } = useListParams();
  const filter = pick(params.get('filter'), config.filters, config.filters[0] ?? 'all');
  const sorts = config.secondDate === 'due_date' ? documentSorts : documentSorts.filter((sort) => !sort.endsWith('due_date'));
  const sort = pick(params.get('sort'), sorts, '-issue_date');
  const search = params.get('search')?.trim() ?? '';
  // Only invoices are issued by subscriptions; `?plan=` elsewhere is ignored.
  const plan = segment === 'invoices' ? (params.get('plan')?.trim() ?? '') : '';
  const filters: DocumentListFilters = plan ? { filter, search, sort, plan } : { filter, search, sort };
  const list = useCursorList({
    queryKey: documentKeys(segment).list(filters),
    fetchPage: ({ cursor, signal }) => fetchDocumentPage(segment, filters, cursor, signal),
  });
  const empty = <EmptyState title={search ? t('docs.noMatch', { search }) : t(`docs.${config.key}.empty`)} description={search ? undefined : plan ? t('docs.plan.tryAll') : filter !== 'all' ? t('docs.tryAll') : undefined} />;

  return (
    <>
      <PageHeader title={t(`docs.${config.key}.title`)} />
      <FilterTabs filters={config.filters} current={filter} labelKey={`docs.filters.${config.key}`} label={t('docs.filterLabel')} />
      <div className="p-list-controls">
        <SearchBox value={search} onSearch={(text) => update({ search: text || undefined })} />
        {segment === 'invoices' ? <PlanFilter value={plan} onPlan={(planId) => update({ plan: planId || undefined })} /> : null}
        <SortSelect value={sort} sorts={sorts} onSort={(value) => update({ sort: value === '-issue_date' ? undefined : value })} />
      </div>
      <div aria-busy={list.status === 'pending'}>
        <DocumentTable config={config} list={list} empty={empty} />
      </div>
    </>
  );
}
