import { useTranslation } from 'react-i18next';
import { useController, useWatch } from 'react-hook-form';
import { TextInput } from '../../../ui/components/index.ts';
import { FormCheckbox, FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { TimeZoneInput } from '../../../ui/components/TimeZoneInput.tsx';
import { brandContrast, formatContrastRatio } from '../../../ui/brand.ts';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** How readable white text on the brand colour is, against WCAG AA; a warning when it falls short. */
export function BrandContrastNote({ color }: { color: string }) {
  const { t } = useTranslation();
  const contrast = brandContrast(color);
  if (!contrast) return null;
  const ratio = formatContrastRatio(contrast.ratio);
  return (
    <p className={`ui-notice ui-notice--${contrast.passesAA ? 'success' : 'warning'}`} role="status" data-testid="brand-contrast">
      <span className="admin-color-swatch" style={{ background: color, color: '#ffffff' }} aria-hidden="true">
        Aa
      </span>{' '}
      {t('settings.brandContrast', { ratio })} {contrast.passesAA ? t('settings.brandContrastPass') : t('settings.brandContrastFail', { accent: contrast.portalAccent })}
    </p>
  );
}

/** Name, address (slug), colour, logo, time zone and the contact details shown in the portal. */
export function GeneralSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { control } = form;
  // The address is lowercase as it is typed.
  const slug = useController({ control, name: 'slug' });
  const slugError = useFieldErrorText(slug.fieldState.error);
  const brandColor = useWatch({ control, name: 'brand_color' });
  const timeZone = useController({ control, name: 'time_zone' });
  const timeZoneError = useFieldErrorText(timeZone.fieldState.error);
  const url = `${window.location.origin}/portal/${slug.field.value}`;
  const colorValid = /^#[0-9a-fA-F]{6}$/.test(brandColor);
  return (
    <section className="ui-card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settings.general')}</h2>
      <FormCheckbox control={control} name="portal_enabled" label={t('settings.portal_enabled')} hint={t('settings.portal_enabledHint')} />
      <div className="ui-grid-2">
        <FormTextInput control={control} name="organization_name" label={t('settings.organization_name')} required />
        <FormTextInput control={control} name="portal_name" label={t('settings.portal_name')} hint={t('settings.portal_nameHint')} />
      </div>
      <TextInput
        ref={slug.field.ref}
        name={slug.field.name}
        label={t('settings.slug')}
        value={slug.field.value}
        onChange={(e) => slug.field.onChange(e.target.value.toLowerCase())}
        onBlur={slug.field.onBlur}
        pattern="[a-z0-9](?:[a-z0-9\-]{0,46}[a-z0-9])?"
        hint={
          <>
            {t('settings.slugHint')} <code className="admin-url">{url}</code>
          </>
        }
        error={slugError}
      />
      <div className="ui-grid-2">
        <div className="admin-color-field">
          <FormTextInput control={control} name="brand_color" label={t('settings.brand_color')} hint={t('settings.brand_colorHint')} />
          <input
            type="color"
            aria-label={t('settings.brand_colorPicker')}
            value={colorValid ? brandColor : '#1f5fbf'}
            onChange={(e) => form.setValue('brand_color', e.target.value, { shouldDirty: true })}
          />
        </div>
        <FormTextInput control={control} name="logo_url" label={t('settings.logo_url')} type="url" />
      </div>
      <FormTextInput control={control} name="favicon_url" label={t('settings.favicon_url')} hint={t('settings.favicon_urlHint')} type="url" />
      <BrandContrastNote color={brandColor} />
      <TimeZoneInput label={t('settings.time_zone')} hint={t('settings.time_zoneHint')} value={timeZone.field.value} onChange={(zone) => timeZone.field.onChange(zone)} error={timeZoneError} />
      <h3>{t('settings.contactDetails')}</h3>
      <div className="ui-grid-2">
        <FormTextInput control={control} name="contact_email" label={t('settings.contact_email')} type="email" />
        <FormTextInput control={control} name="contact_phone" label={t('settings.contact_phone')} type="tel" />
        <FormTextInput control={control} name="website" label={t('settings.website')} type="url" />
      </div>
      <FormTextArea control={control} name="contact_address" label={t('settings.contact_address')} rows={3} />
      <h3>{t('settings.eInvoicing')}</h3>
      <div className="ui-grid-2">
        <FormTextInput control={control} name="tax_number" label={t('settings.tax_number')} />
        <FormTextInput control={control} name="country_code" label={t('settings.country_code')} hint={t('settings.country_codeHint')} />
        <FormTextInput control={control} name="peppol_endpoint_id" label={t('settings.peppol_endpoint_id')} />
        <FormTextInput control={control} name="peppol_endpoint_scheme" label={t('settings.peppol_endpoint_scheme')} hint={t('settings.peppol_endpoint_schemeHint')} />
      </div>
    </section>
  );
}
