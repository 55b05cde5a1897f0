import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { calendarDate, money } from '../../lib/money.ts';
import { methodName } from '../pay/PaymentOutcome.tsx';
import type { HostedPlan, HostedSignUp } from './hosted-queries.ts';
import { HostedLayout } from './HostedLayout.tsx';

/** After the sign-up: the subscription, what was paid (or when the trial ends), and what comes by email. Focus moves here. */
export function HostedSuccess({ page, result }: { page: HostedPlan; result: HostedSignUp }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { subscription, invoice } = result;
  const trial = subscription.status === 'trial';
  return (
    <HostedLayout title={t('hosted.success.title')}>
      <section ref={ref} tabIndex={-1} className="p-card p-hosted__card" aria-labelledby="hosted-success-heading">
        <h1 id="hosted-success-heading">{t('hosted.success.title')}</h1>
        <Notice tone="success">{t('hosted.success.subscribed', { plan: subscription.plan_name, number: subscription.number })}</Notice>
        <dl className="p-summary">
          <dt>{t('hosted.success.subscription')}</dt>
          <dd>{subscription.number}</dd>
          {invoice ? (
            <>
              <dt>{t('hosted.success.paid', { number: invoice.number })}</dt>
              <dd className="p-strong">{money(invoice.total_minor, subscription.currency)}</dd>
            </>
          ) : null}
          {trial && subscription.trial_end ? (
            <>
              <dt>{t('hosted.success.trialEnds')}</dt>
              <dd>{calendarDate(subscription.trial_end)}</dd>
            </>
          ) : null}
          {!trial && subscription.next_billing_date ? (
            <>
              <dt>{t('hosted.success.nextBilling')}</dt>
              <dd>{calendarDate(subscription.next_billing_date)}</dd>
            </>
          ) : null}
          {result.payment_method ? (
            <>
              <dt>{t('hosted.success.card')}</dt>
              <dd>{methodName(t, { type: 'card', ...result.payment_method })}</dd>
            </>
          ) : null}
        </dl>
        <p>{result.portal_invitation ? t('hosted.success.checkEmail', { email: result.email }) : t('hosted.success.receipt', { email: result.email, organization: page.organization.name })}</p>
      </section>
    </HostedLayout>
  );
}
