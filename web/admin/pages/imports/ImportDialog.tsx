import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type DragEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, FormAlert, Notice, ProgressBar, Select, Spinner } from '../../../ui/components/index.ts';
import { formatNumber } from '../../../ui/format.ts';

/** A number in the interface's language. */
function useNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  return (value) => formatNumber(value, i18n.language);
}
import { fieldIssueText } from '../../../ui/field-errors.ts';
import { errorMessage } from '../../lib/errors.ts';
import { isRunning, runImport, uploadCsv, useImportProgress, validateImport, type CsvImport, type ImportKind, type ImportMapping, type ImportMode } from './queries.ts';

interface ImportDialogProps {
  open: boolean;
  kind: ImportKind;
  /** `imported` when rows were written, so the list reloads. */
  onClose: (imported: boolean) => void;
}

type Step = { step: 'upload' } | { step: 'mapping'; imp: CsvImport } | { step: 'preview'; imp: CsvImport } | { step: 'run'; imp: CsvImport };

const NOT_IMPORTED = '';

/** A picked or dropped file's text (UTF-8), through FileReader where Blob.text is missing. */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}
const ERRORS_SHOWN = 100;

/**
 * The import wizard: upload a CSV file (drop it or pick it), map its columns to fields (a mapping chosen
 * before for the same headers comes back), preview the rows with their errors, choose what happens to
 * failing rows, and watch the job's progress to the result.
 */
export function ImportDialog({ open, kind, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<Step>({ step: 'upload' });
  useEffect(() => {
    if (open) setState({ step: 'upload' });
  }, [open]);
  const progress = useImportProgress(state.step === 'run' ? state.imp : undefined);
  const current = state.step === 'run' ? (progress.data ?? state.imp) : undefined;
  const working = isRunning(current);
  const imported = current?.status === 'succeeded';

  return (
    <Dialog
      open={open}
      title={t('imports.title', { kind: t(`imports.kinds.${kind}`) })}
      onClose={() => {
        if (!working) onClose(imported);
      }}
      closeLabel={t('common.close')}
      size="wide"
    >
      <ol className="admin-import-steps" aria-label={t('imports.stepsLabel')}>
        {(['upload', 'mapping', 'preview', 'run'] as const).map((step) => (
          <li key={step} aria-current={state.step === step ? 'step' : undefined}>
            {t(`imports.steps.${step}`)}
          </li>
        ))}
      </ol>
      {state.step === 'upload' ? <UploadStep kind={kind} onUploaded={(imp) => setState({ step: 'mapping', imp })} onCancel={() => onClose(false)} /> : null}
      {state.step === 'mapping' ? <MappingStep imp={state.imp} onValidated={(imp) => setState({ step: 'preview', imp })} onBack={() => setState({ step: 'upload' })} /> : null}
      {state.step === 'preview' ? <PreviewStep imp={state.imp} onStarted={(imp) => setState({ step: 'run', imp })} onBack={() => setState({ step: 'mapping', imp: state.imp })} /> : null}
      {state.step === 'run' && current ? (
        <RunStep
          imp={current}
          error={progress.error}
          onClose={() => onClose(imported)}
          onRetry={() => setState({ step: 'mapping', imp: { ...current, status: 'failed' } })}
        />
      ) : null}
    </Dialog>
  );
}

function UploadStep({ kind, onUploaded, onCancel }: { kind: ImportKind; onUploaded: (imp: CsvImport) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const upload = useMutation({ mutationFn: async (file: File) => uploadCsv(kind, { name: file.name, text: await readText(file) }), onSuccess: onUploaded });
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) upload.mutate(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };
  return (
    <>
      <div
        className={`admin-dropzone${dragging ? ' admin-dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('imports.dropHint')}</p>
        <label className="ui-button ui-button--primary">
          {t('imports.chooseFile')}
          <input type="file" accept=".csv,text/csv" className="ui-visually-hidden" onChange={(event) => take(event.target.files)} data-testid="import-file" />
        </label>
        <p className="ui-field__hint">{t('imports.limits')}</p>
      </div>
      {upload.isPending ? <Spinner label={t('imports.uploading')} /> : null}
      <FormAlert message={upload.isError ? errorMessage(t, upload.error) : undefined} />
      <div className="ui-button-row admin-import-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </>
  );
}

function MappingStep({ imp, onValidated, onBack }: { imp: CsvImport; onValidated: (imp: CsvImport) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const n = useNumber();
  const form = useForm<{ mapping: Record<string, string> }>({
    defaultValues: { mapping: Object.fromEntries(imp.fields.map((field) => [field.name, imp.mapping[field.name] ?? NOT_IMPORTED])) },
  });
  const validate = useMutation({
    mutationFn: (mapping: ImportMapping) => validateImport(imp.id, mapping),
    onSuccess: onValidated,
  });
  const sample = (header: string | undefined) => (header ? (imp.sample_rows[0]?.[imp.headers.indexOf(header)] ?? '') : '');
  const options = [{ value: NOT_IMPORTED, label: t('imports.notImported') }, ...imp.headers.map((header) => ({ value: header, label: header }))];
  const mapping = form.watch('mapping');
  const submit = form.handleSubmit((values) => validate.mutate(Object.fromEntries(Object.entries(values.mapping).filter(([, header]) => header !== NOT_IMPORTED))));
  return (
    <form onSubmit={submit} noValidate>
      <p>{t('imports.mappingIntro', { count: imp.row_count, formatted: n(imp.row_count) })}</p>
      {imp.mapping_source === 'remembered' ? <Notice tone="info">{t('imports.remembered')}</Notice> : null}
      <div className="ui-table-wrap">
        <table className="ui-table admin-import-mapping">
          <caption className="ui-visually-hidden">{t('imports.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.field')}</th>
              <th scope="col">{t('imports.column')}</th>
              <th scope="col">{t('imports.sample')}</th>
            </tr>
          </thead>
          <tbody>
            {imp.fields.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  {t(`imports.fields.${field.name}`)}
                  {field.required ? <span aria-hidden="true"> *</span> : null}
                </th>
                <td>
                  <Select label={t('imports.columnFor', { field: t(`imports.fields.${field.name}`) })} options={options} required={field.required} fieldClassName="admin-import-select" {...form.register(`mapping.${field.name}`)} />
                </td>
                <td className="admin-import-sample">{sample(mapping[field.name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormAlert message={validate.isError ? errorMessage(t, validate.error) : undefined} />
      <div className="ui-button-row admin-import-actions">
        <Button onClick={onBack}>{t('imports.back')}</Button>
        <Button type="submit" variant="primary" busy={validate.isPending}>
          {t('imports.check')}
        </Button>
      </div>
    </form>
  );
}

function ErrorTable({ errors, total }: { errors: CsvImport['errors']; total: number }) {
  const { t } = useTranslation();
  const n = useNumber();
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption>{total > errors.length ? t('imports.errorsShown', { shown: errors.length, total }) : t('imports.errorsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.row')}</th>
            <th scope="col">{t('imports.field')}</th>
            <th scope="col">{t('imports.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.slice(0, ERRORS_SHOWN).map((error, index) => (
            <tr key={`${error.row}-${error.field}-${index}`}>
              <td>{n(error.row)}</td>
              <td>{t(`imports.fields.${error.field}`, { defaultValue: error.field })}</td>
              <td>{fieldIssueText(t, { field: error.field, code: error.code, params: {}, message: error.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewStep({ imp, onStarted, onBack }: { imp: CsvImport; onStarted: (imp: CsvImport) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const n = useNumber();
  const form = useForm<{ mode: ImportMode }>({ defaultValues: { mode: 'all_or_nothing' } });
  const run = useMutation({ mutationFn: (mode: ImportMode) => runImport(imp.id, mode), onSuccess: (answer) => onStarted(answer.import) });
  const invalid = imp.invalid_count ?? 0;
  const valid = imp.valid_count ?? 0;
  const mode = form.watch('mode');
  const nothingToDo = valid === 0 || (invalid > 0 && mode === 'all_or_nothing');
  return (
    <form onSubmit={form.handleSubmit((values) => run.mutate(values.mode))} noValidate>
      <p role="status">{t('imports.counts', { valid: n(valid), invalid: n(invalid) })}</p>
      {invalid > 0 ? <ErrorTable errors={imp.errors} total={imp.error_count} /> : <Notice tone="success">{t('imports.allValid')}</Notice>}
      <fieldset className="admin-import-modes">
        <legend>{t('imports.modeLegend')}</legend>
        <label className="ui-radio">
          <input type="radio" value="all_or_nothing" {...form.register('mode')} /> {t('imports.modes.all_or_nothing')}
        </label>
        <label className="ui-radio">
          <input type="radio" value="valid_rows" {...form.register('mode')} /> {t('imports.modes.valid_rows', { count: valid, formatted: n(valid) })}
        </label>
      </fieldset>
      {nothingToDo && invalid > 0 && mode === 'all_or_nothing' ? <Notice tone="warning">{t('imports.wouldFail')}</Notice> : null}
      <FormAlert message={run.isError ? errorMessage(t, run.error) : undefined} />
      <div className="ui-button-row admin-import-actions">
        <Button onClick={onBack}>{t('imports.back')}</Button>
        <Button type="submit" variant="primary" busy={run.isPending}>
          {t('imports.start')}
        </Button>
      </div>
    </form>
  );
}

function RunStep({ imp, error, onClose, onRetry }: { imp: CsvImport; error: unknown; onClose: () => void; onRetry: () => void }) {
  const { t } = useTranslation();
  const n = useNumber();
  const total = imp.progress?.total || imp.row_count;
  const done = imp.progress?.done ?? 0;
  return (
    <>
      {isRunning(imp) ? (
        <ProgressBar label={t('imports.progress')} value={done} max={total} valueText={t('imports.progressText', { done: n(done), total: n(total), percent: imp.progress?.percent ?? 0 })} />
      ) : null}
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      {imp.status === 'succeeded' && imp.result ? (
        <>
          <ProgressBar label={t('imports.progress')} value={total} max={total} valueText={t('imports.progressText', { done: n(total), total: n(total), percent: 100 })} />
          <Notice tone="success">
            {t('imports.result', { created: n(imp.result.created), updated: n(imp.result.updated), skipped: n(imp.result.skipped) })}
          </Notice>
        </>
      ) : null}
      {imp.status === 'failed' ? (
        <>
          <Notice tone="danger">{t('imports.failed')}</Notice>
          <ErrorTable errors={imp.errors} total={imp.error_count} />
        </>
      ) : null}
      <div className="ui-button-row admin-import-actions">
        {imp.status === 'failed' ? <Button onClick={onRetry}>{t('imports.retry')}</Button> : null}
        <Button variant="primary" onClick={onClose} disabled={isRunning(imp)}>
          {imp.status === 'succeeded' ? t('imports.showList') : t('common.close')}
        </Button>
      </div>
    </>
  );
}
