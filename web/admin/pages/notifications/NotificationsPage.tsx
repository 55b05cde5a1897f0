import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, DataTable, EmptyState, StatusBadge, useToast, type Column } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { storedMessageText } from '../../../ui/stored-message.ts';
import { errorMessage } from '../../lib/errors.ts';
import { routerPath } from '../../lib/links.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, notificationKeys, type AppNotification } from './queries.ts';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const toast = useToast();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = useCursorList({
    queryKey: notificationKeys.list({ unread: onlyUnread }),
    fetchPage: ({ cursor, signal }) => fetchNotifications({ unread: onlyUnread, limit: 50, cursor }, signal),
  });
  // The bell's count and list change too.
  const markRead = useApiMutation({ mutationFn: markNotificationRead, invalidates: [notificationKeys.all] });
  const markAll = useApiMutation({ mutationFn: markAllNotificationsRead, invalidates: [notificationKeys.all] });
  const failed = (failure: unknown) => toast.show(errorMessage(t, failure), 'danger');

  const columns: Column<AppNotification>[] = [
    {
      id: 'message',
      header: t('notifications.message'),
      cell: (notification) => {
        const message = storedMessageText(notification, i18n.language, 'staff');
        return (
          <>
            {notification.link ? <Link to={routerPath(notification.link)}>{message}</Link> : message}
            <div className="ui-muted ui-small">
              {formatDateTime(notification.created_at, i18n.language)} · {t(`notifications.events.${notification.event_type}`, { defaultValue: notification.event_type })}
            </div>
          </>
        );
      },
    },
    {
      id: 'status',
      header: t('notifications.status'),
      className: 'ui-col-actions',
      cell: (notification) =>
        notification.read_at ? (
          <StatusBadge>{t('notifications.read')}</StatusBadge>
        ) : (
          <Button
            size="small"
            onClick={() => markRead.mutate(notification.id, { onError: failed })}
            aria-label={t('notifications.markReadNamed', { message: storedMessageText(notification, i18n.language, 'staff') })}
          >
            {t('bell.markRead')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('notifications.title')}</h1>
        <div className="ui-button-row">
          <Button aria-pressed={onlyUnread} onClick={() => setOnlyUnread(!onlyUnread)}>
            {t('notifications.onlyUnread')}
          </Button>
          <Button
            variant="primary"
            busy={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onSuccess: () => toast.show(t('notifications.allRead')), onError: failed })}
            disabled={list.rows.every((n) => n.read_at)}
          >
            {t('notifications.markAllRead')}
          </Button>
        </div>
      </div>
      <DataTable
        caption={t('notifications.title')}
        columns={columns}
        list={list}
        stacked
        loadingLabel={t('notifications.loading')}
        errorTitle={t('notifications.loadFailed')}
        empty={<EmptyState title={t('notifications.empty')} description={t('notifications.emptyHint')} />}
        loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
      />
    </>
  );
}
