import { useState } from 'react';
import { useTranslation } from 'react-i18next';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}

/**
 * The contact's Gravatar picture as Portico serves it (`url`: null when the business turned Gravatar off),
 * or their initials when there is none (the picture's address answers 404).
 */
export function Avatar({ url, name, size, decorative = false }: { url: string | null | undefined; name: string; size: number; decorative?: boolean }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const alt = decorative ? '' : t('account.avatarAlt', { name });
  if (url && !failed) {
    return <img className="p-avatar" src={url} alt={alt} width={size} height={size} onError={() => setFailed(true)} />;
  }
  return (
    <span className="p-avatar p-avatar--initials" style={{ width: size, height: size }} role={decorative ? undefined : 'img'} aria-label={decorative ? undefined : alt} aria-hidden={decorative || undefined}>
      {initials(name)}
    </span>
  );
}
