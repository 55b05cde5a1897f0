import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Select, TextArea } from '../../../ui/components/Field.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import type { DocumentDetail, Dispute } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, isApiError } from '../../lib/errors.ts';

/** Dispute the whole invoice or one of its lines, with a reason; staff are told and answer in the thread. */
export function DisputeAction({ doc, onDisputed }: { doc: DocumentDetail; onDisputed: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [lineId, setLineId] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);

  async function submit() {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    setMissing(false);
    try {
      const dispute = await portalApi.post<Dispute>(`/invoices/${encodeURIComponent(doc.id)}/disputes`, { reason: reason.trim(), ...(lineId ? { line_id: lineId } : {}) });
      setOpen(false);
      setReason('');
      setLineId('');
      onDisputed(dispute);
    } catch (caught) {
      setError(isApiError(caught, 'CONFLICT') ? t('disputes.conflict') : errorMessage(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        onClick={() => {
          setOpen(true);
          setError(undefined);
          setMissing(false);
        }}
      >
        {t('disputes.open')}
      </Button>
      <FormDialog
        open={open}
        title={t('disputes.title', { number: doc.number })}
        submitLabel={t('disputes.submit')}
        busy={busy}
        error={error}
        onSubmit={() => void submit()}
        onClose={() => setOpen(false)}
      >
        <p>{t('disputes.intro')}</p>
        <Select
          label={t('disputes.what')}
          value={lineId}
          onChange={(event) => setLineId(event.target.value)}
          options={[{ value: '', label: t('disputes.wholeInvoice') }, ...doc.lines.map((line) => ({ value: line.id, label: line.name }))]}
        />
        <TextArea label={t('disputes.reason')} required maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} error={missing ? t('common.required') : undefined} />
      </FormDialog>
    </>
  );
}

/** Disputes on the invoice, open and resolved, with the business's answer. */
export function DisputeList({ disputes }: { disputes: Dispute[] }) {
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
