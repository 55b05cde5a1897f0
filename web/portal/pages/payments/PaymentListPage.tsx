import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useMe } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { Page, Payment } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { paymentSorts, pick } from '../../lib/documentKinds.ts';
import { errorMessage } from '../../lib/errors.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { queryString, usePagedList } from '../../lib/usePagedList.ts';
import { SearchBox, SortSelect, useListParams } from '../documents/ListControls.tsx';

/** Payments made: search by number, sort, paging; a table on wide screens and cards on a phone. */
export function PaymentListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { params, update } = useListParams();
  const sort = pick(params.get('sort'), paymentSorts, '-paid_on');
  const search = params.get('search')?.trim() ?? '';
  const list = usePagedList(
    (cursor) => portalApi.get<Page<Payment>>(`/payments${queryString({ search, sort, limit: '25', cursor })}`),
    `${me.customer?.id ?? ''}|${search}|${sort}`,
  );
  const labels = {
    number: t('docs.columns.number'),
    date: t('payments.paidOn'),
    method: t('payments.method'),
    invoices: t('payments.appliedTo'),
    amount: t('payments.amount'),
  };

  let body;
  if (list.status === 'loading') body = <Loading />;
  else if (list.status === 'error') body = <LoadFailed message={errorMessage(t, list.error)} onRetry={list.reload} />;
  else if (list.items.length === 0) body = <EmptyState title={search ? t('docs.noMatch', { search }) : t('payments.empty')} />;
  else {
    body = (
      <>
        <div className="ui-table-wrap p-stack-table">
          <table className="ui-table">
            <caption className="ui-visually-hidden">{t('payments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.number}</th>
                <th scope="col">{labels.date}</th>
                <th scope="col">{labels.method}</th>
                <th scope="col">{labels.invoices}</th>
                <th scope="col" className="p-num">
                  {labels.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((payment) => (
                <tr key={payment.id}>
                  <th scope="row" data-label={labels.number}>
                    <Link to={`/payments/${encodeURIComponent(payment.id)}`}>{payment.number}</Link>
                  </th>
                  <td data-label={labels.date}>{calendarDate(payment.paid_on)}</td>
                  <td data-label={labels.method}>{t(`payments.methods.${payment.method}`, { defaultValue: payment.method })}</td>
                  <td data-label={labels.invoices}>{payment.allocations.map((allocation) => allocation.number).join(', ') || '—'}</td>
                  <td data-label={labels.amount} className="p-num">
                    {money(payment.amount_minor, payment.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <LoadMore shown={list.items.length} hasMore={list.hasMore} busy={list.loadingMore} error={list.moreError} onMore={list.loadMore} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('payments.title')} />
      <div className="p-list-controls">
        <SearchBox value={search} onSearch={(text) => update({ search: text || undefined })} />
        <SortSelect value={sort} sorts={paymentSorts} onSort={(value) => update({ sort: value === '-paid_on' ? undefined : value })} />
      </div>
      <div aria-busy={list.status === 'loading'}>{body}</div>
    </>
  );
}
