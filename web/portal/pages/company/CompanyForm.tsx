import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { Notice } from '../../../ui/components/Feedback.tsx';
import { TextInput } from '../../../ui/components/Field.tsx';
import { FormAlert } from '../../components/Feedback.tsx';
import { portalApi } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import type { CompanyDetails } from '../../lib/types.ts';
import { AddressFieldset, cleanAddress } from './AddressView.tsx';

export function CompanyForm({ company, onSaved }: { company: CompanyDetails; onSaved: (company: CompanyDetails) => void }) {
  const { t } = useTranslation();
  const [companyName, setCompanyName] = useState(company.company_name ?? company.display_name);
  const [phone, setPhone] = useState(company.phone ?? '');
  const [billing, setBilling] = useState(company.billing_address ?? {});
  const [shipping, setShipping] = useState(company.shipping_address ?? {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      const answer = await portalApi.patch<CompanyDetails>('/company', {
        company_name: companyName.trim(),
        phone: phone.trim() || null,
        billing_address: cleanAddress(billing),
        shipping_address: cleanAddress(shipping),
      });
      onSaved(answer);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="p-card p-form" aria-labelledby="company-form-heading">
      <h2 id="company-form-heading" className="p-card__title">
        {t('company.edit')}
      </h2>
      <FormAlert message={error ? errorMessage(t, error) : undefined} />
      <div className="p-field-row">
        <TextInput
          label={t('company.companyName')}
          autoComplete="organization"
          required
          value={companyName}
          onChange={(e) => setCompanyName(e.target.value)}
          error={fieldError(t, error, 'company_name')}
        />
        <TextInput label={t('company.phone')} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={fieldError(t, error, 'phone')} />
      </div>
      <AddressFieldset legend={t('company.billingAddress')} value={billing} onChange={setBilling} />
      <AddressFieldset legend={t('company.shippingAddress')} value={shipping} onChange={setShipping} />
      <div className="p-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('common.save')}
        </Button>
      </div>
      {saved ? <Notice tone="success">{t('company.saved')}</Notice> : null}
    </form>
  );
}
