import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { accessibleAccent } from '../../../ui/brand.ts';
import { FormTextArea } from '../../../ui/forms/fields.tsx';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** The banner contacts see at their first sign-in, with a preview in the portal's colours. */
export function BannerSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const [bannerMessage, brandColor, logoUrl, portalName, organizationName] = useWatch({ control: form.control, name: ['banner_message', 'brand_color', 'logo_url', 'portal_name', 'organization_name'] });
  return (
    <section className="ui-card" aria-labelledby="settings-banner">
      <h2 id="settings-banner">{t('settings.banner')}</h2>
      <FormTextArea control={form.control} name="banner_message" label={t('settings.banner_message')} hint={t('settings.banner_messageHint')} rows={4} maxLength={2000} />
      <h3 id="banner-preview-heading">{t('settings.preview')}</h3>
      <div className="admin-banner-preview" aria-labelledby="banner-preview-heading" role="group">
        <div className="admin-banner-preview__bar" style={{ background: accessibleAccent(brandColor) }}>
          {logoUrl ? <img src={logoUrl} alt="" /> : null}
          <span>{portalName || organizationName}</span>
        </div>
        <div className="admin-banner-preview__body">
          {bannerMessage.trim() ? <div className="admin-banner-preview__banner">{bannerMessage}</div> : <p className="ui-muted">{t('settings.bannerEmpty')}</p>}
        </div>
      </div>
    </section>
  );
}
