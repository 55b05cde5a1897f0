import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Notice, TextArea, useToast } from '../../../ui/components/index.ts';
import type { Dispute } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';

/** Resolve a dispute with a resolution the customer reads in the document's thread. */
export function ResolveDisputeDialog({ dispute, onClose, onResolved }: { dispute: Dispute; onClose: () => void; onResolved: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [resolution, setResolution] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!resolution.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const resolved = await api.post<Dispute>(`/disputes/${dispute.id}/resolve`, { resolution });
      toast.show(t('disputes.resolved', { number: dispute.document.number }));
      onResolved(resolved);
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={t('disputes.resolveTitle', { number: dispute.document.number })}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="resolve-dispute-form" variant="primary" busy={busy} disabled={!resolution.trim()}>
            {t('disputes.resolve')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <p className="ui-muted">{t('disputes.reasonWas')}</p>
      <blockquote className="admin-quote">{dispute.reason}</blockquote>
      <form id="resolve-dispute-form" onSubmit={(event) => void submit(event)}>
        <TextArea label={t('disputes.resolution')} required value={resolution} rows={4} maxLength={5000} onChange={(e) => setResolution(e.target.value)} hint={t('disputes.resolutionHint')} error={fieldError(error, 'resolution')} />
      </form>
    </Dialog>
  );
}
