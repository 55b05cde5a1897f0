import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../ui/locale.ts';
import type { DocumentDetail } from './queries.ts';

interface Row {
  id: string;
  number: string;
  date: string;
  amount_minor: number;
  /** A payment: what refunds gave back of what it paid here. */
  refunded_minor?: number;
}

function AppliedList({ title, rows, currency, linkTo }: { title: string; rows: Row[]; currency: string; linkTo: (id: string) => string }) {
  const { t } = useTranslation();
  const { calendarDate, money } = useFormatters();
  if (rows.length === 0) return null;
  return (
    <section className="p-card" aria-label={title}>
      <h2 className="p-card__title">{title}</h2>
      <ul className="p-applied">
        {rows.map((row) => (
          <li key={`${row.id}-${row.date}`} className="p-applied__item">
            <span>
              <Link to={linkTo(row.id)}>{row.number}</Link> <span className="ui-muted">{t('docs.appliedOn', { date: calendarDate(row.date) })}</span>
            </span>
            <span className="p-num">
              {money(row.amount_minor, currency)}
              {row.refunded_minor ? <span className="ui-muted ui-small"> · {t('payments.refundedPart', { amount: money(row.refunded_minor, currency) })}</span> : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Payments and credit notes applied to an invoice, or the invoices a credit note was applied to. */
export function AppliedAmounts({ doc }: { doc: DocumentDetail }) {
  const { t } = useTranslation();
  const id = (value: string) => encodeURIComponent(value);
  return (
    <>
      <AppliedList
        title={t('docs.paymentsApplied')}
        currency={doc.currency}
        rows={doc.payments.map((p) => ({ id: p.id, number: p.number, date: p.paid_on, amount_minor: p.amount_minor, refunded_minor: p.refunded_minor }))}
        linkTo={(value) => `/payments/${id(value)}`}
      />
      <AppliedList
        title={t('docs.creditsApplied')}
        currency={doc.currency}
        rows={doc.credits.map((c) => ({ id: c.id, number: c.number, date: c.applied_on, amount_minor: c.amount_minor }))}
        linkTo={(value) => `/credit-notes/${id(value)}`}
      />
      <AppliedList
        title={t('docs.appliedToInvoices')}
        currency={doc.currency}
        rows={doc.applications.map((a) => ({ id: a.id, number: a.number, date: a.applied_on, amount_minor: a.amount_minor }))}
        linkTo={(value) => `/invoices/${id(value)}`}
      />
    </>
  );
}
