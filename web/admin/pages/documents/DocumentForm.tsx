import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../ui/api/errors.ts';
import { Button, Notice, useToast } from '../../../ui/components/index.ts';
import { FormMessageError } from '../../../ui/errors.tsx';
import { FormTextArea, FormTextInput, useFieldErrorText } from '../../../ui/forms/fields.tsx';
import { formErrorMessage, useServerSubmit, useZodForm } from '../../../ui/forms/useZodForm.ts';
import { useApiMutation } from '../../../ui/query/mutations.ts';
import { adminClient } from '../../lib/client.ts';
import type { KindConfig } from '../../lib/document-kinds.ts';
import { customerKeys } from '../customers/queries.ts';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker.tsx';
import { documentConflictMessage } from './document-conflicts.ts';
import { documentCurrency, documentFieldName, documentFormSchema, documentRequest, editDocumentValues, newDocumentValues, type DocumentRequest } from './document-form.ts';
import { LineEditor } from './LineEditor.tsx';
import { previewAmounts, type LineDraft } from './line-state.ts';
import { documentCollection, documentKeys, ifMatch, type BillingDocument, type CatalogueItem, type CatalogueTax } from './queries.ts';
import { TotalsPreview } from './TotalsPreview.tsx';

interface DocumentFormProps {
  config: KindConfig;
  taxes: CatalogueTax[];
  items: CatalogueItem[];
  /** The document being edited, as the server has it now; undefined for a new one. */
  document: BillingDocument | undefined;
  initialCustomer: PickedCustomer | undefined;
}

export function DocumentForm({ config, taxes, items, document, initialCustomer }: DocumentFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const queryClient = useQueryClient();
  // The version the fields were filled from: the edit is decided on it (If-Match), so a document
  // changed since is refused, not overwritten.
  const [base, setBase] = useState(document);
  const editing = base !== undefined;
  const [defaults] = useState(() => (base ? editDocumentValues(base, locale) : newDocumentValues(initialCustomer, locale)));
  const schema = useMemo(() => documentFormSchema({ editing, locale, documentCurrency: base?.currency }), [editing, locale, base?.currency]);
  const form = useZodForm(schema, { defaultValues: defaults });
  const customer = form.watch('customer');
  const lines = form.watch('lines');
  const currency = documentCurrency(base, customer);
  const context = { editing, currency, locale };
  const amounts = useMemo(() => previewAmounts(lines, taxes, currency, locale), [lines, taxes, currency, locale]);
  const collection = documentCollection(config.kind);

  const save = useApiMutation({
    mutationFn: (request: DocumentRequest): Promise<BillingDocument> => {
      if (request.kind === 'create') return adminClient.post(collection as '/invoices', { body: request.body });
      if (!base) throw new Error('An edit needs the document it changes');
      return adminClient.patch(`${collection}/{id}` as '/invoices/{id}', { params: { path: { id: base.id } }, headers: ifMatch(base.version), body: request.body });
    },
    invalidates: (saved) => [documentKeys.lists(), documentKeys.detail(saved.id), customerKeys.detail(saved.customer.id)],
  });

  const submit = useServerSubmit(
    form,
    async (values) => {
      const request = documentRequest(values, config, context);
      if (!request) return;
      try {
        const saved = await save.mutateAsync(request);
        toast.show(t('documents.saved', { number: saved.number }));
        void navigate(`/${config.path}/${saved.id}`);
      } catch (error) {
        const conflict = base && documentConflictMessage(t, error);
        if (!conflict) throw error;
        // Fetch the document as it is now; the fields keep what was typed until the person loads it.
        await queryClient.invalidateQueries({ queryKey: documentKeys.detail(base.id) });
        throw new FormMessageError(isApiError(error, 'STALE_VERSION') ? t('documents.editChangedMeanwhile') : conflict);
      }
    },
    { fieldName: documentFieldName },
  );

  const setLines = (update: (current: LineDraft[]) => LineDraft[]) => form.setValue('lines', update(form.getValues('lines')), { shouldValidate: form.formState.isSubmitted });
  const loadLatest = () => {
    if (!document) return;
    setBase(document);
    form.reset(editDocumentValues(document, locale));
  };
  const submitted = form.formState.isSubmitted;
  const error = formErrorMessage(form);
  // Errors of the whole customer and of all lines (not of one of their fields) come from the schema's refinement.
  const customerError = useFieldErrorText(form.formState.errors.customer as FieldError | undefined);
  const linesError = useFieldErrorText(form.formState.errors.lines?.root ?? (form.formState.errors.lines as FieldError | undefined));
  const newer = document && base && document.version !== base.version;
  const lineError = (index: number, field: keyof LineDraft): string | undefined => {
    const issue = form.formState.errors.lines?.[index]?.[field];
    return issue?.type === 'server' ? issue.message : undefined;
  };

  return (
    <form className="admin-form admin-document-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? (
        <Notice tone="danger">
          {error}
          {newer ? (
            <>
              {' '}
              <Button size="small" onClick={loadLatest}>
                {t('documents.loadLatest')}
              </Button>
            </>
          ) : null}
        </Notice>
      ) : null}
      <fieldset className="ui-fieldset">
        <legend>{t('documents.details')}</legend>
        {base ? (
          <p>
            <span className="ui-field__label">{t('picker.customer')}</span>: {base.customer.display_name} · {base.currency}
          </p>
        ) : (
          <CustomerPicker value={customer ?? undefined} onChange={(next) => form.setValue('customer', next ?? null, { shouldValidate: submitted })} required error={customerError} />
        )}
        <div className="ui-grid-3">
          <FormTextInput control={form.control} name="issue_date" type="date" label={t('documents.issueDate')} required />
          {config.hasDueDate ? <FormTextInput control={form.control} name="due_date" type="date" label={t('documents.dueDate')} hint={t('documents.dueDateHint')} /> : null}
          {config.hasExpiryDate ? <FormTextInput control={form.control} name="expiry_date" type="date" label={t('documents.expiryDate')} /> : null}
          <FormTextInput control={form.control} name="reference" label={t('documents.reference')} maxLength={100} />
        </div>
      </fieldset>
      <LineEditor lines={lines} onChange={setLines} items={items} taxes={taxes} currency={currency} amounts={amounts} showErrors={submitted} serverError={lineError} />
      {submitted && linesError ? <Notice tone="danger">{linesError}</Notice> : null}
      <TotalsPreview totals={amounts} currency={currency} label={t('totals.preview')} />
      <FormTextArea control={form.control} name="notes" label={t('documents.notes')} rows={3} hint={t('documents.notesHint')} />
      <FormTextArea control={form.control} name="terms" label={t('documents.terms')} rows={3} />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {base ? t('documents.saveChanges') : t('documents.saveDraft')}
        </Button>
        <Link to={base ? `/${config.path}/${base.id}` : `/${config.path}`} className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
