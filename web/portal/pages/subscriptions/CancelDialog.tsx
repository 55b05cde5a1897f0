import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormSelect, FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useFormatters } from '../../../ui/locale.ts';
import { cancelSubscription, type SubscriptionDetail } from './queries.ts';
import { cancelTimings } from './subscription-status.ts';
import { useSubscriptionWrite } from './useSubscriptionWrite.ts';

function cancelSchema(needsReason: boolean) {
  return z.object({
    timing: z.enum(['immediately', 'at_period_end']),
    reason_code: needsReason ? z.string().min(1, 'subscriptions.cancel.reasonRequired') : z.string(),
    reason_text: z.string().trim().max(2000),
  });
}

/**
 * Cancelling: at the end of the period (it stays usable until then and can be reactivated) or at
 * once, with a reason from the business's list and the contact's own words.
 */
export function CancelDialog({ sub, onDone, onClose }: { sub: SubscriptionDetail; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const write = useSubscriptionWrite(sub.id);
  const reasons = sub.cancel_reasons;
  const timings = cancelTimings(sub);
  const schema = useMemo(() => cancelSchema(reasons.length > 0), [reasons.length]);
  const form = useZodForm(schema, { defaultValues: { timing: timings[0] ?? 'at_period_end', reason_code: '', reason_text: '' } });
  const timing = useWatch({ control: form.control, name: 'timing' });
  const endDate = sub.current_period_end ?? sub.next_billing_date;
  return (
    <FormDialog
      open
      title={t('subscriptions.cancel.title', { plan: sub.plan.name })}
      form={form}
      submitLabel={t('subscriptions.cancel.submit')}
      submitVariant="danger"
      cancelLabel={t('subscriptions.cancel.keep')}
      onClose={onClose}
      onSubmit={async (values) => {
        await write(() => cancelSubscription(sub, { timing: values.timing, ...(values.reason_code ? { reason_code: values.reason_code } : {}), ...(values.reason_text ? { reason_text: values.reason_text } : {}) }));
        onDone(values.timing === 'at_period_end' && endDate ? t('subscriptions.cancel.doneAtEnd', { plan: sub.plan.name, date: calendarDate(endDate) }) : t('subscriptions.cancel.doneNow', { plan: sub.plan.name }));
      }}
    >
      <fieldset className="p-choice-list">
        <legend className="p-strong">{t('subscriptions.cancel.when')}</legend>
        {timings.map((option) => (
          <label key={option} className="p-pay-radio">
            <input type="radio" value={option} {...form.register('timing')} />
            <span>{option === 'at_period_end' && endDate ? t('subscriptions.cancel.atPeriodEndOn', { date: calendarDate(endDate) }) : t(`subscriptions.cancel.${option === 'at_period_end' ? 'atPeriodEnd' : 'immediately'}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="ui-muted ui-small">{timing === 'immediately' ? t('subscriptions.cancel.immediatelyHint') : t('subscriptions.cancel.atPeriodEndHint')}</p>
      {reasons.length > 0 ? (
        <FormSelect
          control={form.control}
          name="reason_code"
          label={t('subscriptions.cancel.reason')}
          required
          options={[{ value: '', label: t('subscriptions.cancel.chooseReason') }, ...reasons.map((reason) => ({ value: reason.code, label: reason.label }))]}
        />
      ) : null}
      <FormTextArea control={form.control} name="reason_text" label={t('subscriptions.cancel.comment')} rows={3} maxLength={2000} />
    </FormDialog>
  );
}
