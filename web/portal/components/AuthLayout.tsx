import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortal } from '../app/PortalContext.tsx';
import { useFocusOnNavigate } from '../app/useFocusOnNavigate.ts';
import { Brand } from './Brand.tsx';
import { ContactDetails } from './ContactDetails.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';
import { SkipLink } from '../../ui/components/SkipLink.tsx';

/** The frame of every page before sign-in: brand, one card with the page's title, help below. */
export function AuthLayout({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const { branding } = usePortal();
  const portalName = branding.portal_name || branding.name;
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  useEffect(() => {
    document.title = `${title} · ${portalName}`;
  }, [title, portalName]);
  return (
    <div className="p-auth">
      <SkipLink label={t('common.skipToContent')} />
      <header className="p-auth__header">
        <Brand to="/login" />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="p-auth__main">
        <div className={wide ? 'p-card p-auth__card p-auth__card--wide' : 'p-card p-auth__card'}>
          <h1 className="p-auth__title">{title}</h1>
          {children}
        </div>
      </main>
      <footer className="p-auth__footer">
        <LanguagePicker />
        <div>
          <h2 className="p-footer__heading">{t('contact.heading', { name: branding.name })}</h2>
          <ContactDetails details={branding.contact} compact />
        </div>
      </footer>
    </div>
  );
}
