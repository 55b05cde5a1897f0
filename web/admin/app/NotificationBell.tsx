import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Spinner } from '../../ui/components/index.ts';
import { formatRelative } from '../../ui/format.ts';
import { useApiMutation } from '../../ui/query/mutations.ts';
import { storedMessageText } from '../../ui/stored-message.ts';
import { routerPath } from '../lib/links.ts';
import { fetchNotifications, fetchUnreadCount, markNotificationRead, notificationKeys, type AppNotification } from '../pages/notifications/queries.ts';
import { useDisclosure } from './useDisclosure.ts';

/** The unread count is asked again this often while the tab is visible. */
export const bellPollMs = 20_000;
const latest = 8;

/** The bell: unread count polled every 20 s, a dropdown of the latest notifications. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { open, setOpen, close, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();
  // A failed poll keeps the count it had; the next one tries again.
  const unreadQuery = useQuery({ queryKey: notificationKeys.unreadCount(), queryFn: ({ signal }) => fetchUnreadCount(signal), refetchInterval: bellPollMs, retry: false });
  // The dropdown asks each time it opens.
  const recentQuery = useQuery({
    queryKey: notificationKeys.list({ latest }),
    queryFn: ({ signal }) => fetchNotifications({ limit: latest }, signal),
    enabled: open,
    staleTime: 0,
    retry: false,
  });
  const unread = unreadQuery.data ?? 0;
  const recent = open && recentQuery.isSuccess ? recentQuery.data.data : undefined;
  const failed = recentQuery.isError;
  const markRead = useApiMutation({ mutationFn: markNotificationRead, invalidates: [notificationKeys.all] });

  const markOne = async (notification: AppNotification) => {
    if (notification.read_at) return;
    await markRead.mutateAsync(notification.id);
  };

  const openNotification = async (notification: AppNotification) => {
    await markOne(notification).catch(() => undefined);
    close();
    if (notification.link) void navigate(routerPath(notification.link));
  };

  const label = unread > 0 ? t('bell.labelUnread', { count: unread }) : t('bell.label');
  return (
    <div className="admin-popup" ref={containerRef}>
      <button ref={buttonRef} type="button" className="admin-bell" aria-expanded={open} aria-controls="admin-bell-panel" aria-label={label} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 ? (
          <span className="admin-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id="admin-bell-panel" className="admin-popup__panel admin-bell__panel">
          <div className="admin-bell__header">
            <h2 className="admin-bell__title">{t('bell.title')}</h2>
            <Link to="/notifications" onClick={close}>
              {t('bell.seeAll')}
            </Link>
          </div>
          {failed ? <p className="ui-muted">{t('bell.loadFailed')}</p> : null}
          {!failed && !recent ? <Spinner label={t('common.loading')} /> : null}
          {recent && recent.length === 0 ? <p className="ui-muted admin-bell__empty">{t('bell.empty')}</p> : null}
          {recent && recent.length > 0 ? (
            <ul className="admin-bell__list">
              {recent.map((notification) => (
                <li key={notification.id} className={notification.read_at ? 'admin-bell__item' : 'admin-bell__item admin-bell__item--unread'}>
                  <button type="button" className="admin-bell__open" onClick={() => void openNotification(notification)}>
                    <span>{storedMessageText(notification, i18n.language, 'staff')}</span>
                    <span className="ui-muted ui-small">
                      {formatRelative(notification.created_at, i18n.language)}
                      {notification.read_at ? '' : ` · ${t('bell.unread')}`}
                    </span>
                  </button>
                  {notification.read_at ? null : (
                    <Button size="small" variant="ghost" onClick={() => void markOne(notification).catch(() => undefined)}>
                      {t('bell.markRead')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
