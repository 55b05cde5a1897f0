import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const storageKey = (contactId: string) => `portico.portal.banner-dismissed.${contactId}`;

function hash(text: string): string {
  let h = 0;
  for (const char of text) h = (Math.imul(31, h) + char.charCodeAt(0)) | 0;
  return String(h);
}

function isDismissed(contactId: string, message: string): boolean {
  try {
    return window.localStorage.getItem(storageKey(contactId)) === hash(message);
  } catch {
    return false;
  }
}

/** The business's welcome message; dismissing it hides this message (a new one shows again). */
export function Banner({ message, contactId }: { message: string; contactId: string }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(() => isDismissed(contactId, message));
  if (dismissed) return null;
  return (
    <section className="p-banner" aria-label={t('dashboard.bannerLabel')}>
      <p className="p-banner__message p-pre-line">{message}</p>
      <button
        type="button"
        className="p-banner__close"
        aria-label={t('dashboard.dismissBanner')}
        onClick={() => {
          try {
            window.localStorage.setItem(storageKey(contactId), hash(message));
          } catch {
            // Without storage the banner simply hides for this visit.
          }
          setDismissed(true);
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}
