import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import { documentKeys } from '../documents/queries.ts';
import { disputeKeys, type Dispute } from './queries.ts';

export const resolveDisputeSchema = z.object({ resolution: z.string().trim().min(1, 'common.required').max(5000) });

/** Resolve a dispute with a resolution the customer reads in the document's thread. */
export function ResolveDisputeDialog({ dispute, onClose }: { dispute: Dispute; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const form = useZodForm(resolveDisputeSchema, { defaultValues: { resolution: '' } });
  const resolve = useApiMutation({
    mutationFn: (resolution: string) => adminClient.post('/disputes/{id}/resolve', { params: { path: { id: dispute.id } }, body: { resolution } }),
    // Every list of disputes and the count in the navigation; the document's badge and its thread.
    invalidates: [disputeKeys.all, documentKeys.lists(), documentKeys.detail(dispute.document.id)],
  });
  return (
    <FormDialog
      open
      title={t('disputes.resolveTitle', { number: dispute.document.number })}
      form={form}
      submitLabel={t('disputes.resolve')}
      onClose={onClose}
      onSubmit={async (values) => {
        await resolve.mutateAsync(values.resolution);
        toast.show(t('disputes.resolved', { number: dispute.document.number }));
      }}
    >
      <p className="ui-muted">{t('disputes.reasonWas')}</p>
      <blockquote className="admin-quote">{dispute.reason}</blockquote>
      <FormTextArea control={form.control} name="resolution" label={t('disputes.resolution')} required rows={4} maxLength={5000} hint={t('disputes.resolutionHint')} />
    </FormDialog>
  );
}
