import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { storedMessageText } from '../../../ui/stored-message.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import { api } from '../../lib/client.ts';
import type { Activity, Page } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';

const fetchActivities = (query: string) => api.get<Page<Activity>>(`/activities?${query}`);

/** What contacts did in the portal: who, for which customer, what, when and from where. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('activity.title'));
  const list = usePagedList(fetchActivities, '', 50);
  return (
    <>
      <h1>{t('activity.title')}</h1>
      <PagedListView list={list} loadingLabel={t('activity.loading')} errorTitle={t('activity.loadFailed')} empty={<EmptyState title={t('activity.empty')} description={t('activity.emptyHint')} />}>
        {(activities) => (
          <div className="ui-table-wrap">
            <table className="ui-table">
              <thead>
                <tr>
                  <th scope="col">{t('activity.when')}</th>
                  <th scope="col">{t('activity.who')}</th>
                  <th scope="col">{t('activity.customer')}</th>
                  <th scope="col">{t('activity.what')}</th>
                  <th scope="col" className="admin-hide-narrow">{t('activity.from')}</th>
                </tr>
              </thead>
              <tbody>
                {activities.map((activity) => (
                  <tr key={activity.id}>
                    <td>{formatDateTime(activity.created_at, i18n.language)}</td>
                    <td>{activity.actor_name}</td>
                    <td>{activity.customer_id ? <Link to={`/customers/${activity.customer_id}`}>{activity.customer_name ?? activity.customer_id}</Link> : ''}</td>
                    <td>{storedMessageText(activity, i18n.language, 'staff')}</td>
                    <td className="admin-hide-narrow ui-small">
                      {activity.ip ?? ''}
                      {activity.user_agent ? <div className="ui-muted admin-ellipsis" title={activity.user_agent}>{activity.user_agent}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedListView>
    </>
  );
}
