import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/errors.ts';
import { Button } from '../../ui/components/Button.tsx';

/** When the portal's branding cannot be read: no such portal, portal switched off, or a failure. */
export function PortalUnavailable({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const kind = isApiError(error, 'NOT_FOUND') ? 'notFound' : isApiError(error, 'PORTAL_DISABLED') ? 'disabled' : 'failed';
  useEffect(() => {
    document.title = t(`unavailable.${kind}Title`);
  }, [t, kind]);
  return (
    <main id="main" className="p-auth p-auth__main">
      <div className="p-card p-auth__card">
        <h1 className="p-auth__title">{t(`unavailable.${kind}Title`)}</h1>
        <p>{t(`unavailable.${kind}`)}</p>
        {kind === 'failed' ? <Button variant="primary" onClick={() => window.location.reload()}>{t('common.retry')}</Button> : null}
      </div>
    </main>
  );
}
