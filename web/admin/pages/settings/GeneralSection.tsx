import { useTranslation } from 'react-i18next';
import { Checkbox, TextArea, TextInput } from '../../../ui/components/index.ts';
import { TimeZoneInput } from '../../../ui/components/TimeZoneInput.tsx';
import { fieldError } from '../../lib/errors.ts';
import type { SectionProps } from './PortalSettingsPage.tsx';

/** Name, address (slug), colour, logo, time zone and the contact details shown in the portal. */
export function GeneralSection({ form, set, error }: SectionProps) {
  const { t } = useTranslation();
  const url = `${window.location.origin}/portal/${form.slug}`;
  const colorValid = /^#[0-9a-fA-F]{6}$/.test(form.brand_color);
  return (
    <section className="ui-card" aria-labelledby="settings-general">
      <h2 id="settings-general">{t('settings.general')}</h2>
      <Checkbox label={t('settings.portal_enabled')} hint={t('settings.portal_enabledHint')} checked={form.portal_enabled} onChange={(e) => set('portal_enabled', e.target.checked)} />
      <div className="ui-grid-2">
        <TextInput label={t('settings.organization_name')} required value={form.organization_name} onChange={(e) => set('organization_name', e.target.value)} error={fieldError(error, 'organization_name')} />
        <TextInput label={t('settings.portal_name')} hint={t('settings.portal_nameHint')} value={form.portal_name} onChange={(e) => set('portal_name', e.target.value)} error={fieldError(error, 'portal_name')} />
      </div>
      <TextInput
        label={t('settings.slug')}
        value={form.slug}
        onChange={(e) => set('slug', e.target.value.toLowerCase())}
        pattern="[a-z0-9](?:[a-z0-9\-]{0,46}[a-z0-9])?"
        hint={
          <>
            {t('settings.slugHint')} <code className="admin-url">{url}</code>
          </>
        }
        error={fieldError(error, 'slug')}
      />
      <div className="ui-grid-2">
        <div className="admin-color-field">
          <TextInput label={t('settings.brand_color')} value={form.brand_color} onChange={(e) => set('brand_color', e.target.value)} error={fieldError(error, 'brand_color')} hint={t('settings.brand_colorHint')} />
          <input type="color" aria-label={t('settings.brand_colorPicker')} value={colorValid ? form.brand_color : '#1f5fbf'} onChange={(e) => set('brand_color', e.target.value)} />
        </div>
        <TextInput label={t('settings.logo_url')} type="url" value={form.logo_url ?? ''} onChange={(e) => set('logo_url', e.target.value)} error={fieldError(error, 'logo_url')} />
      </div>
      <TimeZoneInput label={t('settings.time_zone')} hint={t('settings.time_zoneHint')} value={form.time_zone} onChange={(zone) => set('time_zone', zone)} error={fieldError(error, 'time_zone')} />
      <h3>{t('settings.contactDetails')}</h3>
      <div className="ui-grid-2">
        <TextInput label={t('settings.contact_email')} type="email" value={form.contact_email ?? ''} onChange={(e) => set('contact_email', e.target.value)} error={fieldError(error, 'contact_email')} />
        <TextInput label={t('settings.contact_phone')} type="tel" value={form.contact_phone ?? ''} onChange={(e) => set('contact_phone', e.target.value)} error={fieldError(error, 'contact_phone')} />
        <TextInput label={t('settings.website')} type="url" value={form.website ?? ''} onChange={(e) => set('website', e.target.value)} error={fieldError(error, 'website')} />
      </div>
      <TextArea label={t('settings.contact_address')} rows={3} value={form.contact_address ?? ''} onChange={(e) => set('contact_address', e.target.value)} error={fieldError(error, 'contact_address')} />
    </section>
  );
}
