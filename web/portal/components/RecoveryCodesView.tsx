import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/components/Button.tsx';

/** Recovery codes, shown once: the person copies or downloads them before going on. */
export function RecoveryCodesView({ codes, portalName, onDone, doneLabel }: { codes: string[]; portalName: string; onDone: () => void; doneLabel: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>();
  const text = `${t('twoFactor.codesFileHeading', { name: portalName })}\n\n${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('twoFactor.copied'));
    } catch {
      setStatus(t('twoFactor.copyFailed'));
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'recovery-codes.txt';
    anchor.click();
    URL.revokeObjectURL(url);
    setStatus(t('twoFactor.downloaded'));
  }

  return (
    <section className="p-recovery" aria-labelledby="recovery-codes-heading">
      <h2 id="recovery-codes-heading" className="p-subheading">
        {t('twoFactor.codesTitle')}
      </h2>
      <p>{t('twoFactor.codesIntro')}</p>
      <ol className="p-recovery__codes" aria-label={t('twoFactor.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="p-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('twoFactor.copy')}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t('twoFactor.download')}
        </Button>
      </div>
      <p role="status" className="ui-muted">
        {status}
      </p>
      <Button variant="primary" onClick={onDone}>{doneLabel}</Button>
    </section>
  );
}
