import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, FormAlert } from '../../../ui/components/index.ts';
import { FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { apiKeyKeys, apiKeyModules, createApiKey, readOnlyModules, type CreatedApiKey, type NewApiKeyBody } from './queries.ts';
import { apiKeyExpiries, newApiKeyDefaults, newApiKeySchema, selectedScopeCount } from './settings-form.ts';
import { ShownOnceKey } from './ShownOnceKey.tsx';

/** Name, access per module and expiry; then the key itself, shown this once only, with a copy button. */
export function CreateApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(newApiKeySchema, { defaultValues: newApiKeyDefaults() });
  const [created, setCreated] = useState<CreatedApiKey>();
  const create = useApiMutation({ mutationFn: (body: NewApiKeyBody) => createApiKey(body), invalidates: [apiKeyKeys.all] });
  const submit = useServerSubmit(form, async (body) => setCreated(await create.mutateAsync(body)));
  useEffect(() => {
    if (!open) return;
    form.reset();
    setCreated(undefined);
    // Only the opening matters; the form object is stable.
  }, [open]);

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
        <ShownOnceKey secret={created.key} />
      ) : (
        <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={formErrorMessage(form)} />
          <FormTextInput control={form.control} name="name" label={t('apiKeys.name')} required hint={t('apiKeys.nameHint')} />
          <fieldset className="ui-fieldset">
            <legend>{t('apiKeys.access')}</legend>
            <p className="ui-muted ui-small">{t('apiKeys.accessHint')}</p>
            {apiKeyModules.map((module) => (
              <FormSelect
                key={module}
                control={form.control}
                name={`access.${module}`}
                label={t(`apiKeys.modules.${module}`)}
                hint={t(`apiKeys.moduleHints.${module}`)}
                options={(readOnlyModules.includes(module) ? (['none', 'read'] as const) : (['none', 'read', 'read_write'] as const)).map((level) => ({ value: level, label: t(`apiKeys.accessLevels.${level}`) }))}
              />
            ))}
          </fieldset>
          <FormSelect
            control={form.control}
            name="expiry"
            label={t('apiKeys.expiry')}
            hint={t('apiKeys.expiryHint')}
            options={apiKeyExpiries.map((expiry) => ({ value: expiry, label: expiry === 'never' ? t('apiKeys.expiryNever') : t('apiKeys.expiryDays', { count: Number(expiry) }) }))}
          />
        </form>
      )}
    </Dialog>
  );
}
