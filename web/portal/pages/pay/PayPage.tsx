import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { EmptyState } from '../../../ui/components/Feedback.tsx';
import { useMe } from '../../app/PortalContext.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { can } from '../../lib/permissions.ts';
import { PayForm } from './PayForm.tsx';
import { initialSelection, payableDocuments } from './pay-plan.ts';
import { paidKeys } from './payment-submit.ts';
import { PaymentOutcome } from './PaymentOutcome.tsx';
import { createPayment, fetchPaymentOptions, paymentOptionsKey, type PaymentAttempt, type PaymentOptions } from './queries.ts';

/** After a payment: the balances, lists, dashboard and statement read again. */
export function useRefreshAfterPayment() {
  const queryClient = useQueryClient();
  return () => Promise.all(paidKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Follows the gateway's challenge in this tab; it sends the browser back to the return page. */
export function followNextAction(attempt: PaymentAttempt): boolean {
  if (attempt.status !== 'requires_action' || !attempt.next_action) return false;
  window.location.assign(attempt.next_action.url);
  return true;
}

/** Pay open invoices and retainer invoices: all of them, or the one of `?invoice=`. */
export function PayPage() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = can(me, 'pay');
  // Each visit (the Pay link pressed again after a payment) builds a new payment.
  const visit = useLocation().key;
  const options = useQuery({ queryKey: paymentOptionsKey, queryFn: ({ signal }) => fetchPaymentOptions(signal), enabled: allowed });
  const header = <PageHeader title={t('pay.title')} />;
  if (!allowed) {
    return (
      <>
        {header}
        <EmptyState title={t('pay.notAllowed')} />
      </>
    );
  }
  if (!options.data) {
    return (
      <>
        {header}
        {options.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, options.error)} onRetry={() => void options.refetch()} />}
      </>
    );
  }
  return (
    <>
      {header}
      <PayContent key={visit} options={options.data} />
    </>
  );
}

function PayContent({ options }: { options: PaymentOptions }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const refresh = useRefreshAfterPayment();
  const [outcome, setOutcome] = useState<PaymentAttempt | undefined>();
  // The options as the form was built: a refresh after a payment does not rebuild it under the outcome.
  const [initial] = useState(() => initialSelection(options.documents, params.get('invoice')));

  if (outcome) return <PaymentOutcome attempt={outcome} />;
  const documents = payableDocuments(options.documents);
  if (documents.length === 0) {
    return (
      <EmptyState
        title={t('pay.nothingToPay')}
        action={
          <Link to="/invoices" className="ui-button ui-button--secondary">
            {t('pay.outcome.backToInvoices')}
          </Link>
        }
      />
    );
  }
  return (
    <PayForm
      documents={documents}
      credits={options.credits}
      savedMethods={options.saved_methods}
      methods={options.methods}
      rules={{ currency: options.currency, allowPartialPayments: options.allow_partial_payments, minimumMinor: options.partial_payment_minimum_minor, allowMoneyOnAccount: options.allow_money_on_account }}
      gateway={options.gateway}
      publishableKey={options.publishable_key}
      testMode={options.test_mode}
      initialSelection={initial}
      blocked={options.blocked_by_pending_payment}
      send={createPayment}
      onAttempt={(attempt) => {
        if (followNextAction(attempt)) return;
        if (attempt.status === 'failed') return;
        setOutcome(attempt);
        void refresh();
      }}
    />
  );
}
