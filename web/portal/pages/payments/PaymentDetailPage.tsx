import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import { usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { PdfAndPrint } from '../documents/DocumentActions.tsx';
import { fetchPayment, paymentKeys, paymentPdfPath } from './queries.ts';

/** A payment made: when, how, how much, and the invoices it paid; its receipt as PDF. */
export function PaymentDetailPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const id = useParams().id ?? '';
  const payment = useQuery({ queryKey: paymentKeys.detail(id), queryFn: ({ signal }) => fetchPayment(id, signal) });
  const backLink = (
    <Link to="/payments" className="p-back p-no-print">
      {t('docs.backTo', { list: t('payments.title') })}
    </Link>
  );
  const data = payment.data;
  if (!data) {
    return (
      <>
        {backLink}
        <PageHeader title={t('payments.title')} />
        {payment.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, payment.error)} onRetry={isApiError(payment.error, 'NOT_FOUND') ? undefined : () => void payment.refetch()} />}
      </>
    );
  }
  return (
    <article className="p-document">
      {backLink}
      <p className="p-print-only p-strong">
        {branding.name} · {t('docs.customer', { name: data.customer.display_name })}
      </p>
      <PageHeader title={t('payments.one', { number: data.number })}>
        <p className="p-document__status">
          <StatusBadge tone={data.status === 'succeeded' || data.status === 'completed' ? 'success' : 'info'}>{t(`payments.status.${data.status}`, { defaultValue: data.status })}</StatusBadge>
        </p>
      </PageHeader>
      <PdfAndPrint pdfPath={paymentPdfPath(id)} />
      <div className="p-stack">
        <section className="p-card" aria-labelledby="payment-facts-heading">
          <h2 id="payment-facts-heading" className="ui-visually-hidden">
            {t('docs.details')}
          </h2>
          <dl className="ui-dl">
            <dt>{t('payments.amount')}</dt>
            <dd className="p-strong">{money(data.amount_minor, data.currency)}</dd>
            <dt>{t('payments.paidOn')}</dt>
            <dd>{calendarDate(data.paid_on)}</dd>
            <dt>{t('payments.method')}</dt>
            <dd>{t(`payments.methods.${data.method}`, { defaultValue: data.method })}</dd>
            {data.reference ? (
              <>
                <dt>{t('docs.reference')}</dt>
                <dd>{data.reference}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section className="p-card" aria-labelledby="allocations-heading">
          <h2 id="allocations-heading" className="p-card__title">
            {t('payments.appliedTo')}
          </h2>
          {data.allocations.length === 0 ? (
            <p className="ui-muted">{t('payments.noAllocations')}</p>
          ) : (
            <ul className="p-applied">
              {data.allocations.map((allocation) => (
                <li key={allocation.document_id} className="p-applied__item">
                  <Link to={`/${allocation.kind === 'retainer_invoice' ? 'retainer-invoices' : 'invoices'}/${encodeURIComponent(allocation.document_id)}`}>{allocation.number}</Link>
                  <span className="p-num">{money(allocation.amount_minor, data.currency)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
