import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, EmptyState, StatusBadge, useToast } from '../../../ui/components/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { storedMessageText } from '../../../ui/stored-message.ts';
import { PagedListView } from '../../app/PagedListView.tsx';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { routerPath } from '../../lib/links.ts';
import type { AppNotification, NotificationPage } from '../../lib/types.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { usePagedList } from '../../lib/usePagedList.ts';

const fetchNotifications = (query: string) => api.get<NotificationPage>(`/notifications?${query}`);

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const toast = useToast();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = usePagedList(fetchNotifications, onlyUnread ? 'unread=true' : '', 50);
  const [busy, setBusy] = useState(false);

  const markRead = async (notification: AppNotification) => {
    try {
      await api.post(`/notifications/${notification.id}/read`);
      list.setItems((items) => items.map((n) => (n.id === notification.id ? { ...n, read_at: new Date().toISOString() } : n)));
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
    }
  };
  const markAll = async () => {
    setBusy(true);
    try {
      await api.post('/notifications/read-all');
      const now = new Date().toISOString();
      list.setItems((items) => items.map((n) => ({ ...n, read_at: n.read_at ?? now })));
      toast.show(t('notifications.allRead'));
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="admin-page-header">
        <h1>{t('notifications.title')}</h1>
        <div className="ui-button-row">
          <Button aria-pressed={onlyUnread} onClick={() => setOnlyUnread(!onlyUnread)}>
            {t('notifications.onlyUnread')}
          </Button>
          <Button variant="primary" busy={busy} onClick={() => void markAll()} disabled={list.items.every((n) => n.read_at)}>
            {t('notifications.markAllRead')}
          </Button>
        </div>
      </div>
      <PagedListView list={list} loadingLabel={t('notifications.loading')} errorTitle={t('notifications.loadFailed')} empty={<EmptyState title={t('notifications.empty')} description={t('notifications.emptyHint')} />}>
        {(notifications) => (
          <ul className="admin-notification-list">
            {notifications.map((notification) => {
              const message = storedMessageText(notification, i18n.language, 'staff');
              return (
                <li key={notification.id} className={notification.read_at ? 'admin-notification' : 'admin-notification admin-notification--unread'}>
                  <div className="admin-notification__text">
                    {notification.link ? <Link to={routerPath(notification.link)}>{message}</Link> : message}
                    <div className="ui-muted ui-small">
                      {formatDateTime(notification.created_at, i18n.language)} · {t(`notifications.events.${notification.event_type}`, { defaultValue: notification.event_type })}
                    </div>
                  </div>
                  {notification.read_at ? (
                    <StatusBadge>{t('notifications.read')}</StatusBadge>
                  ) : (
                    <Button size="small" onClick={() => void markRead(notification)} aria-label={t('notifications.markReadNamed', { message })}>
                      {t('bell.markRead')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </PagedListView>
    </>
  );
}
