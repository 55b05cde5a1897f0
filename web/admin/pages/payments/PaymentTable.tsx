import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../ui/billing-format.ts';
import { formatMoney } from '../../../ui/format.ts';
import type { Payment } from '../../lib/billing-types.ts';

export function PaymentTable({ payments, caption, showCustomer = true }: { payments: Payment[]; caption: string; showCustomer?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.number')}</th>
            {showCustomer ? <th scope="col">{t('picker.customer')}</th> : null}
            <th scope="col">{t('payments.paidOn')}</th>
            <th scope="col" className="admin-hide-narrow">{t('payments.method')}</th>
            <th scope="col" className="admin-hide-narrow">{t('payments.appliedTo')}</th>
            <th scope="col" className="admin-num">{t('payments.amountShort')}</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => (
            <tr key={payment.id}>
              <th scope="row" className="admin-row-head">
                <Link to={`/payments/${payment.id}`} className="admin-strong-link">
                  {payment.number}
                </Link>
                {payment.reference ? <div className="ui-muted ui-small">{payment.reference}</div> : null}
              </th>
              {showCustomer ? (
                <td>
                  <Link to={`/customers/${payment.customer.id}`}>{payment.customer.display_name}</Link>
                </td>
              ) : null}
              <td>{formatCalendarDate(payment.paid_on, locale)}</td>
              <td className="admin-hide-narrow">{t(`payments.methods.${payment.method}`, { defaultValue: payment.method })}</td>
              <td className="admin-hide-narrow">{payment.allocations.map((a) => a.number).join(', ')}</td>
              <td className="admin-num">{formatMoney(payment.amount_minor, payment.currency, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
