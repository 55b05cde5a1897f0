import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { DataTable, StatusBadge, type Column, type Tone } from '../../../ui/components/index.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { CursorList } from '../../../ui/query/useCursorList.ts';
import { paymentMethodText, type PaymentSummary } from './queries.ts';

const statusTones: Record<string, Tone> = { completed: 'success', pending: 'warning', failed: 'danger', refunded: 'neutral', partially_refunded: 'info' };

interface PaymentTableProps {
  list: CursorList<PaymentSummary>;
  caption: string;
  empty: ReactNode;
  showCustomer?: boolean;
}

export function PaymentTable({ list, caption, empty, showCustomer = true }: PaymentTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const columns: Column<PaymentSummary>[] = [
    {
      id: 'number',
      header: t('documents.number'),
      rowHeader: true,
      cell: (payment) => (
        <>
          <Link to={`/payments/${payment.id}`} className="admin-strong-link">
            {payment.number}
          </Link>
          {payment.reference ? <div className="ui-muted ui-small">{payment.reference}</div> : null}
        </>
      ),
    },
    ...(showCustomer ? [{ id: 'customer', header: t('picker.customer'), cell: (payment: PaymentSummary) => <Link to={`/customers/${payment.customer.id}`}>{payment.customer.display_name}</Link> }] : []),
    { id: 'paid', header: t('payments.paidOn'), cell: (payment) => formatCalendarDate(payment.paid_on, locale) },
    { id: 'method', header: t('payments.method'), className: 'admin-hide-narrow', cell: (payment) => paymentMethodText(t, payment) },
    {
      id: 'status',
      header: t('payments.status'),
      cell: (payment) => <StatusBadge tone={statusTones[payment.status] ?? 'neutral'}>{t(`payments.statuses.${payment.status}`, { defaultValue: payment.status })}</StatusBadge>,
    },
    { id: 'applied', header: t('payments.appliedTo'), className: 'admin-hide-narrow', cell: (payment) => payment.allocations.map((a) => a.number).join(', ') },
    { id: 'amount', header: t('payments.amountShort'), className: 'admin-num', cell: (payment) => formatMoney(payment.amount_minor, payment.currency, locale) },
    {
      id: 'refunded',
      header: t('payments.refunded'),
      className: 'admin-num admin-hide-narrow',
      cell: (payment) => (payment.refunded_minor > 0 ? formatMoney(payment.refunded_minor, payment.currency, locale) : <span className="ui-muted">—</span>),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      list={list}
      loadingLabel={t('common.loading')}
      errorTitle={t('payments.loadFailed')}
      empty={empty}
      loadMoreLabels={{ shown: (count) => t('common.shown', { count }), loadMore: t('common.loadMore') }}
    />
  );
}
