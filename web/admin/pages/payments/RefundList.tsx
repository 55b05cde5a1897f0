import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../ui/components/index.ts';
import { formatDateTime, formatMoney } from '../../../ui/format.ts';
import type { RefundRow } from './refunds.ts';

const tones: Record<RefundRow['status'], Tone> = { pending: 'warning', succeeded: 'success', failed: 'danger' };

/** A payment's refunds, oldest first: when (completed, else asked for), how much, how it went and why it failed, why. */
export function RefundList({ refunds, currency }: { refunds: RefundRow[]; currency: string }) {
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
                {formatDateTime(refund.completed_at ?? refund.created_at, locale)}
              </th>
              <td className="admin-num">{formatMoney(refund.amount_minor, currency, locale)}</td>
              <td>
                <StatusBadge tone={tones[refund.status]}>{t(`payments.refundStatuses.${refund.status}`)}</StatusBadge>
                {refund.status === 'failed' && refund.failure_message ? <div className="ui-muted ui-small">{refund.failure_message}</div> : null}
              </td>
              <td>{refund.reason ?? <span className="ui-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
