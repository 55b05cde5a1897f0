import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { ErrorState, Notice, Spinner } from '../../../ui/components/index.ts';
import { formatDateTime, formatMoney } from '../../../ui/format.ts';
import { errorMessage } from '../../lib/errors.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { OrderPackages } from '../shipments/OrderPackages.tsx';
import { OrderCommentThread } from './OrderCommentThread.tsx';
import { OrderLinesTable } from './OrderLinesTable.tsx';
import { salesOrderQuery } from './queries.ts';
import { SalesOrderActions } from './SalesOrderActions.tsx';
import { SalesOrderStatusBadge } from './SalesOrderStatusBadge.tsx';
import { StatusHistory } from './StatusHistory.tsx';

/** One order: status, actions, details, lines with where each stands, packages, invoices, history, comments. */
export function SalesOrderDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { id = '' } = useParams();
  const order = useQuery(salesOrderQuery(id));
  // Why the last action did nothing: the order or the stock had changed; the page shows it as it is now.
  const [conflict, setConflict] = useState<{ id: string; message: string }>();
  const [invoiced, setInvoiced] = useState<{ orderId: string; id: string; number: string }>();
  useDocumentTitle(order.data?.number ?? t('salesOrders.title'));
  const breadcrumb = (
    <nav aria-label={t('common.breadcrumb')} className="admin-breadcrumb">
      <Link to="/sales-orders">{t('salesOrders.title')}</Link>
    </nav>
  );
  if (!order.data) {
    return (
      <>
        {breadcrumb}
        {order.isPending ? <Spinner label={t('common.loading')} /> : <ErrorState title={t('salesOrders.loadFailed')} message={errorMessage(t, order.error)} retryLabel={t('common.retry')} onRetry={() => void order.refetch()} />}
      </>
    );
  }
  const data = order.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : '—');
  return (
    <>
      {breadcrumb}
      <div className="admin-page-header">
        <div>
          <h1>{t('salesOrders.titleNamed', { number: data.number })}</h1>
          <p className="admin-doc-subtitle">
            <SalesOrderStatusBadge status={data.status} /> <Link to={`/customers/${data.customer.id}`}>{data.customer.display_name}</Link>
          </p>
        </div>
        <SalesOrderActions
          order={data}
          onConflict={(message) => setConflict(message ? { id: data.id, message } : undefined)}
          onInvoiced={(invoice) => {
            setConflict(undefined);
            setInvoiced({ orderId: data.id, ...invoice });
          }}
        />
      </div>
      {conflict?.id === data.id ? <Notice tone="warning">{conflict.message}</Notice> : null}
      {invoiced?.orderId === data.id ? (
        <Notice tone="success">
          {t('salesOrders.invoiceCreated', { number: invoiced.number })} <Link to={`/invoices/${invoiced.id}`}>{t('salesOrders.openInvoice', { number: invoiced.number })}</Link>
        </Notice>
      ) : null}
      {data.status === 'cancelled' && data.cancel_reason ? (
        <Notice tone="info">
          <span className="admin-pre">{t('salesOrders.cancelledBecause', { reason: data.cancel_reason })}</span>
        </Notice>
      ) : null}
      <section className="ui-card" aria-labelledby="order-details">
        <h2 id="order-details">{t('salesOrders.details')}</h2>
        <dl className="ui-dl">
          <dt>{t('salesOrders.orderDate')}</dt>
          <dd>{date(data.order_date)}</dd>
          <dt>{t('salesOrders.expectedShipment')}</dt>
          <dd>{date(data.expected_shipment_date)}</dd>
          <dt>{t('salesOrders.poNumber')}</dt>
          <dd>{data.po_number ?? '—'}</dd>
          <dt>{t('salesOrders.placedVia')}</dt>
          <dd>{t(`salesOrders.via.${data.placed_via}`)}</dd>
          <dt>{t('documents.currency')}</dt>
          <dd>{data.currency}</dd>
          {data.confirmed_at ? (
            <>
              <dt>{t('salesOrders.confirmedAt')}</dt>
              <dd>{formatDateTime(data.confirmed_at, locale)}</dd>
            </>
          ) : null}
          <dt>{t('salesOrders.shippingAddress')}</dt>
          <dd className="admin-pre">{data.shipping_address ?? '—'}</dd>
        </dl>
      </section>
      <OrderLinesTable order={data} />
      {data.notes ? (
        <section className="ui-card admin-doc-notes" aria-labelledby="order-notes">
          <h2 id="order-notes">{t('salesOrders.notes')}</h2>
          <p className="admin-pre">{data.notes}</p>
        </section>
      ) : null}
      {data.status !== 'draft' && data.status !== 'pending_approval' && data.status !== 'cancelled' ? <OrderPackages order={data} /> : null}
      {data.invoices.length > 0 ? (
        <section className="ui-card" aria-labelledby="order-invoices">
          <h2 id="order-invoices">{t('salesOrders.invoices')}</h2>
          <ul className="admin-order-invoices">
            {data.invoices.map((invoice) => (
              <li key={invoice.id}>
                <Link to={`/invoices/${invoice.id}`} className="admin-strong-link">
                  {invoice.number}
                </Link>{' '}
                <span className="ui-muted">
                  {formatCalendarDate(invoice.issue_date, locale)} · {formatMoney(invoice.total_minor, data.currency, locale)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StatusHistory events={data.events} />
      <OrderCommentThread orderId={data.id} />
    </>
  );
}
