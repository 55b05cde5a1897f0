import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Dialog } from '../../../ui/components/Dialog.tsx';
import { FormAlert, Notice } from '../../../ui/components/Feedback.tsx';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useFormatters } from '../../../ui/locale.ts';
import { Loading } from '../../components/Feedback.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { changeDefaults, changeRequest, changeSchema, changesSomething } from './change-form.ts';
import type { TFunction } from 'i18next';
import { applyChange, fetchChangePreview, subscriptionKeys, type ChangePreview, type ChangeRequest, type PlanOption, type SubscriptionDetail } from './queries.ts';
import { offers } from './subscription-status.ts';
import { useSubscriptionWrite } from './useSubscriptionWrite.ts';

/**
 * Changing the plan, the quantity or the add-ons in two steps: the contact chooses, sees exactly what
 * it costs (the credit for the unused part, the charge now, the next invoice; a downgrade waits for
 * the period's end), then confirms that very change.
 */
export function ChangeDialog({ sub, onDone, onClose }: { sub: SubscriptionDetail; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { money, calendarDate } = useFormatters();
  const write = useSubscriptionWrite(sub.id);
  const form = useZodForm(changeSchema, { defaultValues: changeDefaults(sub) });
  const [asked, setAsked] = useState<ChangeRequest | null>(null);
  const [failure, setFailure] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const preview = useQuery({
    queryKey: subscriptionKeys.preview(sub.id, asked ?? {}),
    queryFn: ({ signal }) => fetchChangePreview(sub.id, asked!, signal),
    enabled: asked !== null,
    staleTime: 0,
    gcTime: 0,
  });
  const plans = changePlanOptions(sub, t);
  const addons = sub.available_addons;
  const canPlan = offers(sub, 'change_plan') && plans.length > 1;
  const canQuantity = offers(sub, 'change_quantity');
  const canAddons = offers(sub, 'change_addons') && addons.length > 0;

  const showPreview = form.handleSubmit((values) => {
    setFailure(undefined);
    const change = changeRequest(sub, values);
    if (!changesSomething(change)) {
      setFailure(t('subscriptions.change.nothing'));
      return;
    }
    setAsked(change);
  });
  const confirm = async () => {
    if (!asked) return;
    setConfirming(true);
    setFailure(undefined);
    try {
      await write(() => applyChange(sub, asked));
      onClose();
      onDone(preview.data?.timing === 'period_end' ? t('subscriptions.change.doneLater', { date: calendarDate(preview.data.effective_on) }) : t('subscriptions.change.doneNow'));
    } catch (error) {
      setFailure(errorMessage(t, error));
    } finally {
      setConfirming(false);
    }
  };
  // Any edit after the preview asks for a new one: what is confirmed is what was shown.
  const edited = () => {
    if (asked) setAsked(null);
  };

  return (
    <Dialog
      open
      size="wide"
      title={t('subscriptions.change.title', { plan: sub.plan.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {asked && preview.data ? (
            <Button variant="primary" busy={confirming} onClick={() => void confirm()}>
              {t('subscriptions.change.confirm')}
            </Button>
          ) : (
            <Button type="submit" form="subscription-change-form" variant="primary" busy={preview.isFetching}>
              {t('subscriptions.change.preview')}
            </Button>
          )}
        </>
      }
    >
      <form id="subscription-change-form" noValidate onSubmit={(event) => void showPreview(event)} onChange={edited}>
        {canPlan ? (
          <FormSelect
            control={form.control}
            name="plan_id"
            label={t('subscriptions.change.plan')}
            options={plans.map((plan) => ({ value: plan.id, label: plan.price ? `${plan.name} · ${t(`subscriptions.every.${plan.price.interval}`, { count: plan.price.interval_count, amount: money(plan.price.price_minor, plan.price.currency) })}` : plan.name }))}
          />
        ) : null}
        {canQuantity ? <FormTextInput control={form.control} name="quantity" label={t('subscriptions.change.quantity')} inputMode="numeric" /> : null}
        {canAddons ? (
          <fieldset className="p-choice-list">
            <legend className="p-strong">{t('subscriptions.change.addons')}</legend>
            {addons.map((addon) => (
              <FormTextInput
                key={addon.id}
                control={form.control}
                name={`addons.${addon.id}`}
                label={t('subscriptions.change.addonQuantity', { name: addon.name, price: money(addon.price_minor, sub.currency) })}
                inputMode="numeric"
              />
            ))}
          </fieldset>
        ) : null}
      </form>
      {asked && preview.isFetching ? <Loading label={t('subscriptions.change.previewing')} /> : null}
      {asked && preview.data ? <PreviewSummary preview={preview.data} /> : null}
      <FormAlert message={failure ?? (asked && preview.isError ? errorMessage(t, preview.error) : undefined)} />
    </Dialog>
  );
}

function PreviewSummary({ preview }: { preview: ChangePreview }) {
  const { t } = useTranslation();
  const { money, calendarDate } = useFormatters();
  const rows: [string, string, string][] = [];
  const { proration } = preview;
  if (preview.timing === 'now') {
    rows.push(['credit', t('subscriptions.change.credit', { days: proration.days_remaining, period: proration.days_in_period }), money(-proration.credit_minor, preview.currency)]);
    rows.push(['charge', t('subscriptions.change.charge'), money(proration.charge_minor, preview.currency)]);
    rows.push(['net', proration.net_minor >= 0 ? t('subscriptions.change.dueNow') : t('subscriptions.change.creditedNow'), money(Math.abs(proration.net_minor), preview.currency)]);
  }
  if (preview.next_invoice.date) rows.push(['next', t('subscriptions.change.nextInvoice', { date: calendarDate(preview.next_invoice.date) }), money(preview.next_invoice.amount_minor, preview.currency)]);
  return (
    <section aria-labelledby="change-preview-heading" className="p-change-preview" data-testid="change-preview">
      <h3 id="change-preview-heading" className="p-strong">
        {t('subscriptions.change.previewTitle')}
      </h3>
      <Notice tone="info">{preview.timing === 'now' ? t('subscriptions.change.appliesNow') : t('subscriptions.change.appliesLater', { date: calendarDate(preview.effective_on) })}</Notice>
      <dl className="p-totals">
        {rows.map(([id, label, value]) => (
          <div key={id} className={id === 'net' ? 'p-totals__row p-totals__row--strong' : 'p-totals__row'} data-testid={`preview-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/**
 * The plans to choose from: the current one first, then those the business lets it change to, with
 * their prices (a plan archived since is numbered: the preview then shows what it costs).
 */
function changePlanOptions(sub: SubscriptionDetail, t: TFunction): { id: string; name: string; price: PlanOption | null }[] {
  const current = { id: sub.plan.id, name: sub.plan.name, price: { id: sub.plan.id, name: sub.plan.name, currency: sub.currency, price_minor: sub.unit_price_minor, interval: sub.interval, interval_count: sub.interval_count } };
  const known = new Map(sub.change_plans.map((plan) => [plan.id, plan]));
  const others = sub.change_plan_ids
    .filter((id) => id !== sub.plan.id)
    .map((id, index) => {
      const plan = known.get(id);
      return { id, name: plan?.name ?? t('subscriptions.change.planOption', { number: index + 1 }), price: plan ?? null };
    });
  return [current, ...others];
}
