import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, EmptyState, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { storedMessageText } from '../../../ui/stored-message.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { activityKeys, fetchActivities, type Activity } from './queries.ts';

/** What contacts did in the portal: who, for which customer, what, when and from where. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('activity.title'));
  const list = useCursorList({
    queryKey: activityKeys.list({}),
    fetchPage: ({ cursor, signal }) => fetchActivities({}, cursor, signal),
  });
  const columns: Column<Activity>[] = [
    { id: 'when', header: t('activity.when'), cell: (activity) => formatDateTime(activity.created_at, i18n.language) },
    { id: 'who', header: t('activity.who'), cell: (activity) => activity.actor_name },
    {
      id: 'customer',
      header: t('activity.customer'),
      cell: (activity) => (activity.customer_id ? <Link to={`/customers/${activity.customer_id}`}>{activity.customer_name ?? activity.customer_id}</Link> : ''),
    },
    { id: 'what', header: t('activity.what'), cell: (activity) => storedMessageText(activity, i18n.language, 'staff') },
    {
      id: 'from',
      header: t('activity.from'),
      className: 'admin-hide-narrow ui-small',
      cell: (activity) => (
        <>
          {activity.ip ?? ''}
          {activity.user_agent ? (
            <div className="ui-muted admin-ellipsis" title={activity.user_agent}>
              {activity.user_agent}
            </div>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <h1>{t('activity.title')}</h1>
      <DataTable
        caption={t('activity.title')}
        columns={columns}
        list={list}
        loadingLabel={t('activity.loading')}
        errorTitle={t('activity.loadFailed')}
        empty={<EmptyState title={t('activity.empty')} description={t('activity.emptyHint')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
    </>
  );
}
