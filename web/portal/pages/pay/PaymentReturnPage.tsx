import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadFailed, Loading } from '../../components/Feedback.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { PaymentOutcome } from './PaymentOutcome.tsx';
import { useRefreshAfterPayment } from './PayPage.tsx';
import { attemptKey, cancelAttempt, confirmAttempt, fetchAttempt, type PaymentAttempt } from './queries.ts';

export type ChallengeOutcome = 'approved' | 'failed' | 'abandoned';

/** `?outcome=` of the gateway's challenge page; anything else only reads the attempt. */
export function challengeOutcome(value: string | null): ChallengeOutcome | null {
  return value === 'approved' || value === 'failed' || value === 'abandoned' ? value : null;
}

/** What the return page asks: confirm after an answered challenge, cancel an abandoned one, else read. */
export function settleAttempt(id: string, outcome: ChallengeOutcome | null, calls: { confirm: (id: string) => Promise<PaymentAttempt>; cancel: (id: string) => Promise<PaymentAttempt>; read: (id: string) => Promise<PaymentAttempt> }) {
  if (outcome === 'abandoned') return calls.cancel(id);
  if (outcome === 'approved' || outcome === 'failed') return calls.confirm(id);
  return calls.read(id);
}

/** The attempt once settled: the outcome panel, and a way back to paying when nothing was charged. */
export function ReturnView({ attempt, signedIn, payAgainPath }: { attempt: UseQueryResult<PaymentAttempt>; signedIn: boolean; payAgainPath: string }) {
  const { t } = useTranslation();
  if (!attempt.data) {
    return attempt.isPending ? <Loading label={t('pay.return.checking')} /> : <LoadFailed message={errorMessage(t, attempt.error)} onRetry={() => void attempt.refetch()} />;
  }
  const data = attempt.data;
  return (
    <>
      <PaymentOutcome attempt={data} signedIn={signedIn} />
      {(data.status === 'failed' || data.status === 'abandoned') ? (
        <p>
          <Link to={payAgainPath}>{t('pay.outcome.tryAgain')}</Link>
        </p>
      ) : null}
    </>
  );
}

/** Back from the gateway's authentication challenge: records its outcome and shows what became of the payment. */
export function PaymentReturnPage() {
  const { t } = useTranslation();
  const id = useParams().attemptId ?? '';
  const [params] = useSearchParams();
  const outcome = challengeOutcome(params.get('outcome'));
  const refresh = useRefreshAfterPayment();
  const attempt = useQuery({
    queryKey: [...attemptKey(id), outcome],
    queryFn: () => settleAttempt(id, outcome, { confirm: confirmAttempt, cancel: cancelAttempt, read: (attemptId) => fetchAttempt(attemptId) }),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const status = attempt.data?.status;
  useEffect(() => {
    if (status === 'succeeded' || status === 'pending') void refresh();
    // Once per outcome.
  }, [status]);
  return (
    <>
      <PageHeader title={t('pay.return.title')} />
      <ReturnView attempt={attempt} signedIn payAgainPath="/pay" />
    </>
  );
}
