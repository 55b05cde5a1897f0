import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Button, Dialog, FormAlert, Money, Notice, Spinner } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { errorMessage } from '../../lib/errors.ts';
import { billTime, fetchInvoicePreview, projectKeys, timeEntryKeys, type BillResult, type GroupBy, type InvoicePreview, type ProjectDetail } from './queries.ts';
import { formatMilliHours } from './time.ts';

const billSchema = z.object({
  group_by: z.enum(['task', 'entry']),
  up_to: z.string().refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), 'projects.errors.date'),
});

/**
 * Bill the project's unbilled time: lines per task or per entry, optionally only time up to a date;
 * the preview shows the lines and total the draft invoice will have (the server computes both the
 * same way), and what waits for the customer's approval is named as skipped. Billing creates a draft
 * invoice, linked here.
 */
export function BillTimeDialog({ open, project, onClose }: { open: boolean; project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [result, setResult] = useState<BillResult | null>(null);
  const form = useZodForm(billSchema, { defaultValues: { group_by: 'task', up_to: '' } });
  const groupBy: GroupBy = useWatch({ control: form.control, name: 'group_by' });
  const upTo = useWatch({ control: form.control, name: 'up_to' });
  const previewQuery = { group_by: groupBy, ...(/^\d{4}-\d{2}-\d{2}$/.test(upTo) ? { up_to: upTo } : {}) };
  const preview = useQuery({
    queryKey: projectKeys.preview(project.id, previewQuery),
    queryFn: ({ signal }) => fetchInvoicePreview(project.id, previewQuery, signal),
    enabled: open && result === null,
    placeholderData: keepPreviousData,
  });
  const bill = useApiMutation({
    mutationFn: (body: z.output<typeof billSchema>) => billTime(project.id, { group_by: body.group_by, ...(body.up_to ? { up_to: body.up_to } : {}) }),
    invalidates: [timeEntryKeys.all, projectKeys.detail(project.id), projectKeys.lists()],
  });
  const submit = useServerSubmit(form, async (values) => setResult(await bill.mutateAsync(values)), { fieldName: (field) => (field === 'entry_ids' ? 'up_to' : field) });
  useEffect(() => {
    if (!open) return;
    setResult(null);
    form.reset();
  }, [open]);
  const nothing = preview.data !== undefined && preview.data.lines.length === 0;
  return (
    <Dialog
      open={open}
      title={t('projects.billTimeTitle', { name: project.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      size="wide"
      footer={
        result ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={form.formState.isSubmitting} disabled={nothing || preview.isPending}>
              {t('projects.createDraftInvoice')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <div className="ui-form-body">
          <Notice tone="success">{t('projects.billed', { number: result.invoice.number, count: result.billed_entry_ids.length })}</Notice>
          <SkippedNotice skipped={result.skipped} />
          <p>
            <Link to={`/invoices/${result.invoice.id}`} className="ui-button ui-button--primary">
              {t('projects.openInvoice', { number: result.invoice.number })}
            </Link>
          </p>
        </div>
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <div className="ui-form-body">
            <FormAlert message={formErrorMessage(form)} />
            <div className="ui-grid-2">
              <FormSelect control={form.control} name="group_by" label={t('projects.groupBy')} options={[{ value: 'task', label: t('projects.groupByTask') }, { value: 'entry', label: t('projects.groupByEntry') }]} />
              <FormTextInput control={form.control} name="up_to" type="date" label={t('projects.upTo')} hint={t('projects.upToHint')} />
            </div>
            <PreviewSection project={project} preview={preview.data} pending={preview.isPending} fetching={preview.isFetching} error={preview.isError ? preview.error : undefined} />
          </div>
        </form>
      )}
    </Dialog>
  );
}

function SkippedNotice({ skipped }: { skipped: InvoicePreview['skipped'] }) {
  const { t } = useTranslation();
  if (skipped.awaiting_approval === 0 && skipped.queried === 0) return null;
  return <Notice tone="warning">{t('projects.skipped', { awaiting: skipped.awaiting_approval, queried: skipped.queried })}</Notice>;
}

function PreviewSection({ project, preview, pending, fetching, error }: { project: ProjectDetail; preview: InvoicePreview | undefined; pending: boolean; fetching: boolean; error: unknown }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} aria-busy={fetching} className="admin-bill-preview">
      <h3 id={titleId}>{t('projects.preview')}</h3>
      {pending ? <Spinner label={t('common.loading')} /> : null}
      {error && !preview ? <p className="ui-field__error">{errorMessage(t, error)}</p> : null}
      {preview ? (
        <>
          <SkippedNotice skipped={preview.skipped} />
          {preview.lines.length === 0 ? (
            <p className="ui-muted">{t('projects.nothingToBill')}</p>
          ) : (
            <div className="ui-table-wrap ui-stack-table">
              <table className="ui-table">
                <caption className="ui-visually-hidden">{t('projects.preview')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('projects.line')}</th>
                    <th scope="col" className="admin-num">
                      {t('projects.hours')}
                    </th>
                    <th scope="col" className="admin-num">
                      {t('projects.rate')}
                    </th>
                    <th scope="col" className="admin-num">
                      {t('projects.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.lines.map((line, index) => (
                    <tr key={`${line.name}-${index}`}>
                      <th scope="row" data-label={t('projects.line')}>
                        {line.name}
                        {line.description ? <div className="ui-muted ui-small admin-pre">{line.description}</div> : null}
                      </th>
                      <td className="admin-num" data-label={t('projects.hours')}>
                        {formatMilliHours(line.quantity_milli, i18n.language)}
                      </td>
                      <td className="admin-num" data-label={t('projects.rate')}>
                        <Money minor={line.rate_minor} currency={project.currency} />
                      </td>
                      <td className="admin-num" data-label={t('projects.amount')}>
                        <Money minor={line.amount_minor} currency={project.currency} />
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3}>
                      {t('projects.previewTotal', { count: preview.entry_count })}
                    </th>
                    <td className="admin-num" data-testid="bill-total">
                      <Money minor={preview.total_minor} currency={project.currency} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
