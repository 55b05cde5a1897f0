import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/locale.ts';
import { todayUtc } from '../estimates/estimateDecision.ts';
import type { DocumentDetail } from './queries.ts';

/** Dates, reference, and the decision on an estimate, as a description list. */
export function DocumentFacts({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const { calendarDate, dateTime: formatDateTime, money } = useFormatters();
  const facts: [string, string][] = [[t('docs.columns.date'), calendarDate(doc.issue_date)]];
  if (doc.due_date) facts.push([t('docs.columns.dueDate'), calendarDate(doc.due_date)]);
  if (doc.expiry_date) facts.push([t('docs.columns.expiryDate'), calendarDate(doc.expiry_date)]);
  if (doc.reference) facts.push([t('docs.reference'), doc.reference]);
  if (doc.accepted_at) facts.push([t('estimates.acceptedBy'), t('estimates.byOn', { name: doc.accepted_by_name ?? '', date: formatDateTime(doc.accepted_at) })]);
  if (doc.declined_at) facts.push([t('estimates.declinedOn'), formatDateTime(doc.declined_at)]);
  if (doc.decline_reason) facts.push([t('estimates.declineReason'), doc.decline_reason]);
  if (doc.kind === 'invoice' || doc.kind === 'retainer_invoice') facts.push([t('docs.totals.balance'), money(doc.balance_minor, doc.currency)]);
  const expired = doc.kind === 'estimate' && (doc.status === 'expired' || ((doc.status === 'sent' || doc.status === 'changes_requested') && doc.expiry_date !== null && doc.expiry_date < todayUtc()));
  return (
    <section className="p-card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="ui-visually-hidden">
        {t('docs.details')}
      </h2>
      {expired ? <p className="ui-notice ui-notice--warning">{t('estimates.expiredNote', { date: calendarDate(doc.expiry_date) })}</p> : null}
      <dl className="ui-dl">
        {facts.map(([label, value]) => (
          <div key={label} className="p-dl-row">
            <dt>{label}</dt>
            <dd className="p-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
