import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorState, Select, Spinner, TextInput, useToast } from '../../../ui/components/index.ts';
import { statementPeriods, type Statement, type StatementPeriod } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useResource } from '../../lib/useResource.ts';
import { StatementTable } from './StatementTable.tsx';

/** Statement of accounts for a period: on screen, as PDF, and by email to the contacts with access. */
export function StatementCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [period, setPeriod] = useState<StatementPeriod>('this_month');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [emailing, setEmailing] = useState(false);
  const ready = period !== 'custom' || (from !== '' && to !== '');
  const query = new URLSearchParams({ period, ...(period === 'custom' ? { from, to } : {}) }).toString();
  const statement = useResource(async () => (ready ? api.get<Statement>(`/customers/${encodeURIComponent(customerId)}/statement?${query}`) : undefined), `${customerId}?${query}`);

  const email = async () => {
    setEmailing(true);
    try {
      await api.post(`/customers/${encodeURIComponent(customerId)}/statement/email`, { period, ...(period === 'custom' ? { from, to } : {}) });
      toast.show(t('statement.emailed'));
    } catch (failure) {
      toast.show(errorMessage(t, failure), 'danger');
    } finally {
      setEmailing(false);
    }
  };

  return (
    <section className="ui-card" aria-labelledby="statement-heading">
      <div className="admin-card-header">
        <h2 id="statement-heading">{t('statement.title')}</h2>
        <div className="ui-button-row">
          <a className={`ui-button ui-button--secondary${ready ? '' : ' admin-disabled-link'}`} href={ready ? `/api/v1/customers/${encodeURIComponent(customerId)}/statement.pdf?${query}` : undefined} target="_blank" rel="noopener" aria-disabled={!ready || undefined}>
            {t('statement.pdf')}
            <span className="ui-visually-hidden"> {t('common.newTab')}</span>
          </a>
          <Button onClick={() => void email()} busy={emailing} disabled={!ready}>
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
      {ready && statement.loading ? <Spinner label={t('statement.loading')} /> : null}
      {ready && !statement.loading && statement.error ? <ErrorState title={t('statement.loadFailed')} message={errorMessage(t, statement.error)} retryLabel={t('common.retry')} onRetry={statement.reload} /> : null}
      {ready && !statement.loading && statement.data ? <StatementTable statement={statement.data} /> : null}
    </section>
  );
}
