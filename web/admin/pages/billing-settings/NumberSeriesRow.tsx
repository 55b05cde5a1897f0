import { useTranslation } from 'react-i18next';
import { Button, FormAlert, useToast } from '../../../ui/components/index.ts';
import { FormTextInput } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { numberSeriesFieldName, numberSeriesSchema, numberSeriesValues, seriesExample } from './billing-settings-form.ts';
import { numberSeriesKeys, saveNumberSeries, type NumberSeries, type NumberSeriesList, type NumberSeriesUpdate } from './queries.ts';

/** One series as a small form; the example shows what the next number will look like. */
export function NumberSeriesRow({ series }: { series: NumberSeries }) {
  const { t } = useTranslation();
  const toast = useToast();
  const name = t(`series.kinds.${series.kind}`);
  // The number is checked as it is typed; the fields follow the series once it is saved.
  const form = useZodForm(numberSeriesSchema, { values: numberSeriesValues(series), mode: 'onChange' });
  const save = useApiMutation({
    mutationFn: (body: NumberSeriesUpdate) => saveNumberSeries(series.kind, body),
    // The answer is the series as it is now: no need to ask again.
    onSuccess: (saved, _body, _result, { client }) =>
      client.setQueryData<NumberSeriesList>(numberSeriesKeys.list({}), (list) => list && { data: list.data.map((s) => (s.kind === saved.kind ? saved : s)) }),
  });
  const submit = useServerSubmit(
    form,
    async (body) => {
      await save.mutateAsync(body);
      toast.show(t('series.saved', { name }));
    },
    { fieldName: numberSeriesFieldName },
  );
  const example = seriesExample(form.watch(), series.padding);

  return (
    <form className="ui-card admin-series" onSubmit={(event) => void submit(event)} aria-labelledby={`series-${series.kind}`} noValidate>
      <h2 id={`series-${series.kind}`}>{name}</h2>
      <FormAlert message={formErrorMessage(form)} />
      <div className="ui-grid-3">
        <FormTextInput control={form.control} name="prefix" label={t('series.prefix')} maxLength={20} hint={t('series.prefixHint')} />
        <FormTextInput control={form.control} name="next" label={t('series.next')} inputMode="numeric" />
        <div className="ui-field">
          <span className="ui-field__label">{t('series.example')}</span>
          <output className="admin-series__example">{example}</output>
        </div>
      </div>
      <Button type="submit" busy={form.formState.isSubmitting} aria-label={t('series.saveNamed', { name })}>
        {t('common.save')}
      </Button>
    </form>
  );
}
