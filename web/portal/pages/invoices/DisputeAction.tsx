import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormSelect, FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { portalClient } from '../../lib/client.ts';
import { isApiError } from '../../lib/errors.ts';
import { documentKeys, type DisputeInput, type DocumentDetail } from '../documents/queries.ts';

const disputeSchema = z.object({
  line_id: z.string(),
  reason: z.string().trim().min(1, 'common.required').max(2000),
});

/** Dispute the whole invoice or one of its lines, with a reason; staff are told and answer in the thread. */
export function DisputeAction({ doc, onDisputed }: { doc: DocumentDetail; onDisputed: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useZodForm(disputeSchema, { defaultValues: { line_id: '', reason: '' } });
  const keys = documentKeys('invoices');
  const dispute = useApiMutation({
    mutationFn: (body: DisputeInput) => portalClient.post('/invoices/{id}/disputes', { params: { path: { id: doc.id } }, body }),
    // The invoice shows the dispute and its count; the thread shows what was said.
    invalidates: [keys.detail(doc.id), keys.comments(doc.id), keys.lists()],
  });

  const submit = async ({ line_id, reason }: z.output<typeof disputeSchema>) => {
    try {
      await dispute.mutateAsync({ reason, ...(line_id ? { line_id } : {}) });
    } catch (error) {
      throw isApiError(error, 'CONFLICT') ? new FormMessageError(t('disputes.conflict')) : error;
    }
    onDisputed();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('disputes.open')}</Button>
      <FormDialog open={open} title={t('disputes.title', { number: doc.number })} form={form} submitLabel={t('disputes.submit')} onSubmit={submit} onClose={() => setOpen(false)}>
        <p>{t('disputes.intro')}</p>
        <FormSelect
          control={form.control}
          name="line_id"
          label={t('disputes.what')}
          options={[{ value: '', label: t('disputes.wholeInvoice') }, ...doc.lines.map((line) => ({ value: line.id, label: line.name }))]}
        />
        <FormTextArea control={form.control} name="reason" label={t('disputes.reason')} required maxLength={2000} />
      </FormDialog>
    </>
  );
}

/** Disputes on the invoice, open and resolved, with the business's answer. */
export function DisputeList({ disputes }: { disputes: DocumentDetail['disputes'] }) {
  const { t } = useTranslation();
  if (disputes.length === 0) return null;
  return (
    <section className="p-card" aria-labelledby="disputes-heading">
      <h2 id="disputes-heading" className="p-card__title">
        {t('disputes.heading')}
      </h2>
      <ul className="p-applied">
        {disputes.map((dispute) => (
          <li key={dispute.id} className="p-dispute">
            <p className="p-comment__meta">
              <strong>{dispute.line ? t('disputes.line', { name: dispute.line.name }) : t('disputes.wholeInvoice')}</strong>
              <span className="p-comment__kind">{t(`disputes.status.${dispute.status}`)}</span>
            </p>
            <p className="p-pre-line">{dispute.reason}</p>
            {dispute.resolution ? (
              <p className="p-pre-line ui-muted">
                {t('disputes.resolution')}: {dispute.resolution}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
