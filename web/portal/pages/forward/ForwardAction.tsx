import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../../ui/components/Button.tsx';
import { FormDialog } from '../../../ui/components/FormDialog.tsx';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import { useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { usePortal } from '../../app/PortalContext.tsx';
import { portalClient } from '../../lib/client.ts';
import type { KindSegment } from '../../lib/documentKinds.ts';
import { isApiError } from '../../lib/errors.ts';
import type { StatementSelection } from '../statement/statement-period.ts';
import { forwardBody, forwardDefaults, forwardSchema } from './forward-form.ts';

/** What is forwarded: a document, an order, or the statement for the period on screen. */
export type ForwardTarget = { type: 'document'; segment: KindSegment; id: string } | { type: 'order'; id: string } | { type: 'statement'; query: StatementSelection };

function send(target: ForwardTarget, body: ReturnType<typeof forwardBody>) {
  switch (target.type) {
    case 'document':
      return portalClient.post(`/${target.segment}/{id}/forward`, { params: { path: { id: target.id } }, body });
    case 'order':
      return portalClient.post('/orders/{id}/forward', { params: { path: { id: target.id } }, body });
    case 'statement':
      return portalClient.post('/statement/forward', { body: { ...target.query, ...body } });
  }
}

/**
 * Forward by email: the address gets the PDF with a short message, and becomes a contact person of the
 * customer (without portal access). Shown only where the business allows forwarding.
 */
export function ForwardAction({ target, title, onForwarded }: { target: ForwardTarget; title: string; onForwarded: (email: string) => void }) {
  const { t } = useTranslation();
  const { me } = usePortal();
  const [open, setOpen] = useState(false);
  const form = useZodForm(forwardSchema, { defaultValues: forwardDefaults });
  const forward = useApiMutation({ mutationFn: (body: ReturnType<typeof forwardBody>) => send(target, body) });
  if (!me?.allow_forwarding) return null;

  const submit = async (values: z.output<typeof forwardSchema>) => {
    try {
      await forward.mutateAsync(forwardBody(values));
    } catch (error) {
      throw isApiError(error, 'RATE_LIMITED') ? new FormMessageError(t('forward.rateLimited')) : error;
    }
    onForwarded(values.email);
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('forward.open')}</Button>
      <FormDialog open={open} title={title} form={form} submitLabel={t('forward.submit')} onSubmit={submit} onClose={() => setOpen(false)}>
        <p>{t('forward.intro')}</p>
        <FormTextInput control={form.control} name="email" label={t('forward.email')} type="email" autoComplete="email" required />
        <FormTextInput control={form.control} name="name" label={t('forward.name')} autoComplete="name" maxLength={200} />
        <FormTextArea control={form.control} name="message" label={t('forward.message')} hint={t('forward.messageHint')} maxLength={1000} />
      </FormDialog>
    </>
  );
}
