import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { activityActionLabel, activityModuleLabel, knownActivityActions, knownActivityModules } from '../../../../contract/activity-labels.ts';
import { Button, EmptyState, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatNumber } from '../../../ui/format.ts';
import { isUiLanguage } from '../../../ui/i18n.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { ActivityChart } from './ActivityChart.tsx';
import { fetchReport, reportCsvUrl, reportKeys, type ReportFilters } from './queries.ts';
import './reports.css';

const intervals = ['day', 'week', 'month'] as const;
const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'activityReport.invalidDate');

const filterSchema = z
  .object({
    from: dateText,
    to: dateText,
    interval: z.enum(intervals),
    module: z.string(),
    action: z.string(),
  })
  .refine((values) => values.from <= values.to, { path: ['from'], message: 'activityReport.fromAfterTo' });

const filterKeys = ['from', 'to', 'interval', 'module', 'action', 'customer_id', 'contact_person_id'] as const;

/** The filters are the page's address (`?from=…&to=…&module=…`), so a digest's link or a bookmark opens the same report. */
function filtersOf(params: URLSearchParams): ReportFilters {
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** Staff console: what contacts did in the portal, per module and action, customer and contact, over a period. */
export function PortalActivitiesReportPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('activityReport.title'));
  const locale = i18n.language;
  const language = isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const report = useQuery({ queryKey: reportKeys.report(filters), queryFn: ({ signal }) => fetchReport(filters, signal), placeholderData: keepPreviousData });
  const form = useZodForm(filterSchema, {
    defaultValues: { from: filters.from ?? '', to: filters.to ?? '', interval: filters.interval ?? 'day', module: filters.module ?? '', action: filters.action ?? '' },
  });
  // The period the server chose (the last 30 days) fills the empty date fields once it is known.
  const answered = report.data;
  useEffect(() => {
    if (!answered) return;
    if (!form.getValues('from')) form.setValue('from', answered.from);
    if (!form.getValues('to')) form.setValue('to', answered.to);
  }, [answered, form]);

  const apply = form.handleSubmit((values) => {
    const next = new URLSearchParams();
    next.set('from', values.from);
    next.set('to', values.to);
    next.set('interval', values.interval);
    if (values.module) next.set('module', values.module);
    if (values.action) next.set('action', values.action);
    if (filters.customer_id) next.set('customer_id', filters.customer_id);
    if (filters.contact_person_id) next.set('contact_person_id', filters.contact_person_id);
    setParams(next);
  });
  const withFilter = (key: 'customer_id' | 'contact_person_id', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    return next;
  };

  const moduleOptions = [{ value: '', label: t('activityReport.all') }, ...knownActivityModules.map((code) => ({ value: code, label: activityModuleLabel(language, code) }))];
  const actionOptions = [{ value: '', label: t('activityReport.all') }, ...knownActivityActions.map((code) => ({ value: code, label: activityActionLabel(language, code) }))];
  const intervalOptions = intervals.map((interval) => ({ value: interval, label: t(`activityReport.${interval}`) }));
  const customerName = filters.customer_id ? (answered?.customers.find((entry) => entry.customer_id === filters.customer_id)?.display_name ?? filters.customer_id) : null;
  const contactName = filters.contact_person_id ? (answered?.contacts.find((entry) => entry.contact_person_id === filters.contact_person_id)?.name ?? filters.contact_person_id) : null;

  return (
    <div className="activity-report">
      <h1>{t('activityReport.title')}</h1>
      {answered ? <p className="ui-muted">{t('activityReport.intro', { timeZone: answered.time_zone })}</p> : null}
      <form className="activity-report__filters" aria-label={t('activityReport.filters')} onSubmit={(event) => void apply(event)} noValidate>
        <FormTextInput control={form.control} name="from" type="date" label={t('activityReport.from')} fieldClassName="activity-report__field" />
        <FormTextInput control={form.control} name="to" type="date" label={t('activityReport.to')} fieldClassName="activity-report__field" />
        <FormSelect control={form.control} name="interval" label={t('activityReport.interval')} options={intervalOptions} fieldClassName="activity-report__field" />
        <FormSelect control={form.control} name="module" label={t('activityReport.module')} options={moduleOptions} fieldClassName="activity-report__field" />
        <FormSelect control={form.control} name="action" label={t('activityReport.action')} options={actionOptions} fieldClassName="activity-report__field" />
        <div className="activity-report__buttons">
          <Button type="submit" variant="primary">
            {t('activityReport.apply')}
          </Button>
          <a className="ui-button ui-button--secondary" href={reportCsvUrl(filters)} download>
            {t('activityReport.downloadCsv')}
          </a>
        </div>
      </form>
      {customerName || contactName ? (
        <ul className="activity-report__chips">
          {customerName ? (
            <li>
              {t('activityReport.customerFilter', { name: customerName })}{' '}
              <Link to={`?${withFilter('customer_id', null).toString()}`} aria-label={t('activityReport.clearFilter', { name: customerName })}>
                ×
              </Link>
            </li>
          ) : null}
          {contactName ? (
            <li>
              {t('activityReport.contactFilter', { name: contactName })}{' '}
              <Link to={`?${withFilter('contact_person_id', null).toString()}`} aria-label={t('activityReport.clearFilter', { name: contactName })}>
                ×
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      {report.isPending ? (
        <Spinner label={t('activityReport.loading')} />
      ) : report.isError ? (
        <ErrorState title={t('activityReport.loadFailed')} message={errorMessage(t, report.error)} retryLabel={t('activityReport.retry')} onRetry={() => void report.refetch()} />
      ) : (
        <div aria-busy={report.isFetching} className="activity-report__results">
          <p className="activity-report__total" role="status">
            {t('activityReport.total', { count: report.data.total, formattedCount: formatNumber(report.data.total, locale) })}
          </p>
          {report.data.total === 0 ? (
            <EmptyState title={t('activityReport.empty')} description={t('activityReport.emptyHint')} />
          ) : (
            <>
              <ActivityChart
                series={report.data.series}
                title={t('activityReport.chartTitle', { interval: t(`activityReport.${report.data.interval}`) })}
                tableCaption={t('activityReport.chartTable')}
                periodLabel={t('activityReport.periodStart')}
                countLabel={t('activityReport.count')}
                locale={locale}
              />
              <div className="activity-report__tables">
                <section aria-labelledby="activity-report-breakdown">
                  <h2 id="activity-report-breakdown">{t('activityReport.breakdown')}</h2>
                  <div className="ui-table-wrap">
                    <table className="ui-table">
                      <caption className="ui-visually-hidden">{t('activityReport.breakdown')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('activityReport.module')}</th>
                          <th scope="col">{t('activityReport.action')}</th>
                          <th scope="col" className="activity-report__num">
                            {t('activityReport.count')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {report.data.rows.map((row) => (
                          <tr key={`${row.module}|${row.action}`}>
                            <td>{activityModuleLabel(language, row.module)}</td>
                            <td>{activityActionLabel(language, row.action)}</td>
                            <td className="activity-report__num">{formatNumber(row.count, locale)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </section>
                <PartyTable
                  id="activity-report-customers"
                  title={t('activityReport.customers')}
                  nameHeader={t('activityReport.customer')}
                  countHeader={t('activityReport.count')}
                  rows={report.data.customers.map((entry) => ({ key: entry.customer_id, name: entry.display_name || entry.customer_id, count: entry.count, to: `?${withFilter('customer_id', entry.customer_id).toString()}` }))}
                  filterLabel={(name) => t('activityReport.filterBy', { name })}
                  locale={locale}
                />
                <PartyTable
                  id="activity-report-contacts"
                  title={t('activityReport.contacts')}
                  nameHeader={t('activityReport.contact')}
                  countHeader={t('activityReport.count')}
                  rows={report.data.contacts.map((entry) => ({ key: entry.contact_person_id, name: entry.name || entry.contact_person_id, count: entry.count, to: `?${withFilter('contact_person_id', entry.contact_person_id).toString()}` }))}
                  filterLabel={(name) => t('activityReport.filterBy', { name })}
                  locale={locale}
                />
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}

interface PartyRow {
  key: string;
  name: string;
  count: number;
  to: string;
}

function PartyTable(props: { id: string; title: string; nameHeader: string; countHeader: string; rows: PartyRow[]; filterLabel: (name: string) => string; locale: string }) {
  if (props.rows.length === 0) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <div className="ui-table-wrap">
        <table className="ui-table">
          <caption className="ui-visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.nameHeader}</th>
              <th scope="col" className="activity-report__num">
                {props.countHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <td>
                  <Link to={row.to} title={props.filterLabel(row.name)}>
                    {row.name}
                  </Link>
                </td>
                <td className="activity-report__num">{formatNumber(row.count, props.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

