import { isOpenInvoiceStatus } from '../../../../contract/documents.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { DownloadMenu } from '../../../ui/components/DownloadMenu.tsx';
import { Button, FormDialog, useToast } from '../../../ui/components/index.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { adminClient } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { customerKeys } from '../customers/queries.ts';
import { ApplyCreditDialog } from './ApplyCreditDialog.tsx';
import { documentConflictMessage } from './document-conflicts.ts';
import { StartSubscriptionDialog } from './StartSubscriptionDialog.tsx';
import { documentCollection, documentKeys, ifMatch, type BillingDocument } from './queries.ts';

type Pending = 'send' | 'delete' | 'void' | 'convert' | 'apply' | 'markAccepted' | 'markDeclined' | 'subscribe' | null;

const acceptedSchema = z.object({ name: z.string().max(200) });
const declinedSchema = z.object({ reason: z.string().max(2000) });

interface DocumentActionsProps {
  document: BillingDocument;
  /**
   * A write was refused because the document changed meanwhile (STALE_VERSION) or its status no longer
   * allows it (STATE_CONFLICT): the document is being fetched again and this says so.
   */
  onConflict: (message: string | undefined) => void;
}

/**
 * The actions a document's status allows: send, edit, delete a draft, void, convert, mark an estimate
 * accepted or declined for the customer, start a subscription from an accepted estimate, pay, apply credit, PDF. Every change is decided on the
 * document as the page shows it: it carries that version as If-Match, so a document someone changed
 * meanwhile is refused (409) instead of changed blindly; the page then shows the document as it is.
 */
export function DocumentActions({ document, onConflict }: DocumentActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  const config = kindConfigs[document.kind];
  const [pending, setPending] = useState<Pending>(null);
  const acceptedForm = useZodForm(acceptedSchema, { defaultValues: { name: '' } });
  const declinedForm = useZodForm(declinedSchema, { defaultValues: { reason: '' } });
  const id = document.id;
  const path = { params: { path: { id } }, headers: ifMatch(document.version) };
  const collection = documentCollection(document.kind);
  // A change to a document shows in its lists, the customer's tabs and statement, and the document itself.
  const changed = [documentKeys.lists(), documentKeys.detail(id), customerKeys.detail(document.customer.id)];

  const send = useApiMutation({ mutationFn: () => adminClient.post(`${collection}/{id}/send` as '/invoices/{id}/send', path), invalidates: changed });
  const voidIt = useApiMutation({ mutationFn: () => adminClient.post(`${collection}/{id}/void` as '/invoices/{id}/void', path), invalidates: changed });
  const remove = useApiMutation({ mutationFn: () => adminClient.delete(`${collection}/{id}` as '/invoices/{id}', path), invalidates: [documentKeys.lists(), customerKeys.detail(document.customer.id)] });
  const remind = useApiMutation({ mutationFn: () => adminClient.post(`${collection}/{id}/remind` as '/invoices/{id}/remind', { params: { path: { id } } }), invalidates: [documentKeys.detail(id)] });
  const convert = useApiMutation({ mutationFn: () => adminClient.post('/estimates/{id}/convert', path), invalidates: changed });
  const markAccepted = useApiMutation({ mutationFn: (name: string) => adminClient.post('/estimates/{id}/mark-accepted', { ...path, body: name ? { name } : {} }), invalidates: changed });
  const markDeclined = useApiMutation({ mutationFn: (reason: string) => adminClient.post('/estimates/{id}/mark-declined', { ...path, body: reason ? { reason } : {} }), invalidates: changed });

  /** Runs a write; a refusal because the document moved on closes the dialog and shows the document as it is. */
  const decided = async (write: () => Promise<void>) => {
    onConflict(undefined);
    try {
      await write();
    } catch (error) {
      const conflict = documentConflictMessage(t, error);
      if (!conflict) throw error;
      await queryClient.invalidateQueries({ queryKey: documentKeys.detail(id) });
      onConflict(conflict);
    }
  };

  const status = document.status;
  const settled = document.paid_minor > 0 || document.credited_minor > 0;
  const canSend = status === 'draft' || (document.kind === 'estimate' && status === 'changes_requested');
  const canEdit = !['void', 'invoiced', 'paid', 'closed', 'accepted', 'declined'].includes(status) && !settled;
  const canVoid = config.canVoid && status !== 'draft' && status !== 'void' && !settled && !(document.kind === 'credit_note' && status === 'closed');
  const canPay = config.payable && isOpenInvoiceStatus(status) && document.balance_minor > 0;
  const canApply = document.kind === 'credit_note' && status === 'open' && document.balance_minor > 0;
  // Staff may record the customer's answer even after the expiry date, which only stops the customer.
  const canMark = document.kind === 'estimate' && ['sent', 'changes_requested', 'expired'].includes(status);
  const number = document.number;

  return (
    <div className="ui-button-row admin-doc-actions">
      {canSend ? (
        <Button variant="primary" onClick={() => setPending('send')}>
          {t('documents.send')}
        </Button>
      ) : null}
      {canPay ? (
        <Link className="ui-button ui-button--primary" to={`/payments/new?customer=${document.customer.id}&invoice=${document.id}`}>
          {t('payments.record')}
        </Link>
      ) : null}
      {canPay ? (
        <Button
          disabled={remind.isPending}
          onClick={() =>
            void remind.mutateAsync().then(
              (sent) => toast.show(t('documents.reminded', { number: document.number, count: sent.recipients.length })),
              (error: unknown) => toast.show(documentConflictMessage(t, error) ?? t('documents.remindFailed', { number: document.number })),
            )
          }
        >
          {t('documents.remind')}
        </Button>
      ) : null}
      {canApply ? (
        <Button variant="primary" onClick={() => setPending('apply')}>
          {t('credit.apply')}
        </Button>
      ) : null}
      {document.kind === 'estimate' && status === 'accepted' ? (
        <Button variant="primary" onClick={() => setPending('convert')}>
          {t('documents.convert')}
        </Button>
      ) : null}
      {document.kind === 'estimate' && status === 'accepted' ? <Button onClick={() => setPending('subscribe')}>{t('documents.startSubscription')}</Button> : null}
      {canMark ? (
        <>
          <Button onClick={() => setPending('markAccepted')}>{t('documents.markAccepted')}</Button>
          <Button onClick={() => setPending('markDeclined')}>{t('documents.markDeclined')}</Button>
        </>
      ) : null}
      {canEdit ? (
        <Link className="ui-button ui-button--secondary" to={`/${config.path}/${document.id}/edit`}>
          {t('common.edit')}
        </Link>
      ) : null}
      <a className="ui-button ui-button--secondary" href={adminClient.href(`${collection}/{id}/pdf` as '/invoices/{id}/pdf', { params: { path: { id } } })} target="_blank" rel="noopener">
        {t('documents.pdf')}
        <span className="ui-visually-hidden"> {t('common.newTab')}</span>
      </a>
      {document.kind === 'invoice' || document.kind === 'credit_note' ? (
        <DownloadMenu
          label={t('documents.eInvoice')}
          items={(['ubl', 'facturx'] as const).map((format) => ({
            href: adminClient.href(`${collection}/{id}/e-invoice` as '/invoices/{id}/e-invoice', { params: { path: { id }, query: { format } } }),
            label: t(format === 'ubl' ? 'documents.eInvoiceUbl' : 'documents.eInvoiceFacturx'),
          }))}
        />
      ) : null}
      {status === 'draft' ? (
        <Button variant="ghost" onClick={() => setPending('delete')}>
          {t('documents.deleteDraft')}
        </Button>
      ) : null}
      {canVoid ? (
        <Button variant="ghost" onClick={() => setPending('void')}>
          {t('documents.void')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={pending === 'send'}
        title={t('documents.sendTitle', { number })}
        confirmLabel={t('documents.send')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            await send.mutateAsync();
            toast.show(t('documents.sent', { number }));
          })
        }
      >
        <p>{t('documents.sendExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'delete'}
        danger
        title={t('documents.deleteTitle', { number })}
        confirmLabel={t('documents.deleteDraft')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            await remove.mutateAsync();
            queryClient.removeQueries({ queryKey: documentKeys.detail(id) });
            toast.show(t('documents.deleted', { number }));
            void navigate(`/${config.path}`);
          })
        }
      >
        <p>{t('documents.deleteExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'void'}
        danger
        title={t('documents.voidTitle', { number })}
        confirmLabel={t('documents.void')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            await voidIt.mutateAsync();
            toast.show(t('documents.voided', { number }));
          })
        }
      >
        <p>{t('documents.voidExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'convert'}
        title={t('documents.convertTitle', { number })}
        confirmLabel={t('documents.convert')}
        onClose={() => setPending(null)}
        onConfirm={() =>
          decided(async () => {
            const invoice = await convert.mutateAsync();
            queryClient.setQueryData(documentKeys.detail(invoice.id), invoice);
            toast.show(t('documents.converted', { number: invoice.number }));
            void navigate(`/invoices/${invoice.id}`);
          })
        }
      >
        <p>{t('documents.convertExplain')}</p>
      </ConfirmDialog>
      <FormDialog
        open={pending === 'markAccepted'}
        title={t('documents.markAcceptedTitle', { number })}
        form={acceptedForm}
        submitLabel={t('documents.markAccepted')}
        onClose={() => setPending(null)}
        onSubmit={(values) =>
          decided(async () => {
            await markAccepted.mutateAsync(values.name.trim());
            toast.show(t('documents.markedAccepted', { number }));
          })
        }
      >
        <p>{t('documents.markAcceptedExplain')}</p>
        <FormTextInput control={acceptedForm.control} name="name" label={t('documents.acceptedByName')} maxLength={200} />
      </FormDialog>
      <FormDialog
        open={pending === 'markDeclined'}
        title={t('documents.markDeclinedTitle', { number })}
        form={declinedForm}
        submitLabel={t('documents.markDeclined')}
        submitVariant="danger"
        onClose={() => setPending(null)}
        onSubmit={(values) =>
          decided(async () => {
            await markDeclined.mutateAsync(values.reason.trim());
            toast.show(t('documents.markedDeclined', { number }));
          })
        }
      >
        <p>{t('documents.markDeclinedExplain')}</p>
        <FormTextArea control={declinedForm.control} name="reason" label={t('documents.declineReasonOptional')} maxLength={2000} rows={3} />
      </FormDialog>
      {pending === 'subscribe' ? <StartSubscriptionDialog estimate={document} onClose={() => setPending(null)} /> : null}
      {pending === 'apply' ? <ApplyCreditDialog creditNote={document} onClose={() => setPending(null)} /> : null}
    </div>
  );
}
