import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/PortalContext.tsx';
import { can } from '../../lib/permissions.ts';
import { money } from '../../lib/money.ts';
import { hasDueNowChoice, payableDocuments } from './pay-plan.ts';
import { fetchPaymentOptions, paymentOptionsKey } from './queries.ts';

/** The payment options, read only for a contact who may pay (the same query as the pay page's). */
function usePaymentOptions() {
  const me = useMe();
  const allowed = can(me, 'pay');
  return useQuery({ queryKey: paymentOptionsKey, queryFn: ({ signal }) => fetchPaymentOptions(signal), enabled: allowed });
}

/** On an invoice or retainer invoice: "Pay now" while something is payable, and what is being paid. */
export function PayNow({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const options = usePaymentOptions();
  const document = options.data?.documents.find((candidate) => candidate.id === documentId);
  if (!document) return null;
  return (
    <div className="p-pay-now p-no-print">
      {document.payable_minor > 0 ? (
        <Link to={`/pay?invoice=${encodeURIComponent(document.id)}`} className="ui-button ui-button--primary">
          {t('pay.payNow', { amount: money(hasDueNowChoice(document) ? document.due_now_minor : document.payable_minor, document.currency) })}
        </Link>
      ) : null}
      {document.pending_minor > 0 ? <p className="ui-muted">{t('pay.beingPaid', { amount: money(document.pending_minor, document.currency) })}</p> : null}
    </div>
  );
}

/** On the dashboard: everything payable now, in one payment. */
export function PayAll() {
  const { t } = useTranslation();
  const options = usePaymentOptions();
  const data = options.data;
  if (!data) return null;
  // What the pay page asks by default: the instalment due now under a schedule, else the balance.
  const total = data.documents.reduce((sum, document) => sum + (hasDueNowChoice(document) ? document.due_now_minor : document.payable_minor), 0);
  if (total <= 0) return null;
  return (
    <section className="p-card p-pay-all" aria-labelledby="pay-all-heading">
      <h2 id="pay-all-heading" className="p-card__title">
        {t('pay.all.heading', { amount: money(total, data.currency) })}
      </h2>
      <p className="ui-muted">{t('pay.all.text', { count: payableDocuments(data.documents).length })}</p>
      <Link to="/pay" className="ui-button ui-button--primary">
        {t('pay.all.action', { amount: money(total, data.currency) })}
      </Link>
    </section>
  );
}
