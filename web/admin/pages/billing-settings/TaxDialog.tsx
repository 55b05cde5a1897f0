import { percentFromMillipercent, percentToMillipercent } from '../../../../contract/units.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimalInput, parseDecimal } from '../../../ui/billing-format.ts';
import { Button, Dialog, Notice, TextInput, useToast } from '../../../ui/components/index.ts';
import type { Tax } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { decimalError } from '../documents/line-state.ts';

/** Add (tax = 'new') or edit a tax rate; the rate has up to three decimals (8.875 %). */
export function TaxDialog({ tax, onClose, onSaved }: { tax: Tax | 'new' | undefined; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!tax) return;
    setName(tax === 'new' ? '' : tax.name);
    setRate(tax === 'new' ? '' : formatDecimalInput(percentToMillipercent(tax.rate_percent), 3, i18n.language, true));
    setTouched(false);
    setError(undefined);
  }, [tax, i18n.language]);
  if (!tax) return null;
  const parsed = parseDecimal(rate, 3, i18n.language);
  const rateError = touched ? (decimalError(parsed, t, 3) ?? (parsed.ok && parsed.value > 100_000 ? t('taxes.rateTooHigh') : undefined)) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parsed.ok || parsed.value > 100_000) return;
    setBusy(true);
    setError(undefined);
    const body = { name: name.trim(), rate_percent: percentFromMillipercent(parsed.value) };
    try {
      if (tax === 'new') await api.post<Tax>('/taxes', body);
      else await api.patch<Tax>(`/taxes/${tax.id}`, body);
      toast.show(t('taxes.saved', { name: body.name }));
      onSaved();
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={tax === 'new' ? t('taxes.addTitle') : t('taxes.editTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="tax-form" variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form id="tax-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput label={t('taxes.name')} required value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} autoComplete="off" />
        <TextInput
          label={t('taxes.ratePercent')}
          required
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          onBlur={() => setTouched(true)}
          hint={t('taxes.rateHint')}
          error={rateError ?? fieldError(error, 'rate_percent')}
          autoComplete="off"
        />
      </form>
    </Dialog>
  );
}
