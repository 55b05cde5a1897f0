import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/components/DataTable.tsx';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useCursorList } from '../../../ui/query/useCursorList.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { pick } from '../../lib/documentKinds.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { SearchBox, SortSelect, useListParams } from '../documents/ListControls.tsx';
import { fetchPaymentPage, paymentKeys, paymentSorts, type PaymentListFilters, type PaymentSummary } from './queries.ts';

/** Payments made: search by number, sort, paging; a table on wide screens and cards on a phone. */
export function PaymentListPage() {
  const { t } = useTranslation();
  const { params, update } = useListParams();
  const sort = pick(params.get('sort'), paymentSorts, '-paid_on');
  const search = params.get('search')?.trim() ?? '';
  const filters: PaymentListFilters = { search, sort };
  const list = useCursorList({
    queryKey: paymentKeys.list(filters),
    fetchPage: ({ cursor, signal }) => fetchPaymentPage(filters, cursor, signal),
  });
  const columns: Column<PaymentSummary>[] = [
    {
      id: 'number',
      header: t('docs.columns.number'),
      rowHeader: true,
      cell: (payment) => <Link to={`/payments/${encodeURIComponent(payment.id)}`}>{payment.number}</Link>,
    },
    { id: 'date', header: t('payments.paidOn'), cell: (payment) => calendarDate(payment.paid_on) },
    { id: 'method', header: t('payments.method'), cell: (payment) => t(`payments.methods.${payment.method}`, { defaultValue: payment.method }) },
    { id: 'invoices', header: t('payments.appliedTo'), cell: (payment) => payment.allocations.map((allocation) => allocation.number).join(', ') || '—' },
    {
      id: 'amount',
      header: t('payments.amount'),
      className: 'p-num',
      cell: (payment) => (
        <>
          {money(payment.amount_minor, payment.currency)}
          {payment.refunded_minor > 0 ? (
            <div className="ui-muted ui-small">{t('payments.refundedNote', { amount: money(payment.refunded_minor, payment.currency), left: money(payment.left_minor, payment.currency) })}</div>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('payments.title')} />
      <div className="p-list-controls">
        <SearchBox value={search} onSearch={(text) => update({ search: text || undefined })} />
        <SortSelect value={sort} sorts={paymentSorts} onSort={(value) => update({ sort: value === '-paid_on' ? undefined : value })} />
      </div>
      <div aria-busy={list.status === 'pending'}>
        <DataTable
          caption={t('payments.title')}
          columns={columns}
          list={list}
          stacked
          errorTitle={t('common.errorTitle')}
          empty={<EmptyState title={search ? t('docs.noMatch', { search }) : t('payments.empty')} />}
          loadMoreLabels={{ shown: (count) => t('docs.shown', { count }), loadMore: t('docs.loadMore') }}
        />
      </div>
    </>
  );
}
