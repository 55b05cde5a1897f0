import { useTranslation } from 'react-i18next';
import { money, percent } from '../../lib/money.ts';
import type { HostedPlan } from './hosted-queries.ts';

/** "€10.00 per month", "€30.00 every 3 months". */
export function usePlanPrice() {
  const { t } = useTranslation();
  return (plan: HostedPlan['plan'], amountMinor: number) =>
    t(`hosted.price.${plan.interval}`, { count: plan.interval_count, amount: money(amountMinor, plan.currency) });
}

/** The plan as bought: price per period, quantity, trial, setup fee, tax, and what happens first. */
export function PlanSummary({ plan, quantity }: { plan: HostedPlan['plan']; quantity: number }) {
  const { t } = useTranslation();
  const price = usePlanPrice();
  const units = Number.isInteger(quantity) && quantity > 0 ? quantity : 1;
  return (
    <section className="p-card p-hosted__summary" aria-labelledby="hosted-summary-heading">
      <h2 id="hosted-summary-heading">{t('hosted.summary.heading')}</h2>
      <p className="p-strong">{plan.name}</p>
      {plan.description ? <p className="ui-muted">{plan.description}</p> : null}
      <dl className="p-summary">
        <dt>{t('hosted.summary.price')}</dt>
        <dd>{price(plan, plan.price_minor)}</dd>
        {units > 1 ? (
          <>
            <dt>{t('hosted.summary.total', { count: units })}</dt>
            <dd className="p-strong">{price(plan, plan.price_minor * units)}</dd>
          </>
        ) : null}
        {plan.trial_days > 0 ? (
          <>
            <dt>{t('hosted.summary.trial')}</dt>
            <dd>{t('hosted.summary.trialDays', { count: plan.trial_days })}</dd>
          </>
        ) : null}
        {plan.setup_fee_minor > 0 ? (
          <>
            <dt>{t('hosted.summary.setupFee')}</dt>
            <dd>{money(plan.setup_fee_minor, plan.currency)}</dd>
          </>
        ) : null}
        {plan.tax ? (
          <>
            <dt>{t('hosted.summary.tax')}</dt>
            <dd>{t('hosted.summary.taxRate', { name: plan.tax.name, rate: percent(plan.tax.rate_percent) })}</dd>
          </>
        ) : null}
        {plan.billing_cycles ? (
          <>
            <dt>{t('hosted.summary.cycles')}</dt>
            <dd>{t('hosted.summary.cyclesCount', { count: plan.billing_cycles })}</dd>
          </>
        ) : null}
      </dl>
      <p className="ui-small ui-muted">{plan.trial_days > 0 ? t('hosted.summary.trialNote', { count: plan.trial_days }) : t('hosted.summary.payNowNote')}</p>
    </section>
  );
}
