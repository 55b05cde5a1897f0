import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button, FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormSelect, FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { fetchSubscriptionSettings, subscriptionSettingsKeys } from '../subscription-settings/queries.ts';
import { staffActions, subscriptionKeys, type Subscription } from './queries.ts';

type Pending = 'cancel' | 'reactivate' | 'convert' | 'extend' | 'pause' | 'resume' | null;

const cancelSchema = z.object({ timing: z.enum(['immediately', 'at_period_end']), reason_code: z.string(), reason_text: z.string().trim().max(2000) });
const extendSchema = z.object({ days: z.string().trim().regex(/^\d{1,3}$/, 'subscriptions.errors.days').refine((value) => Number(value) >= 1 && Number(value) <= 365, 'subscriptions.errors.days') });
const pauseSchema = z.object({ resume_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'subscriptions.errors.resumeOn') });

/**
 * What staff may do with a subscription in its state: cancel (now or at the period's end, with a
 * reason), reactivate before its end, convert or extend a trial, pause and resume. The portal's policy
 * does not apply to staff; the subscription's state does, and the server decides again.
 */
export function SubscriptionStaffActions({ sub }: { sub: Subscription }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);
  const settings = useQuery({ queryKey: subscriptionSettingsKeys.all, queryFn: ({ signal }) => fetchSubscriptionSettings(signal), enabled: pending === 'cancel' });
  const run = useApiMutation({
    mutationFn: (write: () => Promise<Subscription>) => write(),
    onSuccess: (answer, _variables, _result, { client }) => client.setQueryData(subscriptionKeys.detail(sub.id), answer),
    invalidates: [subscriptionKeys.lists(), subscriptionKeys.detail(sub.id)],
  });
  const periodEnd = sub.status === 'trial' || sub.status === 'live';
  const cancelForm = useZodForm(cancelSchema, { defaultValues: { timing: periodEnd ? 'at_period_end' : 'immediately', reason_code: '', reason_text: '' } });
  const extendForm = useZodForm(extendSchema, { defaultValues: { days: '7' } });
  const pauseForm = useZodForm(pauseSchema, { defaultValues: { resume_on: '' } });
  const reasons = useMemo(() => settings.data?.cancel_reasons ?? [], [settings.data]);
  const number = sub.number;
  const open = ['trial', 'live', 'non_renewing', 'paused', 'unpaid'].includes(sub.status);
  const done = (key: string) => toast.show(t(key, { number }));

  return (
    <div className="ui-button-row admin-doc-actions">
      {sub.status === 'trial' ? (
        <Button variant="primary" onClick={() => setPending('convert')}>
          {t('subscriptions.actions.convert')}
        </Button>
      ) : null}
      {sub.status === 'non_renewing' ? (
        <Button variant="primary" onClick={() => setPending('reactivate')}>
          {t('subscriptions.actions.reactivate')}
        </Button>
      ) : null}
      {sub.status === 'paused' ? (
        <Button variant="primary" onClick={() => setPending('resume')}>
          {t('subscriptions.actions.resume')}
        </Button>
      ) : null}
      {sub.status === 'trial' ? <Button onClick={() => setPending('extend')}>{t('subscriptions.actions.extend')}</Button> : null}
      {sub.status === 'live' ? <Button onClick={() => setPending('pause')}>{t('subscriptions.actions.pause')}</Button> : null}
      {open && !sub.cancel_at_period_end ? (
        <Button variant="danger" onClick={() => setPending('cancel')}>
          {t('subscriptions.actions.cancel')}
        </Button>
      ) : null}

      <ConfirmDialog open={pending === 'convert'} title={t('subscriptions.convertTitle', { number })} confirmLabel={t('subscriptions.actions.convert')} onClose={close} onConfirm={async () => {
        await run.mutateAsync(() => staffActions.convert(sub));
        done('subscriptions.converted');
      }}>
        <p>{t('subscriptions.convertExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog open={pending === 'reactivate'} title={t('subscriptions.reactivateTitle', { number })} confirmLabel={t('subscriptions.actions.reactivate')} onClose={close} onConfirm={async () => {
        await run.mutateAsync(() => staffActions.reactivate(sub));
        done('subscriptions.reactivated');
      }}>
        <p>{t('subscriptions.reactivateExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog open={pending === 'resume'} title={t('subscriptions.resumeTitle', { number })} confirmLabel={t('subscriptions.actions.resume')} onClose={close} onConfirm={async () => {
        await run.mutateAsync(() => staffActions.resume(sub));
        done('subscriptions.resumed');
      }}>
        <p>{t('subscriptions.resumeExplain')}</p>
      </ConfirmDialog>
      <FormDialog open={pending === 'cancel'} title={t('subscriptions.cancelTitle', { number })} form={cancelForm} submitLabel={t('subscriptions.actions.cancel')} submitVariant="danger" cancelLabel={t('subscriptions.keep')} onClose={close} onSubmit={async (values) => {
        await run.mutateAsync(() => staffActions.cancel(sub, { timing: values.timing, ...(values.reason_code ? { reason_code: values.reason_code } : {}), ...(values.reason_text ? { reason_text: values.reason_text } : {}) }));
        done(values.timing === 'immediately' ? 'subscriptions.cancelled' : 'subscriptions.cancelScheduled');
      }}>
        <FormSelect
          control={cancelForm.control}
          name="timing"
          label={t('subscriptions.cancelWhen')}
          options={[...(periodEnd ? [{ value: 'at_period_end', label: t('subscriptions.atPeriodEnd') }] : []), { value: 'immediately', label: t('subscriptions.immediately') }]}
        />
        {reasons.length > 0 ? <FormSelect control={cancelForm.control} name="reason_code" label={t('subscriptions.cancelReason')} options={[{ value: '', label: t('subscriptions.noReason') }, ...reasons.map((reason) => ({ value: reason.code, label: reason.label }))]} /> : null}
        <FormTextArea control={cancelForm.control} name="reason_text" label={t('subscriptions.cancelNote')} rows={3} maxLength={2000} />
      </FormDialog>
      <FormDialog open={pending === 'extend'} title={t('subscriptions.extendTitle', { number })} form={extendForm} submitLabel={t('subscriptions.actions.extend')} onClose={close} onSubmit={async (values) => {
        await run.mutateAsync(() => staffActions.extendTrial(sub, Number(values.days)));
        done('subscriptions.extended');
      }}>
        <FormTextInput control={extendForm.control} name="days" label={t('subscriptions.extendDays')} inputMode="numeric" required />
      </FormDialog>
      <FormDialog open={pending === 'pause'} title={t('subscriptions.pauseTitle', { number })} form={pauseForm} submitLabel={t('subscriptions.actions.pause')} onClose={close} onSubmit={async (values) => {
        await run.mutateAsync(() => staffActions.pause(sub, values.resume_on));
        done('subscriptions.paused');
      }}>
        <p>{t('subscriptions.pauseExplain')}</p>
        <FormTextInput control={pauseForm.control} name="resume_on" type="date" label={t('subscriptions.resumeOn')} required />
      </FormDialog>
    </div>
  );
}
