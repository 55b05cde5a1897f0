import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button, Notice, TextArea, TextInput, useToast } from '../../../ui/components/index.ts';
import type { BillingDocument, DocumentInput, Item, Tax } from '../../lib/billing-types.ts';
import { api } from '../../lib/client.ts';
import { todayLocal, type KindConfig } from '../../lib/document-kinds.ts';
import { errorMessage, fieldError } from '../../lib/errors.ts';
import type { CustomerSummary } from '../../lib/types.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { LineEditor } from './LineEditor.tsx';
import { blankLine, lineFromDocument, previewAmounts, toLineInputs, type LineDraft } from './line-state.ts';
import { TotalsPreview } from './TotalsPreview.tsx';

interface DocumentFormProps {
  config: KindConfig;
  taxes: Tax[];
  items: Item[];
  /** The document being edited; undefined for a new one. */
  document: BillingDocument | undefined;
  initialCustomer: CustomerSummary | undefined;
}

export function DocumentForm({ config, taxes, items, document, initialCustomer }: DocumentFormProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const navigate = useNavigate();
  const toast = useToast();
  const [customer, setCustomer] = useState<CustomerSummary | undefined>(initialCustomer);
  const [issueDate, setIssueDate] = useState(document?.issue_date ?? todayLocal());
  const [dueDate, setDueDate] = useState(document?.due_date ?? '');
  const [expiryDate, setExpiryDate] = useState(document?.expiry_date ?? '');
  const [reference, setReference] = useState(document?.reference ?? '');
  const [notes, setNotes] = useState(document?.notes ?? '');
  const [terms, setTerms] = useState(document?.terms ?? '');
  const currency = document?.currency ?? customer?.currency ?? 'USD';
  const [lines, setLines] = useState<LineDraft[]>(() => (document ? document.lines.map((line) => lineFromDocument(line, document.currency, locale)) : [blankLine(locale)]));
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const amounts = useMemo(() => previewAmounts(lines, taxes, currency, locale), [lines, taxes, currency, locale]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    const lineInputs = toLineInputs(lines, currency, locale);
    if (!lineInputs || (!document && !customer)) return;
    const body: DocumentInput = {
      issue_date: issueDate,
      reference: reference.trim() || null,
      notes: notes.trim() || null,
      terms: terms.trim() || null,
      lines: lineInputs,
      ...(config.hasDueDate ? { due_date: dueDate || null } : {}),
      ...(config.hasExpiryDate ? { expiry_date: expiryDate || null } : {}),
    };
    if (config.hasDueDate && !dueDate && !document) delete body.due_date;
    setBusy(true);
    setError(undefined);
    try {
      // The version the form was opened on: a document changed since is refused, not overwritten.
      const saved = document
        ? await api.patch<BillingDocument>(`/${config.path}/${document.id}`, { ...body, version: document.version })
        : await api.post<BillingDocument>(`/${config.path}`, { ...body, customer_id: customer?.id });
      toast.show(t('documents.saved', { number: saved.number }));
      void navigate(`/${config.path}/${saved.id}`);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const invalidLines = showErrors && !toLineInputs(lines, currency, locale);
  return (
    <form className="admin-form admin-document-form" onSubmit={(event) => void submit(event)} noValidate>
      {error ? <Notice tone="danger">{errorMessage(t, error)}</Notice> : null}
      <fieldset className="ui-fieldset">
        <legend>{t('documents.details')}</legend>
        {document ? (
          <p>
            <span className="ui-field__label">{t('picker.customer')}</span>: {document.customer.display_name} · {document.currency}
          </p>
        ) : (
          <CustomerPicker value={customer} onChange={setCustomer} required error={showErrors && !customer ? t('picker.required') : fieldError(error, 'customer_id')} />
        )}
        <div className="ui-grid-3">
          <TextInput type="date" label={t('documents.issueDate')} required value={issueDate} onChange={(e) => setIssueDate(e.target.value)} error={fieldError(error, 'issue_date')} />
          {config.hasDueDate ? (
            <TextInput type="date" label={t('documents.dueDate')} value={dueDate} onChange={(e) => setDueDate(e.target.value)} hint={t('documents.dueDateHint')} error={fieldError(error, 'due_date')} />
          ) : null}
          {config.hasExpiryDate ? (
            <TextInput type="date" label={t('documents.expiryDate')} value={expiryDate} onChange={(e) => setExpiryDate(e.target.value)} error={fieldError(error, 'expiry_date')} />
          ) : null}
          <TextInput label={t('documents.reference')} value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} error={fieldError(error, 'reference')} />
        </div>
      </fieldset>
      <LineEditor lines={lines} onChange={setLines} items={items} taxes={taxes} currency={currency} amounts={amounts} showErrors={showErrors} />
      {invalidLines ? <Notice tone="danger">{t('lines.errors.fix')}</Notice> : null}
      <TotalsPreview totals={amounts} currency={currency} label={t('totals.preview')} />
      <TextArea label={t('documents.notes')} value={notes} rows={3} onChange={(e) => setNotes(e.target.value)} hint={t('documents.notesHint')} />
      <TextArea label={t('documents.terms')} value={terms} rows={3} onChange={(e) => setTerms(e.target.value)} />
      <div className="ui-button-row">
        <Button type="submit" variant="primary" busy={busy}>
          {document ? t('documents.saveChanges') : t('documents.saveDraft')}
        </Button>
        <Link to={document ? `/${config.path}/${document.id}` : `/${config.path}`} className="ui-button ui-button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
