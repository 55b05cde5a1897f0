import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { useMe } from '../../app/PortalContext.tsx';
import { portalClient } from '../../lib/client.ts';
import { isApiError } from '../../lib/errors.ts';
import { dashboardKeys } from '../dashboard/queries.ts';
import { documentKeys, fetchDocument, type DocumentDetail } from '../documents/queries.ts';
import { conflictReason, type Decision } from './estimateDecision.ts';

interface Props {
  doc: DocumentDetail;
  /** The estimate was answered; the page shows it as it is now. */
  onDecided: (decision: Decision) => void;
  /** After a 409, once the dialog that explained it closes: the estimate as it is now, and why. */
  onStale: (doc: DocumentDetail, message: string) => void;
}

type DecisionBody = { decision: 'accept'; name: string } | { decision: 'decline'; reason: string } | { decision: 'changes'; message: string };

/** Accept (optionally naming who accepts), decline with a reason, or ask for changes. */
export function EstimateActions({ doc, onDecided, onStale }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Decision | undefined>();
  const keys = documentKeys('estimates');
  const decide = useApiMutation({
    mutationFn: (body: DecisionBody) => {
      const path = { params: { path: { id: doc.id } } };
      // The version on screen: if the business changed the estimate since, the answer is refused.
      const { version } = doc;
      if (body.decision === 'accept') return portalClient.post('/estimates/{id}/accept', { ...path, body: body.name ? { name: body.name, version } : { version } });
      if (body.decision === 'decline') return portalClient.post('/estimates/{id}/decline', { ...path, body: { reason: body.reason, version } });
      return portalClient.post('/estimates/{id}/request-changes', { ...path, body: { message: body.message, version } });
    },
    // The estimate's status and the thread (the decision is an entry) change; so do the lists and the
    // dashboard's count of estimates awaiting an answer.
    invalidates: [keys.detail(doc.id), keys.comments(doc.id), keys.lists(), dashboardKeys.all],
  });
  // The estimate as reloaded after a 409: shown once the dialog closes (the dialog says why first).
  const stale = useRef<{ doc: DocumentDetail; message: string } | undefined>(undefined);

  const send = async (body: DecisionBody) => {
    try {
      await decide.mutateAsync(body);
    } catch (error) {
      if (!isApiError(error, 'CONFLICT', 'STATE_CONFLICT', 'STALE_VERSION')) throw error;
      const fresh = await fetchDocument('estimates', doc.id).catch(() => undefined);
      const message = t(`estimates.conflict.${fresh ? conflictReason(fresh, error.code) : 'generic'}`);
      stale.current = fresh ? { doc: fresh, message } : undefined;
      throw new FormMessageError(message);
    }
    onDecided(body.decision);
  };

  const close = () => {
    setOpen(undefined);
    if (stale.current) onStale(stale.current.doc, stale.current.message);
    stale.current = undefined;
  };

  return (
    <>
      <div className="ui-button-row p-no-print" role="group" aria-label={t('estimates.actionsLabel')}>
        <Button variant="primary" onClick={() => setOpen('accept')}>
          {t('estimates.accept')}
        </Button>
        <Button onClick={() => setOpen('decline')}>{t('estimates.decline')}</Button>
        <Button onClick={() => setOpen('changes')}>{t('estimates.requestChanges')}</Button>
      </div>
      {open === 'accept' ? <AcceptDialog doc={doc} onSend={send} onClose={close} /> : null}
      {open === 'decline' || open === 'changes' ? <TextDialog key={open} decision={open} doc={doc} onSend={send} onClose={close} /> : null}
    </>
  );
}

const acceptSchema = z.object({ name: z.string().trim().max(200) });

function AcceptDialog({ doc, onSend, onClose }: { doc: DocumentDetail; onSend: (body: DecisionBody) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const form = useZodForm(acceptSchema, { defaultValues: { name: me.contact?.name ?? '' } });
  return (
    <FormDialog open title={t('estimates.dialog.accept', { number: doc.number })} form={form} submitLabel={t('estimates.confirm.accept')} onSubmit={({ name }) => onSend({ decision: 'accept', name })} onClose={onClose}>
      <p>{t('estimates.acceptIntro')}</p>
      <FormTextInput control={form.control} name="name" label={t('estimates.acceptName')} hint={t('estimates.acceptNameHint')} autoComplete="name" maxLength={200} />
    </FormDialog>
  );
}

const declineSchema = z.object({ text: z.string().trim().min(1, 'common.required').max(2000) });
const changesSchema = z.object({ text: z.string().trim().min(1, 'common.required').max(5000) });

function TextDialog({ decision, doc, onSend, onClose }: { decision: 'decline' | 'changes'; doc: DocumentDetail; onSend: (body: DecisionBody) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(decision === 'decline' ? declineSchema : changesSchema, { defaultValues: { text: '' } });
  const send = ({ text }: { text: string }) => onSend(decision === 'decline' ? { decision, reason: text } : { decision, message: text });
  return (
    <FormDialog
      open
      title={t(`estimates.dialog.${decision}`, { number: doc.number })}
      form={form}
      submitLabel={t(`estimates.confirm.${decision}`)}
      submitVariant={decision === 'decline' ? 'danger' : 'primary'}
      onSubmit={send}
      onClose={onClose}
      fieldName={(field) => (field === 'reason' || field === 'message' ? 'text' : undefined)}
    >
      <FormTextArea control={form.control} name="text" label={decision === 'decline' ? t('estimates.declineReason') : t('estimates.changesMessage')} required maxLength={decision === 'decline' ? 2000 : 5000} />
    </FormDialog>
  );
}
