import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../ui/api/errors.ts';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { Button, DataTable, FormDialog, Notice, StatusBadge, useToast, type Tone } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { documentKeys, type BillingDocument } from './queries.ts';
import {
  blankRow,
  previewSchedule,
  rowsFromSchedule,
  scheduleFieldName,
  scheduleFormSchema,
  scheduleIssueText,
  toScheduleBody,
  valueErrors,
  type PaymentSchedule,
  type ScheduleBody,
} from './schedule-form.ts';

type Instalment = PaymentSchedule['instalments'][number];
type ScheduledKind = 'invoice' | 'retainer_invoice';

export const scheduleKey = (id: string) => [...documentKeys.detail(id), 'payment-schedule'] as const;
const schedulePath = (kind: ScheduledKind) => (kind === 'invoice' ? '/invoices/{id}/payment-schedule' : '/retainer-invoices/{id}/payment-schedule') as '/invoices/{id}/payment-schedule';

const statusTones: Record<Instalment['status'], Tone> = { paid: 'success', overdue: 'danger', due: 'warning', upcoming: 'neutral' };
/** Stored and shown statuses whose schedule staff may change. */
const editable = new Set(['draft', 'sent', 'partially_paid', 'overdue']);

/** The invoice's deposit and instalments, each covered by what was paid, with the editor. */
export function PaymentScheduleCard({ document }: { document: BillingDocument }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const kind = document.kind as ScheduledKind;
  const [editing, setEditing] = useState(false);
  const schedule = useQuery({
    queryKey: scheduleKey(document.id),
    queryFn: ({ signal }) => adminClient.get(schedulePath(kind), { params: { path: { id: document.id } }, signal }),
  });
  const remove = useApiMutation({
    mutationFn: () => adminClient.delete(schedulePath(kind), { params: { path: { id: document.id } } }),
    invalidates: [scheduleKey(document.id)],
  });
  const money = (minor: number) => formatMoney(minor, document.currency, locale);
  const data = schedule.data;
  const canEdit = editable.has(document.status);

  const columns = [
    { id: 'position', header: t('schedule.instalment'), rowHeader: true, cell: (row: Instalment) => (row.kind === 'deposit' ? t('schedule.deposit') : t('schedule.number', { number: row.position })) },
    { id: 'due', header: t('schedule.dueDate'), cell: (row: Instalment) => formatCalendarDate(row.due_date, locale) },
    { id: 'amount', header: t('schedule.amount'), className: 'p-num', cell: (row: Instalment) => money(row.amount_minor) },
    { id: 'paid', header: t('schedule.paid'), className: 'p-num', cell: (row: Instalment) => money(row.paid_minor) },
    { id: 'remaining', header: t('schedule.remaining'), className: 'p-num', cell: (row: Instalment) => money(row.remaining_minor) },
    { id: 'status', header: t('schedule.status'), cell: (row: Instalment) => <StatusBadge tone={statusTones[row.status]}>{t(`schedule.statuses.${row.status}`)}</StatusBadge> },
  ];

  return (
    <section className="ui-card" aria-labelledby="doc-schedule">
      <h2 id="doc-schedule">{t('schedule.title')}</h2>
      {data && !data.matches_total ? <Notice tone="warning">{t('schedule.outOfDate', { total: money(data.total_minor) })}</Notice> : null}
      {data && data.instalments.length === 0 ? (
        <p className="ui-muted">{t('schedule.none')}</p>
      ) : (
        <DataTable caption={t('schedule.caption', { number: document.number })} columns={columns} rows={data?.instalments} rowKey={(row) => row.id} status={schedule.status} error={schedule.error} onRetry={() => void schedule.refetch()} empty={t('schedule.none')} errorTitle={t('schedule.loadFailed')} />
      )}
      {data && data.instalments.length > 0 && data.matches_total ? <p>{t('schedule.dueNow', { amount: money(data.due_now_minor) })}</p> : null}
      {remove.isError ? <Notice tone="danger">{errorMessage(t, remove.error)}</Notice> : null}
      {canEdit && data ? (
        <div className="ui-button-row">
          <Button size="small" onClick={() => setEditing(true)}>
            {data.instalments.length === 0 ? t('schedule.create') : t('schedule.edit')}
          </Button>
          {data.instalments.length > 0 ? (
            <Button
              size="small"
              variant="ghost"
              disabled={remove.isPending}
              onClick={() =>
                void remove.mutateAsync().then(
                  () => toast.show(t('schedule.removed')),
                  () => undefined,
                )
              }
            >
              {t('schedule.remove')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {editing && data ? <ScheduleDialog document={document} schedule={data} onClose={() => setEditing(false)} /> : null}
    </section>
  );
}

function ScheduleDialog({ document, schedule, onClose }: { document: BillingDocument; schedule: PaymentSchedule; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const kind = document.kind as ScheduledKind;
  const currency = document.currency;
  const form = useZodForm(scheduleFormSchema, { defaultValues: { instalments: rowsFromSchedule(schedule, locale) } });
  const rows = useFieldArray({ control: form.control, name: 'instalments' });
  const values = { instalments: useWatch({ control: form.control, name: 'instalments' }) };
  const preview = previewSchedule(values, document.total_minor, currency, locale);
  const unreadable = valueErrors(values, currency, locale, t);
  const save = useApiMutation({
    mutationFn: (body: ScheduleBody) => adminClient.put(schedulePath(kind), { params: { path: { id: document.id } }, body }),
    invalidates: [scheduleKey(document.id)],
  });
  const money = (minor: number) => formatMoney(minor, currency, locale);

  return (
    <FormDialog
      open
      size="wide"
      title={t('schedule.editTitle', { number: document.number })}
      form={form}
      resetOnOpen={false}
      submitLabel={t('schedule.save')}
      onClose={onClose}
      onSubmit={async (submitted) => {
        const body = toScheduleBody(submitted, currency, locale);
        if (!body) throw new FormMessageError(t('schedule.errors.fix'));
        try {
          await save.mutateAsync(body);
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') throw error;
          // The schedule's own words on each field; a schedule-wide problem above the fields.
          let summary: string | undefined;
          let focused = false;
          for (const issue of error.fieldIssues) {
            const text = scheduleIssueText(t, issue, currency, locale) ?? issue.message;
            const name = scheduleFieldName(issue.field);
            if (name) {
              form.setError(name as 'instalments.0.value', { type: 'server', message: text }, { shouldFocus: !focused });
              focused = true;
            } else summary ??= text;
          }
          throw new FormMessageError(summary ?? t('schedule.errors.fix'));
        }
        toast.show(t('schedule.saved', { number: document.number }));
      }}
    >
      <p>{t('schedule.intro', { total: money(document.total_minor) })}</p>
      {rows.fields.map((row, index) => (
        <fieldset key={row.id} className="ui-fieldset">
          <legend>{t('schedule.rowLegend', { number: index + 1 })}</legend>
          <div className="ui-grid-2">
            <FormSelect
              control={form.control}
              name={`instalments.${index}.kind`}
              label={t('schedule.kind')}
              options={[
                { value: 'deposit', label: t('schedule.deposit') },
                { value: 'instalment', label: t('schedule.instalmentKind') },
              ]}
            />
            <FormSelect
              control={form.control}
              name={`instalments.${index}.mode`}
              label={t('schedule.mode')}
              options={[
                { value: 'amount', label: t('schedule.modeAmount', { currency }) },
                { value: 'percent', label: t('schedule.modePercent') },
              ]}
            />
            <FormTextInput
              control={form.control}
              name={`instalments.${index}.value`}
              label={values.instalments[index]?.mode === 'percent' ? t('schedule.percent') : t('schedule.amountIn', { currency })}
              inputMode="decimal"
              required
              hint={
                unreadable[index] ??
                (values.instalments[index]?.mode === 'percent' && preview.amounts[index] !== null && preview.amounts[index] !== undefined ? t('schedule.comesTo', { amount: money(preview.amounts[index]) }) : undefined)
              }
            />
            <FormTextInput control={form.control} name={`instalments.${index}.due_date`} label={t('schedule.dueDate')} type="date" required />
          </div>
          {rows.fields.length > 1 ? (
            <Button size="small" variant="ghost" onClick={() => rows.remove(index)}>
              {t('schedule.removeRow', { number: index + 1 })}
            </Button>
          ) : null}
        </fieldset>
      ))}
      {rows.fields.length < 60 ? (
        <Button size="small" onClick={() => rows.append(blankRow())}>
          {t('schedule.addRow')}
        </Button>
      ) : null}
      <p className="admin-allocation-sum" role="status">
        {t('schedule.sum', { sum: money(preview.sumMinor), total: money(document.total_minor) })}
      </p>
      {!preview.matches && values.instalments.every((row) => row.value.trim() !== '') ? <Notice tone="warning">{t('schedule.sumMismatch', { difference: money(document.total_minor - preview.sumMinor) })}</Notice> : null}
    </FormDialog>
  );
}
