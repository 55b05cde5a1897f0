import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { storedMessageText } from '../../../ui/stored-message.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { ActivityItem } from './queries.ts';

export function RecentActivity({ items }: { items: ActivityItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="p-card" aria-labelledby="recent-activity-heading">
      <h2 id="recent-activity-heading" className="p-card__title">
        {t('dashboard.recentActivity')}
      </h2>
      {items.length === 0 ? (
        <EmptyState title={t('dashboard.noActivity')} />
      ) : (
        <ul className="p-activity">
          {items.map((item) => (
            <li key={item.id} className="p-activity__item">
              <span>{storedMessageText(item, i18n.language, 'customer')}</span>
              <time dateTime={item.created_at} className="ui-muted">
                {formatDateTime(item.created_at)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
