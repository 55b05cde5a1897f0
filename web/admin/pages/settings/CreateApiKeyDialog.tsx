import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, FormAlert, Notice, TextInput } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { apiKeyKeys, apiKeyScopes, createApiKey, type CreatedApiKey, type NewApiKeyBody } from './queries.ts';
import { newApiKeyDefaults, newApiKeySchema, scopeField, selectedScopeCount } from './settings-form.ts';

/** Name and scopes; then the key itself, shown this once only, with a copy button. */
export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(newApiKeySchema, { defaultValues: newApiKeyDefaults() });
  const [created, setCreated] = useState<CreatedApiKey>();
  const [copied, setCopied] = useState(false);
  const create = useApiMutation({ mutationFn: (body: NewApiKeyBody) => createApiKey(body), invalidates: [apiKeyKeys.all] });
  const submit = useServerSubmit(form, async (body) => setCreated(await create.mutateAsync(body)));
  useEffect(() => {
    if (!open) return;
    form.reset();
    setCreated(undefined);
    setCopied(false);
    // Only the opening matters; the form object is stable.
  }, [open]);

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <Dialog
      open={open}
      title={created ? t('apiKeys.createdTitle') : t('apiKeys.createTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        created ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={form.formState.isSubmitting} disabled={selectedScopeCount(form.watch()) === 0}>
              {t('apiKeys.create')}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <>
          <Notice tone="warning">{t('apiKeys.showOnce')}</Notice>
          <TextInput label={t('apiKeys.key')} readOnly value={created.key} className="admin-key" onFocus={(e) => e.target.select()} />
          <div className="ui-button-row">
            <Button onClick={() => void copy()}>{t('apiKeys.copy')}</Button>
            <span role="status" className="ui-muted">
              {copied ? t('apiKeys.copied') : ''}
            </span>
          </div>
        </>
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={formErrorMessage(form)} />
          <FormTextInput control={form.control} name="name" label={t('apiKeys.name')} required hint={t('apiKeys.nameHint')} />
          <fieldset className="ui-fieldset">
            <legend>{t('apiKeys.scopes')}</legend>
            {apiKeyScopes.map((scope) => (
              <FormCheckbox key={scope} control={form.control} name={`scopes.${scopeField(scope)}`} label={<code>{scope}</code>} hint={t(`apiKeys.scopeHints.${scopeField(scope)}`)} />
            ))}
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
