import { useTranslation } from 'react-i18next';
import { accessibleAccent } from '../../../ui/brand.ts';
import { TextArea } from '../../../ui/components/index.ts';
import { fieldError } from '../../lib/errors.ts';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** The banner contacts see at their first sign-in, with a preview in the portal's colours. */
export function BannerSection({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="ui-card" aria-labelledby="settings-banner">
      <h2 id="settings-banner">{t('settings.banner')}</h2>
      <TextArea label={t('settings.banner_message')} hint={t('settings.banner_messageHint')} rows={4} maxLength={2000} value={form.banner_message} onChange={(e) => set('banner_message', e.target.value)} error={fieldError(error, 'banner_message')} />
      <h3 id="banner-preview-heading">{t('settings.preview')}</h3>
      <div className="admin-banner-preview" aria-labelledby="banner-preview-heading" role="group">
        <div className="admin-banner-preview__bar" style={{ background: accessibleAccent(form.brand_color) }}>
          {form.logo_url ? <img src={form.logo_url} alt="" /> : null}
          <span>{form.portal_name || form.organization_name}</span>
        </div>
        <div className="admin-banner-preview__body">
          {form.banner_message.trim() ? <div className="admin-banner-preview__banner">{form.banner_message}</div> : <p className="ui-muted">{t('settings.bannerEmpty')}</p>}
        </div>
      </div>
    </section>
  );
}
