import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notice, TextInput } from '../../../ui/components/index.ts';

/** A new key (created or rotated), shown this once only, with a copy button. */
export function ShownOnceKey({ secret, notice }: { secret: string; notice?: string }) {
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
      <Notice tone="warning">{t('apiKeys.showOnce')}</Notice>
      {notice ? <p>{notice}</p> : null}
      <TextInput label={t('apiKeys.key')} readOnly value={secret} className="admin-key" onFocus={(e) => e.target.select()} />
      <div className="ui-button-row">
        <Button onClick={() => void copy()}>{t('apiKeys.copy')}</Button>
        <span role="status" className="ui-muted">
          {copied ? t('apiKeys.copied') : ''}
        </span>
      </div>
    </>
  );
}
