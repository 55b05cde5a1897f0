import { useTranslation } from 'react-i18next';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { currencyName, languageName } from '../../../ui/format.ts';
import { FormCheckbox, FormSelect, FormTextInput } from '../../../ui/forms/fields.tsx';
import { commonCurrencies } from '../../../../contract/money.ts';
import { supportedLanguages as languages } from '../../../../contract/portal.ts';
import type { CustomerDetailsValues } from './customer-form.ts';

/** Name, company, email, phone, currency, portal language and bank payments: shared by "new" and "edit". */
export function CustomerFields<Values extends CustomerDetailsValues & FieldValues>({ control }: { control: Control<Values, unknown, unknown> }) {
  const { t, i18n } = useTranslation();
  const name = (field: keyof CustomerDetailsValues) => field as Path<Values>;
  const currency = useWatch({ control, name: name('currency') }) as string;
  const currencies = commonCurrencies.includes(currency as (typeof commonCurrencies)[number]) ? [...commonCurrencies] : [currency, ...commonCurrencies];
  return (
    <div className="ui-grid-2">
      <FormTextInput control={control} name={name('display_name')} label={t('customer.displayName')} required />
      <FormTextInput control={control} name={name('company_name')} label={t('customer.companyName')} autoComplete="organization" />
      <FormTextInput control={control} name={name('email')} label={t('customer.email')} type="email" />
      <FormTextInput control={control} name={name('phone')} label={t('customer.phone')} type="tel" />
      <FormTextInput control={control} name={name('tax_number')} label={t('customer.taxNumber')} hint={t('customer.taxNumberHint')} />
      <FormSelect control={control} name={name('currency')} label={t('customer.currency')} options={currencies.map((code) => ({ value: code, label: `${code} · ${currencyName(code, i18n.language)}` }))} />
      <FormSelect
        control={control}
        name={name('portal_language')}
        label={t('customer.portalLanguage')}
        hint={t('customer.portalLanguageHint')}
        options={languages.map((code) => ({ value: code, label: `${languageName(code)} (${languageName(code, i18n.language)})` }))}
      />
      <FormCheckbox control={control} name={name('allow_bank_payments')} label={t('customer.allowBankPayments')} hint={t('customer.allowBankPaymentsHint')} />
    </div>
  );
}
