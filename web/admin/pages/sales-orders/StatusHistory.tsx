import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import type { SalesOrderEvent } from './queries.ts';

const statuses = new Set(['draft', 'pending_approval', 'confirmed', 'partially_shipped', 'shipped', 'delivered', 'cancelled']);

/** The order's status history, oldest first: what happened, who did it, when, and any note (a cancel reason). */
export function StatusHistory({ events }: { events: readonly SalesOrderEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="order-history-heading">
      <h2 id="order-history-heading">{t('salesOrders.history')}</h2>
      {events.length === 0 ? (
        <p className="ui-muted">{t('salesOrders.noHistory')}</p>
      ) : (
        <ol className="admin-timeline">
          {events.map((event) => (
            <li key={event.id} className="admin-timeline__item">
              <div className="admin-timeline__meta">
                <strong>{statuses.has(event.status) ? t(`orderStatus.${event.status}`) : event.status}</strong>
                <time className="ui-muted ui-small" dateTime={event.created_at}>
                  {formatDateTime(event.created_at, i18n.language)}
                </time>
                <span className="ui-muted ui-small">{event.actor_name ? t('salesOrders.by', { name: event.actor_name, actor: t(`salesOrders.actor.${event.actor_type}`) }) : t(`salesOrders.actor.${event.actor_type}`)}</span>
              </div>
              {event.note ? <p className="admin-timeline__note">{event.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
