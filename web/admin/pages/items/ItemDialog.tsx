import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoneyInput, parseMoneyInput } from '../../../ui/billing-format.ts';
import { Button, Dialog, Notice, Select, TextArea, TextInput, useToast } from '../../../ui/components/index.ts';
import { currencyExponent, currencyName } from '../../../ui/format.ts';
import type { Item, Tax } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import { commonCurrencies } from '../../lib/types.ts';
import { decimalError } from '../documents/line-state.ts';

/** Add (item = 'new') or edit an item: name, SKU, unit, description, rate in a currency, default tax. */
export function ItemDialog({ item, taxes, onClose, onSaved }: { item: Item | 'new'; taxes: Tax[]; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const toast = useToast();
  const existing = item === 'new' ? undefined : item;
  const [form, setForm] = useState({
    name: existing?.name ?? '',
    sku: existing?.sku ?? '',
    unit: existing?.unit ?? '',
    description: existing?.description ?? '',
    currency: existing?.currency ?? 'USD',
    rate: existing ? formatMoneyInput(existing.rate_minor, existing.currency, locale) : '',
    tax_id: existing?.tax_id ?? '',
  });
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const rate = parseMoneyInput(form.rate, form.currency, locale);
  const currencies = [...new Set([...commonCurrencies, form.currency])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!rate.ok || !form.name.trim()) return;
    setBusy(true);
    setError(undefined);
    const body = {
      name: form.name.trim(),
      sku: form.sku.trim() || null,
      unit: form.unit.trim() || null,
      description: form.description.trim() || null,
      rate_minor: rate.value,
      currency: form.currency,
      tax_id: form.tax_id || null,
    };
    try {
      if (existing) await api.patch<Item>(`/items/${existing.id}`, body);
      else await api.post<Item>('/items', body);
      toast.show(t('items.saved', { name: body.name }));
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
      size="wide"
      title={existing ? t('items.editTitle') : t('items.addTitle')}
      onClose={onClose}
      closeLabel={t('common.close')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="item-form" variant="primary" busy={busy}>
            {t('common.save')}
          </Button>
        </>
      }
    >
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <form id="item-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="ui-grid-2">
          <TextInput label={t('items.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={(touched && !form.name.trim() ? t('lines.errors.required') : undefined) ?? fieldError(error, 'name')} autoComplete="off" />
          <TextInput label={t('items.sku')} value={form.sku} onChange={(e) => setForm({ ...form, sku: e.target.value })} error={fieldError(error, 'sku')} autoComplete="off" />
          <Select label={t('items.currency')} value={form.currency} onChange={(e) => setForm({ ...form, currency: e.target.value })} options={currencies.map((c) => ({ value: c, label: `${c} · ${currencyName(c, locale)}` }))} />
          <TextInput
            label={t('items.rateIn', { currency: form.currency })}
            required
            inputMode="decimal"
            value={form.rate}
            onChange={(e) => setForm({ ...form, rate: e.target.value })}
            onBlur={() => setTouched(true)}
            error={(touched ? decimalError(rate, t, currencyExponent(form.currency)) : undefined) ?? fieldError(error, 'rate_minor')}
          />
          <TextInput label={t('items.unit')} value={form.unit} maxLength={20} hint={t('items.unitHint')} onChange={(e) => setForm({ ...form, unit: e.target.value })} />
          <Select
            label={t('items.defaultTax')}
            value={form.tax_id}
            onChange={(e) => setForm({ ...form, tax_id: e.target.value })}
            error={fieldError(error, 'tax_id')}
            options={[{ value: '', label: t('lines.noTax') }, ...taxes.filter((tax) => !tax.archived || tax.id === form.tax_id).map((tax) => ({ value: tax.id, label: tax.name }))]}
          />
        </div>
        <TextArea label={t('items.description')} value={form.description} rows={3} onChange={(e) => setForm({ ...form, description: e.target.value })} />
      </form>
    </Dialog>
  );
}
