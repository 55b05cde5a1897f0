import { documentSegments } from '../../../../contract/documents.ts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StatusBadge } from '../../../ui/components/Feedback.tsx';
import { usePortal } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { useFormatters } from '../../../ui/locale.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { PdfAndPrint } from '../documents/DocumentActions.tsx';
import { fetchPayment, paymentKeys, paymentPdfPath } from './queries.ts';

/** A payment made: when, how, how much, the invoices it paid, its refunds and what is left; its receipt as PDF. */
export function PaymentDetailPage() {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const { dateTime } = useFormatters();
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
            {data.refunds.length > 0 ? (
              <>
                <dt>{t('payments.refunded')}</dt>
                <dd>{money(data.refunded_minor, data.currency)}</dd>
                <dt>{t('payments.left')}</dt>
                <dd className="p-strong" data-testid="payment-left">
                  {money(data.left_minor, data.currency)}
                </dd>
              </>
            ) : null}
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
                  <Link to={`/${documentSegments[allocation.kind === 'retainer_invoice' ? 'retainer_invoice' : 'invoice']}/${encodeURIComponent(allocation.document_id)}`}>{allocation.number}</Link>
                  <span className="p-num">{money(allocation.amount_minor, data.currency)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {data.refunds.length > 0 ? (
          <section aria-labelledby="refunds-heading">
            <h2 id="refunds-heading">{t('payments.refunds')}</h2>
            <div className="ui-table-wrap p-stack-table">
              <table className="ui-table">
                <caption className="ui-visually-hidden">{t('payments.refunds')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('payments.refundedOn')}</th>
                    <th scope="col" className="p-num">
                      {t('payments.amount')}
                    </th>
                    <th scope="col">{t('payments.refundReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.refunds.map((refund) => (
                    <tr key={refund.id}>
                      <th scope="row" data-label={t('payments.refundedOn')}>
                        {dateTime(refund.completed_at ?? refund.created_at)}
                        {refund.status === 'pending' ? (
                          <>
                            {' '}
                            <StatusBadge tone="info">{t('payments.refundPending')}</StatusBadge>
                          </>
                        ) : null}
                      </th>
                      <td data-label={t('payments.amount')} className="p-num">
                        {money(refund.amount_minor, data.currency)}
                      </td>
                      <td data-label={t('payments.refundReason')}>{refund.reason ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null}
      </div>
    </article>
  );
}
