import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../ui/api/errors.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { Select } from '../../../ui/components/Field.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, fieldMessage } from '../../lib/errors.ts';
import { calendarDate } from '../../lib/money.ts';
import { PdfAndPrint } from '../documents/DocumentActions.tsx';
import { ForwardAction } from '../forward/ForwardAction.tsx';
import { useListParams } from '../documents/ListControls.tsx';
import { fetchStatement, statementKeys } from './queries.ts';
import { customRangeSchema, periodChange, readStatementSelection, statementPeriods, statementQuery, statementSearch } from './statement-period.ts';
import { StatementView } from './StatementView.tsx';

/** Statement of accounts for a period: on screen, printable, and as PDF. The period lives in the address. */
export function StatementPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const { params, update } = useListParams();
  const [forwarded, setForwarded] = useState<string | undefined>();
  const selection = readStatementSelection(params);
  const query = statementQuery(selection);
  const statement = useQuery({
    queryKey: statementKeys.period(query ?? selection),
    queryFn: ({ signal }) => fetchStatement(query ?? selection, signal),
    enabled: query !== undefined,
  });
  const form = useZodForm(customRangeSchema, { defaultValues: { from: selection.from ?? '', to: selection.to ?? '' } });

  // Dates the server refuses (the wrong order, too long a span) are said on the field it names.
  const { error } = statement;
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    for (const field of ['from', 'to'] as const) {
      const issue = error.fieldIssue(field);
      if (issue) form.setError(field, { type: 'server', message: fieldMessage(t, issue) });
    }
  }, [error, form, t]);

  const applyCustom = form.handleSubmit(({ from, to }) => update({ period: 'custom', from, to }));
  const data = statement.data;

  let body;
  if (!query) body = <p className="ui-muted">{t('statement.pickDates')}</p>;
  else if (data) body = <StatementView statement={data} />;
  else if (statement.isPending) body = <Loading />;
  else body = <LoadFailed message={errorMessage(t, statement.error)} onRetry={() => void statement.refetch()} />;

  return (
    <>
      <p className="p-print-only p-strong">{branding.name}</p>
      <PageHeader title={t('statement.title')}>
        {query && data ? (
          <p className="ui-muted">
            {t('statement.range', { from: calendarDate(data.from), to: calendarDate(data.to) })} · {data.customer.display_name}
          </p>
        ) : null}
      </PageHeader>
      <div className="p-list-controls p-no-print">
        <Select
          label={t('statement.period')}
          fieldClassName="p-list-controls__sort"
          value={selection.period}
          onChange={(event) => update(periodChange(event.target.value, form.getValues()))}
          options={statementPeriods.map((value) => ({ value, label: t(`statement.periods.${value}`) }))}
        />
        {selection.period === 'custom' ? (
          <form className="p-statement__custom" onSubmit={(event) => void applyCustom(event)}>
            <FormTextInput control={form.control} name="from" label={t('statement.from')} type="date" required />
            <FormTextInput control={form.control} name="to" label={t('statement.to')} type="date" required />
            <Button type="submit">{t('statement.show')}</Button>
          </form>
        ) : null}
      </div>
      {query && data ? (
        <PdfAndPrint pdfPath={`/statement.pdf${statementSearch(query)}`}>
          <ForwardAction target={{ type: 'statement', query }} title={t('forward.statementTitle')} onForwarded={(email) => setForwarded(email)} />
        </PdfAndPrint>
      ) : null}
      {forwarded ? <Notice tone="success">{t('forward.done', { email: forwarded })}</Notice> : null}
      <div aria-busy={query !== undefined && statement.isPending}>{body}</div>
    </>
  );
}
