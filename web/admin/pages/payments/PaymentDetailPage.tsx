import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { Button, ErrorState, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime, formatMoney } from '../../../ui/format.ts';
import { adminClient } from '../../lib/client.ts';
import { documentLink, kindConfigs } from '../../lib/document-kinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import type { DocumentKind } from '../documents/queries.ts';
import { paymentKeys, paymentMethodText } from './queries.ts';
import { canRefund, refundableMinor } from './refund-form.ts';
import { RefundDialog } from './RefundDialog.tsx';
import { RefundList } from './RefundList.tsx';
import { listRefunds, refundKeys, refundRows } from './refunds.ts';

/** A payment: its details, the invoices it paid, the receipt PDF and, when a gateway took it, its refunds. */
export function PaymentDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { id = '' } = useParams();
  const payment = useQuery({ queryKey: paymentKeys.detail(id), queryFn: ({ signal }) => adminClient.get('/payments/{id}', { params: { path: { id } }, signal }) });
  // The refund list with each refund's status and outcome; the payment's own `refunds` until it answers.
  const listed = useQuery({ queryKey: refundKeys.ofPayment(id), queryFn: ({ signal }) => listRefunds(id, signal), enabled: Boolean(payment.data && (payment.data.refunded_minor > 0 || payment.data.refunds.length > 0)) });
  useDocumentTitle(payment.data?.number ?? t('payments.title'));
  // Set while the refund dialog is open: its idempotency key, made when it opened.
  const [refundKey, setRefundKey] = useState<string>();
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/payments">{t('payments.title')}</Link>
    </nav>
  );
  if (!payment.data) {
    return (
      <>
        {breadcrumb}
        {payment.isPending ? <Spinner label={t('common.loading')} /> : <ErrorState title={t('payments.loadOneFailed')} message={errorMessage(t, payment.error)} retryLabel={t('common.retry')} onRetry={() => void payment.refetch()} />}
      </>
    );
  }
  const data = payment.data;
  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  const refunds = refundRows(listed.data, data.refunds);
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{t('payments.titleNamed', { number: data.number })}</h1>
          <p className="ui-muted">
            <Link to={`/customers/${data.customer.id}`}>{data.customer.display_name}</Link>
          </p>
        </div>
        <div className="admin-inline-actions">
          {canRefund(data) ? (
            <Button variant="danger" onClick={() => setRefundKey(crypto.randomUUID())}>
              {t('payments.refund')}
            </Button>
          ) : null}
          <a className="ui-button ui-button--secondary" href={adminClient.href('/payments/{id}/pdf', { params: { path: { id: data.id } } })} target="_blank" rel="noopener">
            {t('payments.receipt')}
            <span className="ui-visually-hidden"> {t('common.newTab')}</span>
          </a>
        </div>
      </div>
      {refundKey ? <RefundDialog key={refundKey} open payment={data} idempotencyKey={refundKey} onClose={() => setRefundKey(undefined)} /> : null}
      <section className="ui-card" aria-labelledby="payment-details">
        <h2 id="payment-details">{t('payments.details')}</h2>
        <dl className="ui-dl">
          <dt>{t('payments.amountShort')}</dt>
          <dd>
            <strong>{money(data.amount_minor)}</strong>
          </dd>
          <dt>{t('payments.paidOn')}</dt>
          <dd>{formatCalendarDate(data.paid_on, locale)}</dd>
          <dt>{t('payments.method')}</dt>
          <dd>{paymentMethodText(t, data)}</dd>
          <dt>{t('payments.status')}</dt>
          <dd>{t(`payments.statuses.${data.status}`, { defaultValue: data.status })}</dd>
          {data.gateway ? (
            <>
              <dt>{t('payments.gateway')}</dt>
              <dd>{t(`payments.gatewayNames.${data.gateway}`, { defaultValue: data.gateway })}</dd>
              {data.gateway_payment_id ? (
                <>
                  <dt>{t('payments.gatewayReference')}</dt>
                  <dd>
                    <code>{data.gateway_payment_id}</code>
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
          {data.contact ? (
            <>
              <dt>{t('payments.paidBy')}</dt>
              <dd>{data.contact.name}</dd>
            </>
          ) : null}
          {data.refunded_minor > 0 || refunds.length > 0 ? (
            <>
              <dt>{t('payments.refunded')}</dt>
              <dd>{money(data.refunded_minor)}</dd>
              <dt>{t('payments.leftToRefund')}</dt>
              <dd>{money(refundableMinor(data))}</dd>
            </>
          ) : null}
          {data.reference ? (
            <>
              <dt>{t('payments.reference')}</dt>
              <dd>{data.reference}</dd>
            </>
          ) : null}
          {data.notes ? (
            <>
              <dt>{t('payments.notes')}</dt>
              <dd className="admin-pre">{data.notes}</dd>
            </>
          ) : null}
          <dt>{t('payments.recordedAt')}</dt>
          <dd>{formatDateTime(data.created_at, locale)}</dd>
        </dl>
      </section>
      <div className="ui-table-wrap">
        <table className="ui-table">
          <caption className="admin-caption">{t('payments.appliedTo')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents.number')}</th>
              <th scope="col">{t('payments.kind')}</th>
              <th scope="col" className="admin-num">{t('allocations.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {data.allocations.map((allocation) => {
              const kind = allocation.kind as DocumentKind;
              const config = kindConfigs[kind] as (typeof kindConfigs)[DocumentKind] | undefined;
              return (
                <tr key={allocation.document_id}>
                  <th scope="row" className="admin-row-head">
                    {config ? <Link to={documentLink(kind, allocation.document_id)}>{allocation.number}</Link> : allocation.number}
                  </th>
                  <td>{config ? t(`kinds.${config.key}.one`) : allocation.kind}</td>
                  <td className="admin-num">{money(allocation.amount_minor)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {refunds.length > 0 ? <RefundList refunds={refunds} currency={data.currency} /> : null}
    </>
  );
}
