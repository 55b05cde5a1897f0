import { useTranslation } from 'react-i18next';
import { Button, Select, TextInput } from '../../../ui/components/index.ts';
import { formatPercent } from '../../../ui/billing-format.ts';
import { currencyExponent, formatMoney } from '../../../ui/format.ts';
import type { DocumentAmounts } from '../../../../contract/document-totals.ts';
import { addLine, decimalError, lineFromItem, parseLine, removeLine, updateLine, type LineDraft } from './line-state.ts';
import type { CatalogueItem, CatalogueTax } from './queries.ts';

interface LineEditorProps {
  lines: LineDraft[];
  /** Takes an updater, so that quick successive edits never work on a stale list. */
  onChange: (update: (current: LineDraft[]) => LineDraft[]) => void;
  items: CatalogueItem[];
  taxes: CatalogueTax[];
  currency: string;
  amounts: DocumentAmounts | undefined;
  /** Show every field's problem (after a submit attempt), not only those left. */
  showErrors: boolean;
  /** What the server refused in a line's field, if it did (`lines.0.tax_id`). */
  serverError?: (index: number, field: keyof LineDraft) => string | undefined;
}

/** The lines of a document: item picker, quantity, rate, discount and tax, each line's total live. */
export function LineEditor({ lines, onChange, items, taxes, currency, amounts, showErrors, serverError = () => undefined }: LineEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const exponent = currencyExponent(currency);
  const update = (key: string, patch: Partial<LineDraft>) => onChange((current) => updateLine(current, key, patch));
  const usableItems = items.filter((item) => !item.archived && item.currency === currency);
  const activeTaxes = taxes.filter((tax) => !tax.archived || lines.some((line) => line.tax_id === tax.id));

  return (
    <section className="admin-lines" aria-labelledby="lines-heading">
      <h2 id="lines-heading">{t('lines.title')}</h2>
      {lines.map((line, index) => {
        const parsed = parseLine(line, currency, locale);
        const total = amounts?.lines[index]?.total_minor;
        const error = (field: 'quantity' | 'rate' | 'discount', places: number) => (showErrors || line.name ? decimalError(parsed[field], t, places) : undefined) ?? serverError(index, field);
        const number = index + 1;
        return (
          <fieldset key={line.key} className="ui-fieldset admin-line">
            <legend>{t('lines.line', { number })}</legend>
            <div className="admin-line__grid">
              <Select
                label={t('lines.item')}
                value={line.item_id ?? ''}
                fieldClassName="admin-line__item"
                onChange={(event) => {
                  const item = usableItems.find((candidate) => candidate.id === event.target.value);
                  update(line.key, item ? lineFromItem(line, item, currency, locale) : { item_id: null });
                }}
                options={[{ value: '', label: t('lines.noItem') }, ...usableItems.map((item) => ({ value: item.id, label: item.sku ? `${item.name} (${item.sku})` : item.name }))]}
              />
              <TextInput label={t('lines.name')} required value={line.name} fieldClassName="admin-line__name" onChange={(e) => update(line.key, { name: e.target.value })} error={showErrors && !line.name.trim() ? t('lines.errors.required') : serverError(index, 'name')} />
              <TextInput label={t('lines.description')} value={line.description} fieldClassName="admin-line__description" onChange={(e) => update(line.key, { description: e.target.value })} error={serverError(index, 'description')} />
              <TextInput label={t('lines.quantity')} inputMode="decimal" required value={line.quantity} onChange={(e) => update(line.key, { quantity: e.target.value })} error={error('quantity', 3)} hint={t('lines.quantityHint')} />
              <TextInput label={t('lines.unit')} value={line.unit} onChange={(e) => update(line.key, { unit: e.target.value })} error={serverError(index, 'unit')} />
              <TextInput label={t('lines.rate', { currency })} inputMode="decimal" required value={line.rate} onChange={(e) => update(line.key, { rate: e.target.value })} error={error('rate', exponent)} />
              <Select
                label={t('lines.discountType')}
                value={line.discount_type}
                onChange={(e) => update(line.key, { discount_type: e.target.value as LineDraft['discount_type'], discount: '' })}
                options={[
                  { value: 'none', label: t('lines.discountNone') },
                  { value: 'percent', label: t('lines.discountPercent') },
                  { value: 'amount', label: t('lines.discountAmount', { currency }) },
                ]}
              />
              {line.discount_type === 'none' ? null : (
                <TextInput
                  label={line.discount_type === 'percent' ? t('lines.discountPercentValue') : t('lines.discountAmountValue', { currency })}
                  inputMode="decimal"
                  value={line.discount}
                  onChange={(e) => update(line.key, { discount: e.target.value })}
                  error={error('discount', line.discount_type === 'percent' ? 2 : exponent) ?? (line.discount_type === 'percent' && parsed.discount?.ok && parsed.discount.value > 10_000 ? t('lines.errors.percent') : undefined)}
                />
              )}
              <Select
                label={t('lines.tax')}
                value={line.tax_id}
                onChange={(e) => update(line.key, { tax_id: e.target.value })}
                error={serverError(index, 'tax_id')}
                options={[{ value: '', label: t('lines.noTax') }, ...activeTaxes.map((tax) => ({ value: tax.id, label: `${tax.name} (${formatPercent(tax.rate_percent, locale)})` }))]}
              />
            </div>
            <div className="admin-line__footer">
              <p className="admin-line__total">
                {t('lines.lineTotal')}: <strong>{total === undefined ? '—' : formatMoney(total, currency, locale)}</strong>
              </p>
              {lines.length > 1 ? (
                <Button size="small" variant="ghost" onClick={() => onChange((current) => removeLine(current, line.key))} aria-label={t('lines.removeNamed', { number })}>
                  {t('lines.remove')}
                </Button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <Button onClick={() => onChange((current) => addLine(current, locale))}>{t('lines.add')}</Button>
    </section>
  );
}
