import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dialog, Notice, TextInput } from '../../../ui/components/index.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { apiKeyScopes, type ApiKey, type ApiKeyScope } from '../../lib/types.ts';

/** Name and scopes; then the key itself, shown this once only, with a copy button. */
export function CreateApiKeyDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<ApiKeyScope>>(new Set(['customers.read']));
  const [created, setCreated] = useState<ApiKey>();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!open) return;
    setName('');
    setScopes(new Set(['customers.read']));
    setCreated(undefined);
    setCopied(false);
    setError(undefined);
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setCreated(await api.post<ApiKey>('/api-keys', { name: name.trim(), scopes: apiKeyScopes.filter((s) => scopes.has(s)) }));
      onCreated();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!created?.key) return;
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
            <Button type="submit" form="create-key-form" variant="primary" busy={busy} disabled={scopes.size === 0}>
              {t('apiKeys.create')}
            </Button>
          </>
        )
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      {created ? (
        <>
          <Notice tone="warning">{t('apiKeys.showOnce')}</Notice>
          <TextInput label={t('apiKeys.key')} readOnly value={created.key ?? ''} className="admin-key" onFocus={(e) => e.target.select()} />
          <div className="ui-button-row">
            <Button onClick={() => void copy()}>{t('apiKeys.copy')}</Button>
            <span role="status" className="ui-muted">
              {copied ? t('apiKeys.copied') : ''}
            </span>
          </div>
        </>
      ) : (
        <form id="create-key-form" onSubmit={(event) => void submit(event)}>
          <TextInput label={t('apiKeys.name')} required value={name} onChange={(e) => setName(e.target.value)} hint={t('apiKeys.nameHint')} error={fieldError(error, 'name')} />
          <fieldset className="ui-fieldset">
            <legend>{t('apiKeys.scopes')}</legend>
            {apiKeyScopes.map((scope) => (
              <Checkbox
                key={scope}
                label={<code>{scope}</code>}
                hint={t(`apiKeys.scopeHints.${scope.replace('.', '_')}`)}
                checked={scopes.has(scope)}
                onChange={(event) => {
                  const next = new Set(scopes);
                  if (event.target.checked) next.add(scope);
                  else next.delete(scope);
                  setScopes(next);
                }}
              />
            ))}
          </fieldset>
        </form>
      )}
    </Dialog>
  );
}
