import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime, formatMoney } from '../../../ui/format.ts';
import type { Payment } from './queries.ts';

const tones: Record<Payment['refunds'][number]['status'], Tone> = { pending: 'warning', succeeded: 'success', failed: 'danger' };

/** A payment's refunds, oldest first: when, how much, how it went, why. */
export function RefundList({ refunds, currency }: { refunds: Payment['refunds']; currency: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption className="admin-caption">{t('payments.refunds')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('payments.refundedOn')}</th>
            <th scope="col" className="admin-num">
              {t('payments.amountShort')}
            </th>
            <th scope="col">{t('payments.status')}</th>
            <th scope="col">{t('payments.refundReason')}</th>
          </tr>
        </thead>
        <tbody>
          {refunds.map((refund) => (
            <tr key={refund.id}>
              <th scope="row" className="admin-row-head">
                {formatDateTime(refund.created_at, locale)}
              </th>
              <td className="admin-num">{formatMoney(refund.amount_minor, currency, locale)}</td>
              <td>
                <StatusBadge tone={tones[refund.status]}>{t(`payments.refundStatuses.${refund.status}`)}</StatusBadge>
              </td>
              <td>{refund.reason ?? <span className="ui-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
