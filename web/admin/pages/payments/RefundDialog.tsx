import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { formatMoney } from '../../../ui/format.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { customerKeys } from '../customers/queries.ts';
import { documentKeys } from '../documents/queries.ts';
import { paymentKeys, type Payment } from './queries.ts';
import { refundableMinor, refundFieldName, refundSchema, refundValues } from './refund-form.ts';
import { postRefund, type RefundAnswer, type RefundBody } from './refunds.ts';

interface RefundDialogProps {
  open: boolean;
  payment: Payment;
  /** Made when the dialog opened and kept across its retries, so a retried request refunds once. */
  idempotencyKey: string;
  onClose: () => void;
}

/** Refund all or part of an online payment, with a reason. */
export function RefundDialog({ open, payment, idempotencyKey, onClose }: RefundDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const left = refundableMinor(payment);
  const schema = useMemo(() => refundSchema(locale, t, payment.currency, left), [locale, t, payment.currency, left]);
  const form = useZodForm(schema, { defaultValues: refundValues(payment, locale) });
  const refund = useApiMutation({
    mutationFn: (body: RefundBody) => postRefund(payment.id, body, idempotencyKey),
    // Balances, statements and the payment itself change.
    invalidates: [paymentKeys.all, documentKeys.all, customerKeys.detail(payment.customer.id)],
  });
  const announce = (answer: RefundAnswer) => {
    const amount = formatMoney(answer.amount_minor, answer.currency, locale);
    if (answer.status === 'succeeded') toast.show(t('payments.refundSucceeded', { amount }));
    else if (answer.status === 'pending') toast.show(t('payments.refundPending', { amount }), 'info');
    else toast.show(t('payments.refundFailed', { amount }), 'danger');
  };
  return (
    <FormDialog
      open={open}
      title={t('payments.refundTitle', { number: payment.number })}
      form={form}
      onSubmit={async (body) => announce(await refund.mutateAsync(body))}
      onClose={onClose}
      submitLabel={t('payments.refundSubmit')}
      submitVariant="danger"
      fieldName={refundFieldName}
    >
      <FormTextInput
        control={form.control}
        name="amount"
        label={t('payments.refundAmount', { currency: payment.currency })}
        hint={t('payments.refundAmountHint', { amount: formatMoney(left, payment.currency, locale) })}
        inputMode="decimal"
        required
      />
      <FormTextArea control={form.control} name="reason" label={t('payments.refundReason')} hint={t('payments.refundReasonHint')} rows={3} />
    </FormDialog>
  );
}
