import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, FormAlert } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { createWebhookEndpoint, updateWebhookEndpoint, webhookEventTypes, webhookKeys, type WebhookEndpoint } from './queries.ts';
import { SecretReveal } from './SecretReveal.tsx';
import { eventField, webhookEndpointSchema, webhookEndpointValues } from './webhook-form.ts';

/** Adds an endpoint (then shows its secret once) or, given one, changes its URL, description and events. */
export function WebhookEndpointDialog({ open, onClose, endpoint }: { open: boolean; onClose: () => void; endpoint?: WebhookEndpoint }) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(webhookEndpointSchema, { defaultValues: webhookEndpointValues(endpoint) });
  const [secret, setSecret] = useState<string>();
  const save = useApiMutation({
    mutationFn: (body: ReturnType<typeof webhookEndpointSchema.parse>) => (endpoint ? updateWebhookEndpoint(endpoint.id, { ...body, version: endpoint.version }) : createWebhookEndpoint(body)),
    invalidates: [webhookKeys.all],
  });
  const submit = useServerSubmit(form, async (body) => {
    const saved = await save.mutateAsync(body);
    if (endpoint) onClose();
    else setSecret(saved.secret);
  });
  useEffect(() => {
    if (!open) return;
    form.reset(webhookEndpointValues(endpoint));
    setSecret(undefined);
    // Only the opening matters; the form object is stable.
  }, [open]);
  const eventsError = form.formState.errors.events?.root?.message ?? form.formState.errors.events?.message;

  return (
    <Dialog
      open={open}
      size="wide"
      title={secret ? t('webhooks.createdTitle') : endpoint ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        secret ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={form.formState.isSubmitting}>
              {endpoint ? t('common.save') : t('webhooks.create')}
            </Button>
          </>
        )
      }
    >
      {secret ? (
        <SecretReveal secret={secret} />
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={formErrorMessage(form)} />
          <FormTextInput control={form.control} name="url" label={t('webhooks.url')} required hint={t('webhooks.urlHint')} type="url" inputMode="url" spellCheck={false} />
          <FormTextInput control={form.control} name="description" label={t('webhooks.description')} hint={t('webhooks.descriptionHint')} />
          <fieldset className="ui-fieldset admin-webhook-events" aria-describedby={eventsError ? `${formId}-events-error` : undefined}>
            <legend>{t('webhooks.events')}</legend>
            {eventsError ? (
              <p id={`${formId}-events-error`} className="ui-field__error">
                {t(eventsError)}
              </p>
            ) : null}
            {webhookEventTypes.map((type) => (
              <FormCheckbox key={type} control={form.control} name={`events.${eventField(type)}`} label={<code>{type}</code>} hint={t(`webhooks.eventHints.${eventField(type)}`)} />
            ))}
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
