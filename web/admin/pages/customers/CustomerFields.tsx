import { useTranslation } from 'react-i18next';
import { Select, TextInput } from '../../../ui/components/index.ts';
import { currencyName, languageName } from '../../../ui/format.ts';
import { fieldError } from '../../lib/errors.ts';
import { commonCurrencies, languages, type Language } from '../../lib/types.ts';

export interface CustomerFieldValues {
  display_name: string;
  company_name: string;
  email: string;
  phone: string;
  currency: string;
  portal_language: Language;
}

/** Name, company, email, phone, currency and portal language: shared by "new" and "edit". */
export function CustomerFields({ values, onChange, error }: { values: CustomerFieldValues; onChange: (v: CustomerFieldValues) => void; error: unknown }) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof CustomerFieldValues>(field: K, value: CustomerFieldValues[K]) => onChange({ ...values, [field]: value });
  const currencies = commonCurrencies.includes(values.currency as (typeof commonCurrencies)[number]) ? [...commonCurrencies] : [values.currency, ...commonCurrencies];
  return (
    <div className="ui-grid-2">
      <TextInput label={t('customer.displayName')} required value={values.display_name} onChange={(e) => set('display_name', e.target.value)} error={fieldError(error, 'display_name')} />
      <TextInput label={t('customer.companyName')} autoComplete="organization" value={values.company_name} onChange={(e) => set('company_name', e.target.value)} error={fieldError(error, 'company_name')} />
      <TextInput label={t('customer.email')} type="email" value={values.email} onChange={(e) => set('email', e.target.value)} error={fieldError(error, 'email')} />
      <TextInput label={t('customer.phone')} type="tel" value={values.phone} onChange={(e) => set('phone', e.target.value)} error={fieldError(error, 'phone')} />
      <Select
        label={t('customer.currency')}
        value={values.currency}
        onChange={(e) => set('currency', e.target.value)}
        options={currencies.map((code) => ({ value: code, label: `${code} · ${currencyName(code, i18n.language)}` }))}
        error={fieldError(error, 'currency')}
      />
      <Select
        label={t('customer.portalLanguage')}
        hint={t('customer.portalLanguageHint')}
        value={values.portal_language}
        onChange={(e) => set('portal_language', e.target.value as Language)}
        options={languages.map((code) => ({ value: code, label: `${languageName(code)} (${languageName(code, i18n.language)})` }))}
      />
    </div>
  );
}
