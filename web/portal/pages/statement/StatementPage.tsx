import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Select, TextInput } from '../../../ui/components/Field.tsx';
import { useMe, usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { Statement, StatementPeriod } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { pick } from '../../lib/documentKinds.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { calendarDate } from '../../lib/money.ts';
import { queryString } from '../../lib/usePagedList.ts';
import { useResource } from '../../lib/useResource.ts';
import { PdfAndPrint } from '../documents/DocumentActions.tsx';
import { useListParams } from '../documents/ListControls.tsx';
import { StatementView } from './StatementView.tsx';

const periods: readonly StatementPeriod[] = ['this_month', 'last_month', 'this_year', 'custom'];
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Statement of accounts for a period: on screen, printable, and as PDF. The period lives in the address. */
export function StatementPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { branding } = usePortal();
  const { params, update } = useListParams();
  const period = pick(params.get('period'), periods, 'this_month');
  const from = isDate(params.get('from')) ? (params.get('from') ?? undefined) : undefined;
  const to = isDate(params.get('to')) ? (params.get('to') ?? undefined) : undefined;
  const query = queryString(period === 'custom' ? { period, from, to } : { period });
  const ready = period !== 'custom' || (from !== undefined && to !== undefined);
  const statement = useResource(
    () => (ready ? portalApi.get<Statement>(`/statement${query}`) : Promise.resolve(undefined)),
    `${me.customer?.id ?? ''}|${query}`,
  );
  const [customFrom, setCustomFrom] = useState(from ?? '');
  const [customTo, setCustomTo] = useState(to ?? '');

  const applyCustom = (event: FormEvent) => {
    event.preventDefault();
    update({ period: 'custom', from: customFrom || undefined, to: customTo || undefined });
  };

  let body;
  if (statement.status === 'loading') body = <Loading />;
  else if (statement.status === 'error') body = <LoadFailed message={errorMessage(t, statement.error)} onRetry={statement.reload} />;
  else if (!statement.data) body = <p className="ui-muted">{t('statement.pickDates')}</p>;
  else body = <StatementView statement={statement.data} />;

  return (
    <>
      <p className="p-print-only p-strong">{branding.name}</p>
      <PageHeader title={t('statement.title')}>
        {statement.data ? (
          <p className="ui-muted">
            {t('statement.range', { from: calendarDate(statement.data.from), to: calendarDate(statement.data.to) })} · {statement.data.customer.display_name}
          </p>
        ) : null}
      </PageHeader>
      <div className="p-list-controls p-no-print">
        <Select
          label={t('statement.period')}
          fieldClassName="p-list-controls__sort"
          value={period}
          onChange={(event) => {
            const value = event.target.value;
            update(value === 'custom' ? { period: value, from: customFrom || undefined, to: customTo || undefined } : { period: value === 'this_month' ? undefined : value, from: undefined, to: undefined });
          }}
          options={periods.map((value) => ({ value, label: t(`statement.periods.${value}`) }))}
        />
        {period === 'custom' ? (
          <form className="p-statement__custom" onSubmit={applyCustom}>
            <TextInput label={t('statement.from')} type="date" required value={customFrom} onChange={(event) => setCustomFrom(event.target.value)} error={fieldError(t, statement.error, 'from')} />
            <TextInput label={t('statement.to')} type="date" required value={customTo} onChange={(event) => setCustomTo(event.target.value)} error={fieldError(t, statement.error, 'to')} />
            <Button type="submit">{t('statement.show')}</Button>
          </form>
        ) : null}
      </div>
      {statement.data ? <PdfAndPrint pdfPath={`/statement.pdf${query}`} /> : null}
      <div aria-busy={statement.status === 'loading'}>{body}</div>
    </>
  );
}
