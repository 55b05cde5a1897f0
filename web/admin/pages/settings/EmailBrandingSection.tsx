import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { accessibleAccent } from '../../../ui/brand.ts';
import { FormTextArea, FormTextInput } from '../../../ui/forms/fields.tsx';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** The organization's own header line and footer of every email to customers, with a preview. */
export function EmailBrandingSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const [header, footer, brandColor, portalName, organizationName] = useWatch({
    control: form.control,
    name: ['email_header_text', 'email_footer_text', 'brand_color', 'portal_name', 'organization_name'],
  });
  return (
    <section className="ui-card" aria-labelledby="settings-emails">
      <h2 id="settings-emails">{t('settings.emails')}</h2>
      <p className="ui-muted">{t('settings.emailsIntro')}</p>
      <FormTextInput control={form.control} name="email_header_text" label={t('settings.email_header_text')} maxLength={200} />
      <FormTextArea control={form.control} name="email_footer_text" label={t('settings.email_footer_text')} hint={t('settings.email_footer_textHint')} rows={4} maxLength={1000} />
      <h3 id="email-preview-heading">{t('settings.emailPreview')}</h3>
      <div className="admin-email-preview" role="group" aria-labelledby="email-preview-heading" data-testid="email-preview">
        {header.trim() ? <div className="admin-email-preview__header">{header.trim()}</div> : null}
        <div className="admin-email-preview__card" style={{ borderTopColor: accessibleAccent(brandColor) }}>
          <p className="ui-muted">{t('settings.emailPreviewBody', { name: portalName || organizationName })}</p>
        </div>
        {footer.trim() ? <div className="admin-email-preview__footer">{footer.trim()}</div> : null}
      </div>
    </section>
  );
}
