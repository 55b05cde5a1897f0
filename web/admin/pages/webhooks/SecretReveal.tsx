import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notice, TextInput } from '../../../ui/components/index.ts';

/** A signing secret shown this once, with a copy button. */
export function SecretReveal({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <Notice tone="warning">{t('webhooks.secretShowOnce')}</Notice>
      <TextInput label={t('webhooks.secret')} readOnly value={secret} className="admin-key" onFocus={(event) => event.target.select()} />
      <div className="ui-button-row">
        <Button onClick={() => void copy()}>{t('webhooks.copy')}</Button>
        <span role="status" className="ui-muted">
          {copied ? t('webhooks.copied') : ''}
        </span>
      </div>
    </>
  );
}
