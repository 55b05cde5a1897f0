import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { Money } from '../../../ui/components/Money.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { useFormatters } from '../../../ui/locale.ts';
import { useMe } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { can } from '../../lib/permissions.ts';
import { Thread } from '../comments/CommentThread.tsx';
import { PdfAndPrint } from '../documents/DocumentActions.tsx';
import { ForwardAction } from '../forward/ForwardAction.tsx';
import { DocumentStatusBadge } from '../documents/DocumentStatusBadge.tsx';
import type { DocumentStatus } from '../../../../contract/billing.ts';
import { orderTimeline } from './order-status.ts';
import { OrderLines } from './OrderLines.tsx';
import { OrderPackages } from './OrderPackages.tsx';
import { OrderStatusBadge } from './OrderStatusBadge.tsx';
import { OrderTimeline } from './OrderTimeline.tsx';
import { ReorderButton } from './ReorderButton.tsx';
import { fetchOrder, fetchOrderComments, orderKeys, orderPdfPath, postOrderComment, type OrderDetail } from './queries.ts';

/** One order: status and progress, lines and totals, invoices, packages with tracking, comments; emails link here. */
export function OrderDetailPage() {
  const id = useParams().id ?? '';
  return <OrderDetailView key={id} id={id} />;
}

/** The address emails give an order (`/sales-orders/{id}`), moved to its page; the query (a language) stays. */
export function SalesOrderLink() {
  const id = useParams().id ?? '';
  const { search } = useLocation();
  return <Navigate to={{ pathname: `/orders/${encodeURIComponent(id)}`, search }} replace />;
}

function OrderDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const placed = (location.state as { placed?: boolean } | null)?.placed === true;
  const [forwarded, setForwarded] = useState<string | undefined>();
  const order = useQuery({ queryKey: orderKeys.detail(id), queryFn: ({ signal }) => fetchOrder(id, signal) });
  const backLink = (
    <Link to="/orders" className="p-back p-no-print">
      {t('docs.backTo', { list: t('orders.title') })}
    </Link>
  );
  if (!order.data) {
    return (
      <>
        {backLink}
        <PageHeader title={t('orders.title')} />
        {order.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, order.error)} onRetry={isApiError(order.error, 'NOT_FOUND') ? undefined : () => void order.refetch()} />}
      </>
    );
  }
  const data = order.data;
  return (
    <article className="p-document">
      {backLink}
      <PageHeader title={t('orders.one', { number: data.number })}>
        <p className="p-document__status">
          <OrderStatusBadge status={data.status} />
        </p>
      </PageHeader>
      {placed ? <Notice tone="success">{data.status === 'pending_approval' ? t('orders.placedPending', { number: data.number }) : t('orders.placed', { number: data.number })}</Notice> : null}
      <PdfAndPrint pdfPath={orderPdfPath(id)}>
        {can(me, 'place_orders') ? <ReorderButton orderId={data.id} number={data.number} /> : null}
        <ForwardAction target={{ type: 'order', id: data.id }} title={t('forward.title', { document: t('orders.one', { number: data.number }) })} onForwarded={(email) => setForwarded(email)} />
      </PdfAndPrint>
      {forwarded ? <Notice tone="success">{t('forward.done', { email: forwarded })}</Notice> : null}
      <div className="p-stack">
        <OrderTimeline timeline={orderTimeline(data)} />
        <OrderFacts order={data} />
        <section aria-labelledby="lines-heading">
          <h2 id="lines-heading" className="ui-visually-hidden">
            {t('docs.lines.caption')}
          </h2>
          <OrderLines order={data} />
        </section>
        <OrderPackages packages={data.packages} />
        {data.invoices.length > 0 ? <OrderInvoices order={data} /> : null}
        {data.notes ? (
          <section className="p-card" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="p-card__title">
              {t('docs.notes')}
            </h2>
            <p className="p-pre-line">{data.notes}</p>
          </section>
        ) : null}
        <Thread source={{ queryKey: orderKeys.comments(id), fetch: (signal) => fetchOrderComments(id, signal), post: (body) => postOrderComment(id, body) }} />
      </div>
    </article>
  );
}

function OrderFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const facts: [string, string][] = [[t('orders.columns.date'), calendarDate(order.order_date)]];
  if (order.po_number) facts.push([t('orders.poNumber'), order.po_number]);
  if (order.expected_shipment_date) facts.push([t('orders.expectedShipment'), calendarDate(order.expected_shipment_date)]);
  if (order.shipping_address) facts.push([t('orders.shippingAddress'), order.shipping_address]);
  return (
    <section className="p-card" aria-labelledby="facts-heading">
      <h2 id="facts-heading" className="ui-visually-hidden">
        {t('docs.details')}
      </h2>
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

function OrderInvoices({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  return (
    <section className="p-card" aria-labelledby="invoices-heading">
      <h2 id="invoices-heading" className="p-card__title">
        {t('orders.invoices')}
      </h2>
      <ul className="p-applied">
        {order.invoices.map((invoice) => (
          <li key={invoice.id} className="p-applied__item">
            <Link to={`/invoices/${encodeURIComponent(invoice.id)}`}>{invoice.number}</Link>
            <DocumentStatusBadge status={invoice.status as DocumentStatus} />
            <Money minor={invoice.total_minor} currency={order.currency} />
          </li>
        ))}
      </ul>
    </section>
  );
}
