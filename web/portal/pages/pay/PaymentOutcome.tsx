import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { portalClient } from '../../lib/client.ts';
import { money } from '../../lib/money.ts';
import { paymentPdfPath } from '../payments/queries.ts';
import type { PaymentAttempt } from './queries.ts';

/** The gateway's reason for a refusal in the contact's words; its own (English) words for a code we do not know. */
export function failureText(t: TFunction, attempt: Pick<PaymentAttempt, 'failure_code' | 'failure_message'>): string {
  const known = attempt.failure_code ? t(`pay.failure.${attempt.failure_code}`, { defaultValue: '' }) : '';
  return known || attempt.failure_message || t('pay.failure.generic');
}

/** `Visa •••• 4242`, `Bank account •••• 6789`. */
export function methodName(t: TFunction, method: { type: string; brand: string; last4: string }): string {
  const brand = method.type === 'bank_account' ? t('pay.method.bank') : method.brand === 'unknown' ? t('pay.method.card') : method.brand.charAt(0).toUpperCase() + method.brand.slice(1);
  return `${brand} •••• ${method.last4}`;
}

export interface PaymentOutcomeProps {
  attempt: PaymentAttempt;
  /** Signed in: links to the payment, its receipt and the invoices. A pay link shows none of them. */
  signedIn?: boolean;
  /** Another payment from the same page (after a refusal or an abandoned challenge). */
  onAgain?: () => void;
}

/**
 * What became of a payment: the receipt when it succeeded, pending for a bank payment, the gateway's
 * reason when it was refused. Focus moves here, since the form that was used is gone.
 */
export function PaymentOutcome({ attempt, signedIn = true, onAgain }: PaymentOutcomeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [attempt.id, attempt.status]);
  const amount = money(attempt.amount_minor, attempt.currency);
  const paid = (
    <>
      {attempt.allocations.length > 0 ? (
        <ul className="p-applied">
          {attempt.allocations.map((allocation) => (
            <li key={allocation.document_id} className="p-applied__item">
              <span>{allocation.number}</span>
              <span className="p-num">{money(allocation.amount_minor, attempt.currency)}</span>
            </li>
          ))}
          {attempt.credits_applied.map((credit) => (
            <li key={`${credit.credit_note_id}-${credit.document_id}`} className="p-applied__item">
              <span>{t('pay.outcome.creditApplied', { number: credit.number })}</span>
              <span className="p-num">{money(credit.amount_minor, attempt.currency)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {attempt.on_account_minor > 0 ? <p className="ui-muted">{t('pay.outcome.onAccount', { amount: money(attempt.on_account_minor, attempt.currency) })}</p> : null}
    </>
  );
  const back = signedIn ? (
    <Link to="/invoices" className="ui-button ui-button--secondary">
      {t('pay.outcome.backToInvoices')}
    </Link>
  ) : null;

  if (attempt.status === 'succeeded') {
    return (
      <section ref={ref} tabIndex={-1} className="p-card p-pay-outcome p-focus-target" aria-labelledby="pay-outcome-heading">
        <h2 id="pay-outcome-heading" className="p-card__title">
          {t('pay.outcome.succeeded')}
        </h2>
        <Notice tone="success">{t('pay.outcome.succeededText', { amount })}</Notice>
        <dl className="ui-dl">
          {attempt.payment ? (
            <>
              <dt>{t('pay.outcome.paymentNumber')}</dt>
              <dd className="p-strong">{attempt.payment.number}</dd>
            </>
          ) : null}
          <dt>{t('payments.amount')}</dt>
          <dd className="p-strong">{amount}</dd>
          {attempt.method ? (
            <>
              <dt>{t('payments.method')}</dt>
              <dd>{methodName(t, attempt.method)}</dd>
            </>
          ) : null}
        </dl>
        {paid}
        <div className="ui-button-row">
          {signedIn && attempt.payment ? (
            <>
              <Link to={`/payments/${encodeURIComponent(attempt.payment.id)}`} className="ui-button ui-button--primary">
                {t('pay.outcome.viewPayment')}
              </Link>
              <a className="ui-button ui-button--secondary" href={`${portalClient.basePath}${paymentPdfPath(attempt.payment.id)}`} download>
                {t('pay.outcome.receipt')}
              </a>
            </>
          ) : null}
          {back}
        </div>
      </section>
    );
  }

  if (attempt.status === 'pending' || attempt.status === 'processing' || attempt.status === 'requires_action') {
    const bank = attempt.method?.type === 'bank_account';
    return (
      <section ref={ref} tabIndex={-1} className="p-card p-pay-outcome p-focus-target" aria-labelledby="pay-outcome-heading">
        <h2 id="pay-outcome-heading" className="p-card__title">
          {bank ? t('pay.outcome.bankPending') : t('pay.outcome.processing')}
        </h2>
        <Notice tone="info">{bank ? t('pay.outcome.bankPendingText', { amount }) : t('pay.outcome.processingText', { amount })}</Notice>
        {paid}
        <div className="ui-button-row">{back}</div>
      </section>
    );
  }

  // failed, abandoned: nothing was charged.
  return (
    <section ref={ref} tabIndex={-1} className="p-card p-pay-outcome p-focus-target" aria-labelledby="pay-outcome-heading">
      <h2 id="pay-outcome-heading" className="p-card__title">
        {attempt.status === 'abandoned' ? t('pay.outcome.abandoned') : t('pay.outcome.failed')}
      </h2>
      <div role="alert" className="ui-notice ui-notice--danger">
        {attempt.status === 'abandoned' ? t('pay.outcome.abandonedText') : failureText(t, attempt)}
      </div>
      <div className="ui-button-row">
        {onAgain ? (
          <button type="button" className="ui-button ui-button--primary" onClick={onAgain}>
            {t('pay.outcome.tryAgain')}
          </button>
        ) : null}
        {back}
      </div>
    </section>
  );
}
