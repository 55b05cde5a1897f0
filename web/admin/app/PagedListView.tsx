import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorState, Spinner } from '../../ui/components/index.ts';
import { errorMessage } from '../lib/errors.ts';
import type { PagedList } from '../lib/usePagedList.ts';

interface PagedListViewProps<T> {
  list: PagedList<T>;
  loadingLabel: string;
  errorTitle: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}

/** Loading, error, empty, or the items with "Load more" while the server has more. */
export function PagedListView<T>({ list, loadingLabel, errorTitle, empty, children }: PagedListViewProps<T>) {
  const { t } = useTranslation();
  if (list.loading) return <Spinner label={loadingLabel} />;
  if (list.error && list.items.length === 0) {
    return <ErrorState title={errorTitle} message={errorMessage(t, list.error)} retryLabel={t('common.retry')} onRetry={list.reload} />;
  }
  if (list.items.length === 0) return <>{empty}</>;
  return (
    <>
      {children(list.items)}
      <div className="admin-list-footer">
        <span className="ui-muted">{t('common.shown', { count: list.items.length })}</span>
        {list.hasMore ? (
          <Button onClick={() => void list.loadMore()} busy={list.loadingMore}>
            {t('common.loadMore')}
          </Button>
        ) : null}
      </div>
      {list.error ? <EmptyState title={errorMessage(t, list.error)} /> : null}
    </>
  );
}
