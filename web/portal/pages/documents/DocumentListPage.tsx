import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useMe } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { DocumentSummary, Page } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { documentSorts, kindConfigs, pick, type KindSegment } from '../../lib/documentKinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { queryString, usePagedList } from '../../lib/usePagedList.ts';
import { DocumentTable } from './DocumentTable.tsx';
import { FilterTabs, SearchBox, SortSelect, useListParams } from './ListControls.tsx';

/** Invoices, retainer invoices, estimates or credit notes: filter, search by number, sort and page. */
export function DocumentListPage({ segment }: { segment: KindSegment }) {
  const { t } = useTranslation();
  const me = useMe();
  const config = kindConfigs[segment];
  const { params, update } = useListParams();
  const filter = pick(params.get('filter'), config.filters, config.filters[0] ?? 'all');
  const sorts = config.secondDate === 'due_date' ? documentSorts : documentSorts.filter((sort) => !sort.endsWith('due_date'));
  const sort = pick(params.get('sort'), sorts, '-issue_date');
  const search = params.get('search')?.trim() ?? '';
  const list = usePagedList(
    (cursor) => portalApi.get<Page<DocumentSummary>>(`/${segment}${queryString({ filter, search, sort, limit: '25', cursor })}`),
    `${me.customer?.id ?? ''}|${segment}|${filter}|${search}|${sort}`,
  );

  let body;
  if (list.status === 'loading') body = <Loading />;
  else if (list.status === 'error') body = <LoadFailed message={errorMessage(t, list.error)} onRetry={list.reload} />;
  else if (list.items.length === 0) {
    body = <EmptyState title={search ? t('docs.noMatch', { search }) : t(`docs.${config.key}.empty`)} description={filter !== 'all' && !search ? t('docs.tryAll') : undefined} />;
  } else {
    body = (
      <>
        <DocumentTable config={config} documents={list.items} />
        <LoadMore shown={list.items.length} hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t(`docs.${config.key}.title`)} />
      <FilterTabs filters={config.filters} current={filter} labelKey={`docs.filters.${config.key}`} label={t('docs.filterLabel')} />
      <div className="p-list-controls">
        <SearchBox value={search} onSearch={(text) => update({ search: text || undefined })} />
        <SortSelect value={sort} sorts={sorts} onSort={(value) => update({ sort: value === '-issue_date' ? undefined : value })} />
      </div>
      <div aria-busy={list.status === 'loading'}>{body}</div>
    </>
  );
}
