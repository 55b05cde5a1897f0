import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useFormatters } from '../../../ui/locale.ts';
import { Loading } from '../../components/Feedback.tsx';
import { methodName } from '../pay/PaymentOutcome.tsx';
import { fetchPaymentMethods, paymentMethodKeys } from '../pay/queries.ts';
import { changePaymentMethod, extendTrial, pauseSubscription, type SubscriptionDetail } from './queries.ts';
import { useSubscriptionWrite } from './useSubscriptionWrite.ts';

interface ActionDialogProps {
  sub: SubscriptionDetail;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Extending the trial by some days, up to what the business allows. */
export function ExtendTrialDialog({ sub, onDone, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const write = useSubscriptionWrite(sub.id);
  const max = sub.extend_trial_days_left;
  const schema = useMemo(
    () =>
      z.object({
        days: z
          .string()
          .trim()
          .regex(/^\d{1,3}$/, 'subscriptions.change.wholeNumber')
          .refine((value) => Number(value) >= 1 && Number(value) <= max, 'subscriptions.extend.outOfRange'),
      }),
    [max],
  );
  const form = useZodForm(schema, { defaultValues: { days: String(Math.max(1, Math.min(7, max))) } });
  return (
    <FormDialog
      open
      title={t('subscriptions.extend.title', { plan: sub.plan.name })}
      form={form}
      submitLabel={t('subscriptions.extend.submit')}
      onClose={onClose}
      onSubmit={async (values) => {
        await write(() => extendTrial(sub, Number(values.days)));
        onDone(t('subscriptions.extend.done', { count: Number(values.days) }));
      }}
    >
      <FormTextInput control={form.control} name="days" label={t('subscriptions.extend.days')} hint={t('subscriptions.extend.max', { count: max })} inputMode="numeric" required />
    </FormDialog>
  );
}

/** Pausing until a date: no invoices while paused, and the billing period moves by the days paused. */
export function PauseDialog({ sub, onDone, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const { calendarDate } = useFormatters();
  const write = useSubscriptionWrite(sub.id);
  const schema = useMemo(() => z.object({ resume_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'subscriptions.pause.dateRequired') }), []);
  const form = useZodForm(schema, { defaultValues: { resume_on: '' } });
  return (
    <FormDialog
      open
      title={t('subscriptions.pause.title', { plan: sub.plan.name })}
      form={form}
      submitLabel={t('subscriptions.pause.submit')}
      onClose={onClose}
      onSubmit={async (values) => {
        await write(() => pauseSubscription(sub, values.resume_on));
        onDone(t('subscriptions.pause.done', { date: calendarDate(values.resume_on) }));
      }}
    >
      <p>{t('subscriptions.pause.explain')}</p>
      <FormTextInput
        control={form.control}
        name="resume_on"
        type="date"
        label={t('subscriptions.pause.resumeOn')}
        hint={t('subscriptions.pause.max', { count: sub.pause_max_days })}
        required
      />
    </FormDialog>
  );
}

/** Which saved card or bank account pays the subscription's invoices. */
export function PaymentMethodDialog({ sub, onDone, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const write = useSubscriptionWrite(sub.id);
  const methods = useQuery({ queryKey: paymentMethodKeys.lists(), queryFn: ({ signal }) => fetchPaymentMethods(signal) });
  const usable = (methods.data ?? []).filter((method) => !method.expired);
  const schema = useMemo(() => z.object({ payment_method_id: z.string().min(1, 'subscriptions.method.required') }), []);
  const form = useZodForm(schema, { defaultValues: { payment_method_id: sub.payment_method?.id ?? '' } });
  return (
    <FormDialog
      open
      title={t('subscriptions.method.title', { plan: sub.plan.name })}
      form={form}
      submitLabel={t('subscriptions.method.submit')}
      onClose={onClose}
      resetOnOpen={false}
      onSubmit={async (values) => {
        await write(() => changePaymentMethod(sub, values.payment_method_id));
        const chosen = usable.find((method) => method.id === values.payment_method_id);
        onDone(t('subscriptions.method.done', { name: chosen ? methodName(t, chosen) : '' }));
      }}
    >
      {methods.isPending ? <Loading /> : null}
      {methods.data && usable.length === 0 ? <p>{t('subscriptions.method.none')}</p> : null}
      {usable.length > 0 ? (
        <FormSelect
          control={form.control}
          name="payment_method_id"
          label={t('subscriptions.method.label')}
          required
          options={[{ value: '', label: t('subscriptions.method.choose') }, ...usable.map((method) => ({ value: method.id, label: methodName(t, method) }))]}
        />
      ) : null}
    </FormDialog>
  );
}
