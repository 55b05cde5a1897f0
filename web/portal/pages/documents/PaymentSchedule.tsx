import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { DateText } from '../../../ui/components/DateText.tsx';
import { StatusBadge, type Tone } from '../../../ui/components/Feedback.tsx';
import { Money } from '../../../ui/components/Money.tsx';
import { fetchSchedule, scheduleKey, type ScheduledInstalment, type ScheduledSegment } from './schedule-queries.ts';

export const instalmentTones: Record<ScheduledInstalment['status'], Tone> = { paid: 'success', overdue: 'danger', due: 'warning', upcoming: 'neutral' };

/** The invoice's deposit and instalments, what is paid of each and what is due now; nothing without a schedule. */
export function PaymentSchedule({ segment, id, number }: { segment: ScheduledSegment; id: string; number: string }) {
  const { t } = useTranslation();
  const schedule = useQuery({ queryKey: scheduleKey(segment, id), queryFn: ({ signal }) => fetchSchedule(segment, id, signal) });
  const data = schedule.data;
  if (!data || data.instalments.length === 0) return null;
  const currency = data.currency;
  const columns: Column<ScheduledInstalment>[] = [
    { id: 'instalment', header: t('schedule.instalment'), rowHeader: true, cell: (row) => (row.kind === 'deposit' ? t('schedule.deposit') : t('schedule.number', { number: row.position })) },
    { id: 'due', header: t('schedule.dueDate'), cell: (row) => <DateText value={row.due_date} /> },
    { id: 'amount', header: t('schedule.amount'), className: 'p-num', cell: (row) => <Money minor={row.amount_minor} currency={currency} /> },
    { id: 'paid', header: t('schedule.paid'), className: 'p-num', cell: (row) => <Money minor={row.paid_minor} currency={currency} /> },
    { id: 'status', header: t('schedule.status'), cell: (row) => <StatusBadge tone={instalmentTones[row.status]}>{t(`schedule.statuses.${row.status}`)}</StatusBadge> },
  ];
  return (
    <section className="p-card" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading" className="p-card__title">
        {t('schedule.title')}
      </h2>
      <DataTable caption={t('schedule.caption', { number })} columns={columns} rows={data.instalments} rowKey={(row) => row.id} status="success" stacked errorTitle={t('common.errorTitle')} empty={null} />
      {data.balance_minor > 0 ? (
        <p className="p-strong">
          {t('schedule.dueNow')} <Money minor={data.due_now_minor} currency={currency} />
        </p>
      ) : null}
    </section>
  );
}
