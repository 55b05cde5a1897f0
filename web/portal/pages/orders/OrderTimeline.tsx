import { useTranslation } from 'react-i18next';
import { DateText } from '../../../ui/components/DateText.tsx';
import { cx } from '../../../ui/components/cx.ts';
import { useFormatters } from '../../../ui/locale.ts';
import type { Timeline } from './order-status.ts';

/** Placed → confirmed → shipped → delivered, each with its date once reached; a cancellation said apart. */
export function OrderTimeline({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  return (
    <section className="p-card" aria-labelledby="progress-heading">
      <h2 id="progress-heading" className="p-card__title">
        {t('orders.progress.title')}
      </h2>
      <ol className="p-timeline">
        {timeline.steps.map((step) => (
          <li key={step.id} className={cx('p-timeline__step', `p-timeline__step--${step.state}`)} aria-current={timeline.current === step.id ? 'step' : undefined}>
            <span className="p-timeline__marker" aria-hidden="true" />
            <span className="p-timeline__label">{t(`orders.progress.${step.id}`)}</span>
            <span className="ui-visually-hidden">{t(`orders.progress.state.${step.state}`)}</span>
            {step.at ? <DateText value={step.at} kind="date" className="p-block ui-muted ui-small" /> : null}
            {step.state === 'partial' ? <span className="p-block ui-muted ui-small">{t('orders.progress.partial')}</span> : null}
          </li>
        ))}
      </ol>
      {timeline.awaitingApproval ? <p className="ui-muted">{t('orders.progress.awaitingApproval')}</p> : null}
      {timeline.cancelled ? (
        <p className="ui-notice ui-notice--warning">
          {timeline.cancelled.at ? t('orders.progress.cancelledOn', { date: date(timeline.cancelled.at) }) : t('orders.progress.cancelled')}
          {timeline.cancelled.reason ? <span className="p-block">{t('orders.progress.reason', { reason: timeline.cancelled.reason })}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
