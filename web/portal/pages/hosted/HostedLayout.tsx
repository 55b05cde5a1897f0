import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../../app/PortalContext.tsx';
import { LanguagePicker } from '../../components/LanguagePicker.tsx';
import { SkipLink } from '../../../ui/components/SkipLink.tsx';

/** The hosted page's frame: the business's logo and name, the language choice, one main column. */
export function HostedLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const name = branding.portal_name || branding.name;
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} · ${name}`;
  }, [title, name]);
  return (
    <div className="p-hosted">
      <SkipLink label={t('common.skipToContent')} />
      <header className="p-hosted__header">
        <span className="p-brand">
          {/* The name is written beside the logo, so the logo itself needs no alternative text. */}
          {branding.logo_url ? <img src={branding.logo_url} alt="" className="p-brand__logo" /> : null}
          <span className="p-brand__name">{name}</span>
        </span>
        <LanguagePicker />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="p-hosted__main">
        {children}
      </main>
    </div>
  );
}
