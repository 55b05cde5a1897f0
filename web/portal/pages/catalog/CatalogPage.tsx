import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListFooter } from '../../../ui/components/DataTable.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { Select } from '../../../ui/components/Field.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { SearchBox, useListParams } from '../documents/ListControls.tsx';
import { cartKeys, fetchCart } from '../cart/queries.ts';
import { CatalogItemCard } from './CatalogItemCard.tsx';
import { catalogKeys, fetchCatalogPage, fetchCategories, type CatalogFilters } from './queries.ts';
import { useStockStream } from './useStockStream.ts';

/** What this customer can order: search, a category, the items as cards with live stock. */
export function CatalogPage() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const filters: CatalogFilters = { search: params.get('search')?.trim() ?? '', category: params.get('category') ?? '' };
  const list = useCursorList({ queryKey: catalogKeys.list(filters), fetchPage: ({ cursor, signal }) => fetchCatalogPage(filters, cursor, signal) });
  const categories = useQuery({ queryKey: catalogKeys.categories(), queryFn: ({ signal }) => fetchCategories(signal) });
  const cart = useQuery({ queryKey: cartKeys.all, queryFn: ({ signal }) => fetchCart(signal) });
  const live = useStockStream();
  const count = cart.data?.lines.length ?? 0;

  return (
    <>
      <PageHeader title={t('catalog.title')}>
        <p className="ui-muted">{t('catalog.intro')}</p>
      </PageHeader>
      <div className="p-list-controls">
        <SearchBox value={filters.search} label={t('catalog.search')} onSearch={(text) => update({ search: text || undefined })} />
        <Select
          label={t('catalog.category')}
          fieldClassName="p-list-controls__sort"
          value={filters.category}
          onChange={(event) => update({ category: event.target.value || undefined })}
          options={[{ value: '', label: t('catalog.allCategories') }, ...(categories.data ?? []).map((category) => ({ value: category.name, label: t('catalog.categoryOption', { name: category.name, count: category.item_count }) }))]}
        />
        <p className="p-catalog__cart">
          <Link to="/cart" className="ui-button ui-button--secondary">
            {t('catalog.viewCart', { count })}
          </Link>
        </p>
      </div>
      <p className="ui-muted ui-small p-live" aria-live="off">
        {live ? t('catalog.live') : t('catalog.notLive')}
      </p>
      <div aria-busy={list.status === 'pending'}>
        {list.status === 'pending' ? <Loading /> : null}
        {list.status === 'error' ? <LoadFailed message={errorMessage(t, list.error)} onRetry={list.refetch} /> : null}
        {list.status === 'success' && list.rows.length === 0 ? (
          <EmptyState
            title={filters.search ? t('catalog.noMatch', { search: filters.search }) : filters.category ? t('catalog.noneInCategory') : t('catalog.empty')}
            description={filters.search || filters.category ? t('catalog.tryAll') : undefined}
          />
        ) : null}
        {list.rows.length > 0 ? (
          <>
            <ul className="p-item-grid" aria-label={t('catalog.itemsLabel')}>
              {list.rows.map((item) => (
                <CatalogItemCard key={item.id} item={item} cart={cart.data} />
              ))}
            </ul>
            <ListFooter list={list} labels={{ shown: (shown) => t('catalog.shown', { count: shown }), loadMore: t('docs.loadMore') }} />
          </>
        ) : null}
      </div>
    </>
  );
}
