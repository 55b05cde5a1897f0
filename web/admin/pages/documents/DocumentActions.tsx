import { isOpenInvoiceStatus } from '../../../../contract/documents.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, TextArea, TextInput, useToast } from '../../../ui/components/index.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import type { BillingDocument } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { kindConfigs } from '../../lib/document-kinds.ts';
import { ApplyCreditDialog } from './ApplyCreditDialog.tsx';

type Pending = 'send' | 'delete' | 'void' | 'convert' | 'apply' | 'markAccepted' | 'markDeclined' | null;

/**
 * The actions a document's status allows: send, edit, delete a draft, void, convert, mark an estimate
 * accepted or declined for the customer, pay, apply credit, PDF.
 */
export function DocumentActions({ document, onChanged }: { document: BillingDocument; onChanged: (document: BillingDocument) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const config = kindConfigs[document.kind];
  const [pending, setPending] = useState<Pending>(null);
  const [acceptedBy, setAcceptedBy] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const base = `/${config.path}/${document.id}`;
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
      {canMark ? (
        <>
          <Button onClick={() => setPending('markAccepted')}>{t('documents.markAccepted')}</Button>
          <Button onClick={() => setPending('markDeclined')}>{t('documents.markDeclined')}</Button>
        </>
      ) : null}
      {canEdit ? (
        <Link className="ui-button ui-button--secondary" to={`${base}/edit`}>
          {t('common.edit')}
        </Link>
      ) : null}
      <a className="ui-button ui-button--secondary" href={`/api/v1/${config.path}/${document.id}/pdf`} target="_blank" rel="noopener">
        {t('documents.pdf')}
        <span className="ui-visually-hidden"> {t('common.newTab')}</span>
      </a>
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
        onConfirm={async () => {
          onChanged(await api.post<BillingDocument>(`/${config.path}/${document.id}/send`));
          toast.show(t('documents.sent', { number }));
        }}
      >
        <p>{t('documents.sendExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'delete'}
        danger
        title={t('documents.deleteTitle', { number })}
        confirmLabel={t('documents.deleteDraft')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          await api.delete(`/${config.path}/${document.id}`);
          toast.show(t('documents.deleted', { number }));
          void navigate(`/${config.path}`);
        }}
      >
        <p>{t('documents.deleteExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'void'}
        danger
        title={t('documents.voidTitle', { number })}
        confirmLabel={t('documents.void')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          onChanged(await api.post<BillingDocument>(`/${config.path}/${document.id}/void`));
          toast.show(t('documents.voided', { number }));
        }}
      >
        <p>{t('documents.voidExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'convert'}
        title={t('documents.convertTitle', { number })}
        confirmLabel={t('documents.convert')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          const invoice = await api.post<BillingDocument>(`/estimates/${document.id}/convert`);
          toast.show(t('documents.converted', { number: invoice.number }));
          void navigate(`/invoices/${invoice.id}`);
        }}
      >
        <p>{t('documents.convertExplain')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'markAccepted'}
        title={t('documents.markAcceptedTitle', { number })}
        confirmLabel={t('documents.markAccepted')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          const name = acceptedBy.trim();
          onChanged(await api.post<BillingDocument>(`/estimates/${document.id}/mark-accepted`, { version: document.version, ...(name ? { name } : {}) }));
          toast.show(t('documents.markedAccepted', { number }));
        }}
      >
        <p>{t('documents.markAcceptedExplain')}</p>
        <TextInput label={t('documents.acceptedByName')} maxLength={200} value={acceptedBy} onChange={(event) => setAcceptedBy(event.target.value)} />
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'markDeclined'}
        danger
        title={t('documents.markDeclinedTitle', { number })}
        confirmLabel={t('documents.markDeclined')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          const reason = declineReason.trim();
          onChanged(await api.post<BillingDocument>(`/estimates/${document.id}/mark-declined`, { version: document.version, ...(reason ? { reason } : {}) }));
          toast.show(t('documents.markedDeclined', { number }));
        }}
      >
        <p>{t('documents.markDeclinedExplain')}</p>
        <TextArea label={t('documents.declineReasonOptional')} maxLength={2000} rows={3} value={declineReason} onChange={(event) => setDeclineReason(event.target.value)} />
      </ConfirmDialog>
      {pending === 'apply' ? <ApplyCreditDialog creditNote={document} onClose={() => setPending(null)} onApplied={onChanged} /> : null}
    </div>
  );
}
