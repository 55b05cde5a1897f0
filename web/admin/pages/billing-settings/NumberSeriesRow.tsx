import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notice, TextInput, useToast } from '../../../ui/components/index.ts';
import type { NumberSeries } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';

/** One series as a small form; the example shows what the next number will look like. */
export function NumberSeriesRow({ series, onSaved }: { series: NumberSeries; onSaved: (series: NumberSeries) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [prefix, setPrefix] = useState(series.prefix);
  const [next, setNext] = useState(String(series.next_number));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const nextNumber = /^\d{1,9}$/.test(next.trim()) ? Number(next.trim()) : undefined;
  const example = nextNumber !== undefined && nextNumber > 0 ? `${prefix.trim()}${String(nextNumber).padStart(series.padding, '0')}` : '—';
  const name = t(`series.kinds.${series.kind}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (nextNumber === undefined || nextNumber < 1) return;
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api.patch<NumberSeries>(`/number-series/${series.kind}`, { prefix: prefix.trim(), next_number: nextNumber });
      onSaved(saved);
      toast.show(t('series.saved', { name }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="ui-card admin-series" onSubmit={(event) => void submit(event)} aria-labelledby={`series-${series.kind}`} noValidate>
      <h2 id={`series-${series.kind}`}>{name}</h2>
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <div className="ui-grid-3">
        <TextInput label={t('series.prefix')} value={prefix} maxLength={20} onChange={(e) => setPrefix(e.target.value)} error={fieldError(error, 'prefix')} hint={t('series.prefixHint')} />
        <TextInput
          label={t('series.next')}
          inputMode="numeric"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={nextNumber === undefined || nextNumber < 1 ? t('series.nextInvalid') : fieldError(error, 'next_number')}
        />
        <div className="ui-field">
          <span className="ui-field__label">{t('series.example')}</span>
          <output className="admin-series__example">{example}</output>
        </div>
      </div>
      <Button type="submit" busy={busy} aria-label={t('series.saveNamed', { name })}>
        {t('common.save')}
      </Button>
    </form>
  );
}
