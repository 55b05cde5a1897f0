import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statementPeriods, type StatementPeriod } from '../../../../contract/billing.ts';
import { Button, ErrorState, Select, Spinner, TextInput, useToast } from '../../../ui/components/index.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { customerKeys, type StatementQuery } from './queries.ts';
import { StatementTable } from './StatementTable.tsx';

/** Statement of accounts for a period: on screen, as PDF, and by email to the contacts with access. */
export function StatementCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [period, setPeriod] = useState<StatementPeriod>('this_month');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const ready = period !== 'custom' || (from !== '' && to !== '');
  const query: StatementQuery = { period, ...(period === 'custom' ? { from, to } : {}) };
  const path = { id: customerId };
  // Under the customer's key: a payment, credit or document change of the customer refreshes it.
  const statement = useQuery({
    queryKey: [...customerKeys.detail(customerId), 'statement', query],
    queryFn: ({ signal }) => adminClient.get('/customers/{id}/statement', { params: { path, query }, signal }),
    enabled: ready,
  });
  const email = useApiMutation({ mutationFn: () => adminClient.post('/customers/{id}/statement/email', { params: { path }, body: query }) });

  const sendEmail = async () => {
    try {
      await email.mutateAsync();
      toast.show(t('statement.emailed'));
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
    }
  };

  return (
    <section className="ui-card" aria-labelledby="statement-heading">
      <div className="admin-card-header">
        <h2 id="statement-heading">{t('statement.title')}</h2>
        <div className="ui-button-row">
          <a className={`ui-button ui-button--secondary${ready ? '' : ' admin-disabled-link'}`} href={ready ? adminClient.href('/customers/{id}/statement.pdf', { params: { path, query } }) : undefined} target="_blank" rel="noopener" aria-disabled={!ready || undefined}>
            {t('statement.pdf')}
            <span className="ui-visually-hidden"> {t('common.newTab')}</span>
          </a>
          <Button onClick={() => void sendEmail()} busy={email.isPending} disabled={!ready}>
            {t('statement.email')}
          </Button>
        </div>
      </div>
      <div className="admin-toolbar">
        <Select label={t('statement.period')} value={period} onChange={(e) => setPeriod(e.target.value as StatementPeriod)} fieldClassName="admin-toolbar__filter" options={statementPeriods.map((p) => ({ value: p, label: t(`statement.periods.${p}`) }))} />
        {period === 'custom' ? (
          <>
            <TextInput type="date" label={t('statement.from')} value={from} onChange={(e) => setFrom(e.target.value)} fieldClassName="admin-toolbar__filter" />
            <TextInput type="date" label={t('statement.to')} value={to} onChange={(e) => setTo(e.target.value)} fieldClassName="admin-toolbar__filter" />
          </>
        ) : null}
      </div>
      {!ready ? <p className="ui-muted">{t('statement.pickDates')}</p> : null}
      {ready && statement.isPending ? <Spinner label={t('statement.loading')} /> : null}
      {ready && statement.isError && !statement.data ? <ErrorState title={t('statement.loadFailed')} message={errorMessage(t, statement.error)} retryLabel={t('common.retry')} onRetry={() => void statement.refetch()} /> : null}
      {ready && statement.data ? <StatementTable statement={statement.data} /> : null}
    </section>
  );
}
