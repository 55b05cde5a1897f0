import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { TextArea, TextInput } from '../../../ui/components/Field.tsx';
import { useMe } from '../../app/PortalContext.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import type { DocumentDetail, DocumentSummary } from '../../lib/billing-types.ts';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, isApiError } from '../../lib/errors.ts';
import { conflictReason, decisionPaths, type Decision } from './estimateDecision.ts';

interface Props {
  doc: DocumentDetail;
  /** The estimate as the server answered the decision. */
  onDecided: (doc: DocumentSummary, decision: Decision) => void;
  /** After a 409, once the dialog that explained it closes: the estimate as it is now, and why. */
  onStale: (doc: DocumentDetail, message: string) => void;
}

/** Accept (optionally naming who accepts), decline with a reason, or ask for changes. */
export function EstimateActions({ doc, onDecided, onStale }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState<Decision | undefined>();
  const [name, setName] = useState(me.contact?.name ?? '');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  // The estimate as reloaded after a 409; shown once the dialog closes (the dialog says why first).
  const [stale, setStale] = useState<DocumentDetail | undefined>();

  const show = (decision: Decision) => {
    setOpen(decision);
    setText('');
    setError(undefined);
    setMissing(false);
  };

  async function submit() {
    if (!open) return;
    if (open !== 'accept' && !text.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    setMissing(false);
    const body = open === 'accept' ? (name.trim() ? { name: name.trim() } : {}) : open === 'decline' ? { reason: text.trim() } : { message: text.trim() };
    try {
      const answer = await portalApi.post<DocumentSummary>(`/estimates/${encodeURIComponent(doc.id)}/${decisionPaths[open]}`, body);
      setOpen(undefined);
      onDecided(answer, open);
    } catch (caught) {
      if (isApiError(caught, 'CONFLICT')) {
        const fresh = await portalApi.get<DocumentDetail>(`/estimates/${encodeURIComponent(doc.id)}`).catch(() => undefined);
        setStale(fresh);
        setError(t(`estimates.conflict.${fresh ? conflictReason(fresh) : 'generic'}`));
      } else {
        setError(errorMessage(t, caught));
      }
    } finally {
      setBusy(false);
    }
  }

  const field =
    open === 'accept' ? (
      <TextInput label={t('estimates.acceptName')} hint={t('estimates.acceptNameHint')} autoComplete="name" maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
    ) : (
      <TextArea
        label={open === 'decline' ? t('estimates.declineReason') : t('estimates.changesMessage')}
        required
        maxLength={open === 'decline' ? 2000 : 5000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={missing ? t('common.required') : undefined}
      />
    );

  return (
    <>
      <div className="ui-button-row p-no-print" role="group" aria-label={t('estimates.actionsLabel')}>
        <Button variant="primary" onClick={() => show('accept')}>
          {t('estimates.accept')}
        </Button>
        <Button onClick={() => show('decline')}>{t('estimates.decline')}</Button>
        <Button onClick={() => show('changes')}>{t('estimates.requestChanges')}</Button>
      </div>
      <FormDialog
        open={open !== undefined}
        title={open ? t(`estimates.dialog.${open}`, { number: doc.number }) : ''}
        submitLabel={open ? t(`estimates.confirm.${open}`) : ''}
        submitVariant={open === 'decline' ? 'danger' : 'primary'}
        busy={busy}
        error={error}
        onSubmit={() => void submit()}
        onClose={() => {
          setOpen(undefined);
          if (stale && error) onStale(stale, error);
        }}
      >
        {open === 'accept' ? <p>{t('estimates.acceptIntro')}</p> : null}
        {field}
      </FormDialog>
    </>
  );
}
