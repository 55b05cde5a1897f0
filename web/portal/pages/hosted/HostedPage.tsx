import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../ui/api/errors.ts';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { FormAlert, LoadFailed, Loading } from '../../components/Feedback.tsx';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { CardEntryInvalid, type CardEntryHandle } from '../pay/card-entry.ts';
import { TestCardFields } from '../pay/NewMethodFields.tsx';
import { newIdempotencyKey } from '../pay/payment-submit.ts';
import { failureText } from '../pay/PaymentOutcome.tsx';
import { StripeCardEntry } from '../pay/StripeCardEntry.tsx';
import { TestNumbers } from '../pay/TestNumbers.tsx';
import { formFieldOf, hostedFormDefaults, hostedFormSchema, hostedSignUpBody, signUpFingerprint } from './hosted-form.ts';
import { fetchHostedPlan, hostedKeys, signUp, type HostedPlan, type HostedSignUp } from './hosted-queries.ts';
import { HostedLayout } from './HostedLayout.tsx';
import { HostedSuccess } from './HostedSuccess.tsx';
import { PlanSummary } from './PlanSummary.tsx';

/** A plan's hosted payment page: a new customer's details and card, the first payment, the subscription. */
export function HostedPage() {
  const { t } = useTranslation();
  const { planCode = '' } = useParams();
  const plan = useQuery({ queryKey: hostedKeys.plan(planCode), queryFn: ({ signal }) => fetchHostedPlan(planCode, signal), retry: false, staleTime: Infinity, refetchOnWindowFocus: false });
  if (!plan.data) {
    if (!plan.isPending && isApiError(plan.error, 'NOT_FOUND', 'PORTAL_DISABLED')) return <HostedPageMissing />;
    return (
      <HostedLayout title={t('hosted.title')}>
        <div className="p-card p-hosted__card">{plan.isPending ? <Loading /> : <LoadFailed message={errorMessage(t, plan.error)} onRetry={() => void plan.refetch()} />}</div>
      </HostedLayout>
    );
  }
  return <HostedPageContent page={plan.data} planCode={planCode} />;
}

export function HostedPageMissing() {
  const { t } = useTranslation();
  return (
    <HostedLayout title={t('hosted.missing.title')}>
      <div className="p-card p-hosted__card">
        <h1>{t('hosted.missing.title')}</h1>
        <p>{t('hosted.missing.body')}</p>
      </div>
    </HostedLayout>
  );
}

/** A refusal at the gateway: its reason, shown above the button; the same sign-up may try another card. */
interface Declined {
  failure_code: string | null;
  failure_message: string | null;
}

function declinedOf(error: unknown): Declined | undefined {
  if (!(error instanceof ApiError) || error.code !== 'PAYMENT_METHOD_UNAVAILABLE') return undefined;
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as Partial<Declined>;
  return { failure_code: details.failure_code ?? null, failure_message: details.failure_message ?? null };
}

function HostedPageContent({ page, planCode }: { page: HostedPlan; planCode: string }) {
  const { t } = useTranslation();
  const form = useZodForm(hostedFormSchema, { defaultValues: hostedFormDefaults() });
  const entry = useRef<CardEntryHandle>(null);
  const [cardRevision, setCardRevision] = useState(0);
  const [declined, setDeclined] = useState<Declined>();
  const [done, setDone] = useState<HostedSignUp>();
  // One sign-up's key, kept while its details stay the same: a retry (another card after a refusal, or after a lost answer) is the same sign-up.
  const attempt = useRef<{ fingerprint: string; key: string } | null>(null);
  // The card's token, reused while the card typed in is unchanged (a retry of the same payment).
  const card = useRef<{ revision: number; token: string } | null>(null);
  const quantity = Number(form.watch('quantity'));
  const { plan, payment } = page;

  const submit = useServerSubmit(
    form,
    async (values) => {
      setDeclined(undefined);
      const language = currentLanguage();
      const fingerprint = signUpFingerprint(values, language);
      if (attempt.current?.fingerprint !== fingerprint) attempt.current = { fingerprint, key: newIdempotencyKey() };
      if (card.current?.revision !== cardRevision) {
        try {
          if (!entry.current) throw new CardEntryInvalid();
          card.current = { revision: cardRevision, token: (await entry.current.tokenize()).id };
        } catch (error) {
          // The card's fields say what is wrong with it.
          if (error instanceof CardEntryInvalid) return;
          throw error;
        }
      }
      try {
        setDone(await signUp(planCode, hostedSignUpBody(values, language, card.current.token), { idempotencyKey: attempt.current.key, formToken: page.form_token }));
      } catch (error) {
        const refusal = declinedOf(error);
        if (!refusal) throw error;
        // Another try tokenizes the card again (a refused token is not reused).
        card.current = null;
        setDeclined(refusal);
      }
    },
    { fieldName: formFieldOf },
  );

  if (done) return <HostedSuccess page={page} result={done} />;
  const busy = form.formState.isSubmitting;
  const formMessage = formErrorMessage(form);
  const cardMissing = payment.methods.length === 0 || (payment.gateway === 'stripe' && !payment.publishable_key);
  return (
    <HostedLayout title={plan.name}>
      <h1 className="p-hosted__title">{t('hosted.heading', { plan: plan.name })}</h1>
      <div className="p-hosted__grid">
        <PlanSummary plan={plan} quantity={quantity} />
        <form
          className="p-card p-hosted__card p-form"
          noValidate
          aria-labelledby="hosted-form-heading"
          onSubmit={(event) => void submit(event)}
        >
          <h2 id="hosted-form-heading">{t('hosted.form.heading')}</h2>
          <FormAlert message={formMessage} />
          <fieldset className="ui-fieldset" disabled={busy}>
            <legend>{t('hosted.form.you')}</legend>
            <FormTextInput control={form.control} name="company_name" label={t('hosted.form.company')} autoComplete="organization" required />
            <div className="p-field-row">
              <FormTextInput control={form.control} name="first_name" label={t('profile.firstName')} autoComplete="given-name" required />
              <FormTextInput control={form.control} name="last_name" label={t('profile.lastName')} autoComplete="family-name" required />
            </div>
            <FormTextInput control={form.control} name="email" type="email" label={t('common.email')} autoComplete="email" hint={page.portal_invitation ? t('hosted.form.emailHintInvite') : undefined} required />
            <FormTextInput control={form.control} name="phone" type="tel" label={t('hosted.form.phone')} autoComplete="tel" />
          </fieldset>
          <fieldset className="ui-fieldset" disabled={busy}>
            <legend>{t('hosted.form.address')}</legend>
            <FormTextInput control={form.control} name="street" label={t('hosted.form.street')} autoComplete="street-address" required />
            <div className="p-field-row">
              <FormTextInput control={form.control} name="city" label={t('hosted.form.city')} autoComplete="address-level2" required />
              <FormTextInput control={form.control} name="postal_code" label={t('hosted.form.postalCode')} autoComplete="postal-code" />
            </div>
            <div className="p-field-row">
              <FormTextInput control={form.control} name="state" label={t('hosted.form.state')} autoComplete="address-level1" />
              <FormTextInput control={form.control} name="country" label={t('hosted.form.country')} autoComplete="country-name" required />
            </div>
          </fieldset>
          <fieldset className="ui-fieldset" disabled={busy}>
            <legend>{t('hosted.form.subscription')}</legend>
            <div className="p-field-row">
              <FormTextInput control={form.control} name="quantity" label={t('hosted.form.quantity')} inputMode="numeric" required />
              <FormTextInput control={form.control} name="coupon_code" label={t('hosted.form.coupon')} autoComplete="off" />
            </div>
          </fieldset>
          <fieldset className="ui-fieldset">
            <legend>{plan.trial_days > 0 ? t('hosted.form.cardForLater') : t('hosted.form.card')}</legend>
            {cardMissing ? (
              <Notice tone="warning">{t('hosted.form.noCard')}</Notice>
            ) : payment.gateway === 'test' ? (
              <TestCardFields ref={entry} onChange={() => setCardRevision((revision) => revision + 1)} disabled={busy} />
            ) : (
              <StripeCardEntry ref={entry} publishableKey={payment.publishable_key ?? ''} />
            )}
            {payment.test_mode ? <TestNumbers bank={false} /> : null}
          </fieldset>
          {declined ? (
            <div role="alert" className="ui-notice ui-notice--danger">
              <p className="p-strong">{t('hosted.declined')}</p>
              <p>{failureText(t, declined)}</p>
            </div>
          ) : null}
          <div className="p-pay__submit">
            <Button type="submit" variant="primary" busy={busy} disabled={cardMissing} className="p-button--block">
              {plan.trial_days > 0 ? t('hosted.form.startTrial', { count: plan.trial_days }) : t('hosted.form.subscribe')}
            </Button>
            <div role="status" className="ui-small ui-muted">
              {busy ? t('hosted.form.working') : ''}
            </div>
          </div>
        </form>
      </div>
    </HostedLayout>
  );
}
