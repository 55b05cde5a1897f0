import { percentToMillipercent, quantityFromMilli, quantityToMilli } from '../../../../contract/units.ts';
import type { TFunction } from 'i18next';
import { computeDocumentAmounts, type DocumentAmounts, type LineAmountsInput } from '../../../../contract/document-totals.ts';
import { formatDecimalInput, parseDecimal, parseMoneyInput, type ParsedDecimal } from '../../../ui/billing-format.ts';
import { currencyExponent } from '../../../ui/format.ts';
import type { CatalogueItem, CatalogueTax, DocumentLine, LineInput } from './queries.ts';

/** A line as the editor holds it: the text of each field as typed; integers are derived from it. */
export interface LineDraft {
  key: string;
  item_id: string | null;
  name: string;
  description: string;
  unit: string;
  quantity: string;
  rate: string;
  discount_type: 'none' | 'percent' | 'amount';
  discount: string;
  tax_id: string;
}

let nextKey = 1;
const newKey = () => `line-${nextKey++}`;

export function blankLine(locale: string): LineDraft {
  return { key: newKey(), item_id: null, name: '', description: '', unit: '', quantity: formatDecimalInput(1000, 3, locale, true), rate: '', discount_type: 'none', discount: '', tax_id: '' };
}

/** The lines with one line changed; an updater (`setLines((current) => updateLine(current, …))`) keeps quick edits. */
export function updateLine(lines: LineDraft[], key: string, patch: Partial<Omit<LineDraft, 'key'>>): LineDraft[] {
  return lines.map((line) => (line.key === key ? { ...line, ...patch } : line));
}

/** The lines without one; the last line stays, a document needs one. */
export function removeLine(lines: LineDraft[], key: string): LineDraft[] {
  return lines.length > 1 ? lines.filter((line) => line.key !== key) : lines;
}

export function addLine(lines: LineDraft[], locale: string): LineDraft[] {
  return [...lines, blankLine(locale)];
}

export function lineFromItem(line: LineDraft, item: CatalogueItem, currency: string, locale: string): LineDraft {
  return {
    ...line,
    item_id: item.id,
    name: item.name,
    description: item.description ?? '',
    unit: item.unit ?? '',
    rate: item.currency === currency ? formatDecimalInput(item.rate_minor, currencyExponent(currency), locale) : line.rate,
    tax_id: item.tax_id ?? '',
  };
}

export function lineFromDocument(line: DocumentLine, currency: string, locale: string): LineDraft {
  return {
    key: newKey(),
    item_id: line.item_id,
    name: line.name,
    description: line.description ?? '',
    unit: line.unit ?? '',
    quantity: formatDecimalInput(quantityToMilli(line.quantity), 3, locale, true),
    rate: formatDecimalInput(line.rate_minor, currencyExponent(currency), locale),
    discount_type: line.discount_type ?? 'none',
    discount:
      line.discount_type === 'percent'
        ? formatDecimalInput(Math.round((line.discount_percent ?? 0) * 100), 2, locale, true)
        : line.discount_type === 'amount'
          ? formatDecimalInput(line.discount_amount_minor ?? 0, currencyExponent(currency), locale)
          : '',
    tax_id: line.tax_id ?? '',
  };
}

export interface ParsedLine {
  quantity: ParsedDecimal;
  rate: ParsedDecimal;
  discount: ParsedDecimal | undefined;
}

export function parseLine(line: LineDraft, currency: string, locale: string): ParsedLine {
  const discount =
    line.discount_type === 'percent'
      ? parseDecimal(line.discount, 2, locale)
      : line.discount_type === 'amount'
        ? parseMoneyInput(line.discount, currency, locale)
        : undefined;
  return { quantity: parseDecimal(line.quantity, 3, locale), rate: parseMoneyInput(line.rate, currency, locale), discount };
}

/** A sentence for a field that can't be read as a number, or undefined when it can. */
export function decimalError(parsed: ParsedDecimal | undefined, t: TFunction, places: number): string | undefined {
  if (!parsed || parsed.ok) return undefined;
  if (parsed.reason === 'empty') return t('lines.errors.required');
  if (parsed.reason === 'too_many_decimals') return t('lines.errors.decimals', { count: places });
  if (parsed.reason === 'too_large') return t('lines.errors.tooLarge');
  return t('lines.errors.number');
}

const valueOf = (parsed: ParsedDecimal | undefined) => (parsed?.ok ? parsed.value : 0);

/** The live preview: the same function the server uses, on what the lines say now. */
export function previewAmounts(lines: LineDraft[], taxes: CatalogueTax[], currency: string, locale: string): DocumentAmounts | undefined {
  const inputs: LineAmountsInput[] = lines.map((line) => {
    const parsed = parseLine(line, currency, locale);
    const tax = taxes.find((candidate) => candidate.id === line.tax_id);
    return {
      quantity_milli: valueOf(parsed.quantity),
      rate_minor: valueOf(parsed.rate),
      discount_type: line.discount_type === 'none' ? null : line.discount_type,
      discount_value: line.discount_type === 'percent' ? Math.min(valueOf(parsed.discount), 10_000) : valueOf(parsed.discount),
      tax_rate_millipercent: tax ? percentToMillipercent(tax.rate_percent) : 0,
    };
  });
  try {
    return computeDocumentAmounts(inputs);
  } catch {
    return undefined;
  }
}

/** The lines for the API, or undefined while one of them can't be read. */
export function toLineInputs(lines: LineDraft[], currency: string, locale: string): LineInput[] | undefined {
  const result: LineInput[] = [];
  for (const line of lines) {
    const parsed = parseLine(line, currency, locale);
    if (!line.name.trim() || !parsed.quantity.ok || parsed.quantity.value <= 0 || !parsed.rate.ok) return undefined;
    if (parsed.discount && !parsed.discount.ok) return undefined;
    const discountValue = parsed.discount?.ok ? parsed.discount.value : 0;
    if (line.discount_type === 'percent' && discountValue > 10_000) return undefined;
    result.push({
      item_id: line.item_id,
      name: line.name.trim(),
      description: line.description.trim() || null,
      unit: line.unit.trim() || null,
      // Thousandths → the decimal the API takes (at most three places, exact in JSON).
      quantity: quantityFromMilli(parsed.quantity.value),
      rate_minor: parsed.rate.value,
      discount: line.discount_type === 'percent' ? { type: 'percent', percent: discountValue / 100 } : line.discount_type === 'amount' ? { type: 'amount', amount_minor: discountValue } : null,
      tax_id: line.tax_id || null,
    });
  }
  return result;
}
