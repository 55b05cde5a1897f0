import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AuthLayout } from '../../components/AuthLayout.tsx';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { calendarDate, money } from '../../lib/money.ts';
import { PayForm } from './PayForm.tsx';
import { initialSelection } from './pay-plan.ts';
import { cancelPayLinkAttempt, confirmPayLinkAttempt, createPayLinkPayment, fetchPayLink, fetchPayLinkAttempt, payLinkKeys, type PayLink } from './pay-link-queries.ts';
import { PaymentOutcome } from './PaymentOutcome.tsx';
import { challengeOutcome, ReturnView, settleAttempt } from './PaymentReturnPage.tsx';
import { followNextAction } from './PayPage.tsx';
import type { PaymentAttempt } from './queries.ts';

/** Opening a pay link only reads it (mail scanners are harmless); it pays that one invoice's balance, without signing in. */
export function PayLinkPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const link = useQuery({ queryKey: payLinkKeys.link(token), queryFn: ({ signal }) => fetchPayLink(token, signal), retry: false });
  if (!link.data) {
    return (
      <AuthLayout title={t('pay.link.title')} wide>
        {link.isPending ? <Loading /> : <PayLinkProblem error={link.error} onRetry={() => void link.refetch()} />}
      </AuthLayout>
    );
  }
  return <PayLinkContent link={link.data} token={token} />;
}

function PayLinkProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const gone = isApiError(error, 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'NOT_FOUND');
  return (
    <>
      <LoadFailed message={gone ? t('pay.link.gone') : errorMessage(t, error)} onRetry={gone ? undefined : onRetry} />
      <p>
        <Link to="/login">{t('pay.link.signIn')}</Link>
      </p>
    </>
  );
}

function PayLinkContent({ link, token }: { link: PayLink; token: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<PaymentAttempt | undefined>();
  const [initial] = useState(() => initialSelection([link.document], link.document.id));
  const { document, options } = link;
  return (
    <AuthLayout title={t('pay.link.heading', { number: document.number })} wide>
      <p>{t('pay.link.intro', { name: link.contact.first_name, organization: link.organization.name })}</p>
      <dl className="p-summary">
        <dt>{t('pay.link.balance')}</dt>
        <dd className="p-strong">{money(document.balance_minor, document.currency)}</dd>
        {document.due_date ? (
          <>
            <dt>{t('pay.link.due')}</dt>
            <dd>{calendarDate(document.due_date)}</dd>
          </>
        ) : null}
      </dl>
      <p className="p-actions">
        <a href={link.pdf_url} className="ui-button ui-button--secondary" download>
          {t('docs.downloadPdf')}
        </a>
        <Link to={`/login?next=${encodeURIComponent(`/invoices/${document.id}`)}`}>{t('pay.link.signIn')}</Link>
      </p>
      {outcome ? (
        <PaymentOutcome attempt={outcome} signedIn={false} />
      ) : document.payable_minor <= 0 ? (
        <p role="status">{document.pending_minor > 0 ? t('pay.beingPaid', { amount: money(document.pending_minor, document.currency) }) : t('pay.nothingToPay')}</p>
      ) : (
        <PayForm
          documents={[document]}
          credits={[]}
          savedMethods={[]}
          methods={options.methods}
          rules={{ currency: document.currency, allowPartialPayments: options.allow_partial_payments, minimumMinor: options.partial_payment_minimum_minor, allowMoneyOnAccount: false }}
          gateway={options.gateway}
          publishableKey={options.publishable_key}
          testMode={options.test_mode}
          initialSelection={initial}
          single
          blocked={options.blocked_by_pending_payment}
          send={(body, key) => createPayLinkPayment(token, body, key)}
          onAttempt={(attempt) => {
            if (followNextAction(attempt)) return;
            if (attempt.status !== 'failed') setOutcome(attempt);
          }}
        />
      )}
    </AuthLayout>
  );
}

/** Back from the challenge of a payment made from a pay link. */
export function PayLinkReturnPage() {
  const { t } = useTranslation();
  const { token = '', attemptId = '' } = useParams();
  const [params] = useSearchParams();
  const outcome = challengeOutcome(params.get('outcome'));
  const attempt = useQuery({
    queryKey: payLinkKeys.attempt(token, attemptId, outcome),
    queryFn: () =>
      settleAttempt(attemptId, outcome, {
        confirm: (id) => confirmPayLinkAttempt(token, id),
        cancel: (id) => cancelPayLinkAttempt(token, id),
        read: (id) => fetchPayLinkAttempt(token, id),
      }),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  return (
    <AuthLayout title={t('pay.return.title')} wide>
      <ReturnView attempt={attempt} signedIn={false} payAgainPath={`/pay/${encodeURIComponent(token)}`} />
    </AuthLayout>
  );
}
