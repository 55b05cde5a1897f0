import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Spinner } from '../../ui/components/index.ts';
import { formatRelative } from '../../ui/format.ts';
import { storedMessageText } from '../../ui/stored-message.ts';
import { api } from '../lib/client.ts';
import { routerPath } from '../lib/links.ts';
import type { AppNotification, NotificationPage } from '../lib/types.ts';
import { useDisclosure } from './useDisclosure.ts';

const pollMs = 20_000;

/** The bell: unread count polled every 20 s, a dropdown of the latest notifications. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { open, setOpen, close, containerRef, buttonRef } = useDisclosure<HTMLDivElement>();
  const [unread, setUnread] = useState(0);
  const [recent, setRecent] = useState<AppNotification[] | undefined>();
  const [failed, setFailed] = useState(false);

  const poll = useCallback(async () => {
    try {
      const page = await api.get<NotificationPage>('/notifications?unread=true&limit=1');
      setUnread(page.unread_count);
    } catch {
      // The next poll tries again; the count simply stays as it was.
    }
  }, []);

  useEffect(() => {
    void poll();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [poll]);

  useEffect(() => {
    if (!open) return;
    setFailed(false);
    api.get<NotificationPage>('/notifications?limit=8').then(
      (page) => {
        setRecent(page.data);
        setUnread(page.unread_count);
      },
      () => setFailed(true),
    );
  }, [open]);

  const markRead = async (notification: AppNotification) => {
    if (notification.read_at) return;
    await api.post(`/notifications/${notification.id}/read`);
    setRecent((list) => list?.map((n) => (n.id === notification.id ? { ...n, read_at: new Date().toISOString() } : n)));
    setUnread((count) => Math.max(0, count - 1));
  };

  const openNotification = async (notification: AppNotification) => {
    await markRead(notification).catch(() => undefined);
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
                    <Button size="small" variant="ghost" onClick={() => void markRead(notification)}>
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
