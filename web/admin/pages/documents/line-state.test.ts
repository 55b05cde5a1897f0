import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CatalogueItem as Item, CatalogueTax as Tax, DocumentLine } from './queries.ts';
import { addLine, blankLine, decimalError, lineFromDocument, lineFromItem, parseLine, previewAmounts, removeLine, toLineInputs, updateLine, type LineDraft } from './line-state.ts';

const vat: Tax = { id: 'tax-vat', name: 'VAT', rate_percent: 19, archived: false, vat_category: null, exemption_reason: null };
const hosting: Item = { id: 'item-1', name: 'Hosting', sku: 'H1', unit: 'month', description: 'Managed hosting', rate_minor: 4_950, currency: 'EUR', tax_id: 'tax-vat', archived: false, category: null, sellable_in_portal: false, allow_backorders: false, track_stock: false, stock: null, images: [], external_id: null, updated_at: '2026-11-30T10:00:00.000Z' };

function line(patch: Partial<LineDraft>, locale = 'en'): LineDraft {
  return { ...blankLine(locale), ...patch };
}

const t = ((key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`)) as unknown as TFunction;

describe('the line editor', () => {
  it('starts a line with a quantity of one in the language’s notation', () => {
    expect(blankLine('en')).toMatchObject({ quantity: '1', rate: '', discount_type: 'none', tax_id: '' });
    expect(blankLine('de').quantity).toBe('1');
    expect(blankLine('en').key).not.toBe(blankLine('en').key);
  });

  it('applies an edit to the current lines, so two quick edits both survive', () => {
    const first = line({ name: 'A' });
    const second = line({ name: 'B' });
    const start = [first, second];
    // Two updaters queued in one event, as React applies them: each sees the other's result.
    const afterBoth = [(lines: LineDraft[]) => updateLine(lines, first.key, { rate: '10' }), (lines: LineDraft[]) => updateLine(lines, second.key, { quantity: '2' })].reduce((lines, edit) => edit(lines), start);
    expect(afterBoth.map((l) => [l.name, l.rate, l.quantity])).toEqual([
      ['A', '10', '1'],
      ['B', '', '2'],
    ]);
    expect(start[0]?.rate).toBe('');
  });

  it('adds lines at the end and removes one by key, never the last one', () => {
    const only = [line({ name: 'A' })];
    const two = addLine(only, 'en');
    expect(two).toHaveLength(2);
    expect(two[0]).toBe(only[0]);
    expect(removeLine(two, two[1]!.key)).toEqual(only);
    expect(removeLine(only, only[0]!.key)).toBe(only);
  });

  it('takes an item’s name, unit, rate and tax when it is in the document’s currency', () => {
    const picked = lineFromItem(line({ rate: '1' }), hosting, 'EUR', 'de');
    expect(picked).toMatchObject({ item_id: 'item-1', name: 'Hosting', unit: 'month', description: 'Managed hosting', rate: '49,50', tax_id: 'tax-vat' });
    // An item priced in another currency keeps the rate that was typed.
    expect(lineFromItem(line({ rate: '1' }), hosting, 'USD', 'en').rate).toBe('1');
  });

  it('reads the typed fields as integers: thousandths of a unit, minor units, hundredths of a percent', () => {
    const parsed = parseLine(line({ quantity: '1,5', rate: '1.234,56', discount_type: 'percent', discount: '12,5' }, 'de'), 'EUR', 'de');
    expect(parsed).toEqual({ quantity: { ok: true, value: 1_500 }, rate: { ok: true, value: 123_456 }, discount: { ok: true, value: 1_250 } });
    const yen = parseLine(line({ quantity: '3', rate: '1,200', discount_type: 'amount', discount: '100' }), 'JPY', 'ja');
    expect(yen.rate).toEqual({ ok: true, value: 1_200 });
    expect(yen.discount).toEqual({ ok: true, value: 100 });
  });

  it('names what is wrong with a field, with the places it allows', () => {
    expect(decimalError({ ok: false, reason: 'empty' }, t, 2)).toBe('lines.errors.required');
    expect(decimalError({ ok: false, reason: 'too_many_decimals' }, t, 0)).toBe('lines.errors.decimals:0');
    expect(decimalError({ ok: false, reason: 'too_large' }, t, 2)).toBe('lines.errors.tooLarge');
    expect(decimalError({ ok: false, reason: 'invalid' }, t, 2)).toBe('lines.errors.number');
    expect(decimalError({ ok: true, value: 5 }, t, 2)).toBeUndefined();
  });

  it('previews totals with the server’s own rounding, per line', () => {
    const lines = [line({ name: 'Hosting', quantity: '3', rate: '33.33', tax_id: 'tax-vat' }), line({ name: 'Setup', quantity: '1', rate: '10', discount_type: 'percent', discount: '10' })];
    const amounts = previewAmounts(lines, [vat], 'EUR', 'en');
    expect(amounts?.lines.map((l) => l.total_minor)).toEqual([11_899, 900]);
    expect(amounts).toMatchObject({ subtotal_minor: 10_999, discount_minor: 100, tax_minor: 1_900, total_minor: 12_799 });
  });

  it('gives the API lines only when every line can be read', () => {
    const good = line({ name: ' Hosting ', quantity: '2,5', rate: '10', discount_type: 'amount', discount: '1,50', tax_id: 'tax-vat', unit: ' h ' }, 'de');
    expect(toLineInputs([good], 'EUR', 'de')).toEqual([
      { item_id: null, name: 'Hosting', description: null, unit: 'h', quantity: 2.5, rate_minor: 1_000, discount: { type: 'amount', amount_minor: 150 }, tax_id: 'tax-vat' },
    ]);
    expect(toLineInputs([good, line({ name: '', rate: '1' })], 'EUR', 'en')).toBeUndefined();
    expect(toLineInputs([line({ name: 'Zero', quantity: '0', rate: '1' })], 'EUR', 'en')).toBeUndefined();
    expect(toLineInputs([line({ name: 'Bad rate', rate: 'ten' })], 'EUR', 'en')).toBeUndefined();
    expect(toLineInputs([line({ name: 'Too much', rate: '1', discount_type: 'percent', discount: '100.01' })], 'EUR', 'en')).toBeUndefined();
    expect(toLineInputs([line({ name: 'Half', rate: '1', discount_type: 'percent', discount: '50' })], 'EUR', 'en')?.[0]?.discount).toEqual({ type: 'percent', percent: 50 });
  });

  it('turns a stored line back into the text it was typed as', () => {
    const stored: DocumentLine = {
      id: 'l1',
      position: 1,
      item_id: 'item-1',
      name: 'Hosting',
      description: null,
      unit: 'month',
      quantity: 1.25,
      rate_minor: 4_950,
      discount_type: 'percent',
      discount_percent: 7.5,
      discount_amount_minor: null,
      tax_id: 'tax-vat',
      tax_name: 'VAT',
      tax_rate_percent: 19,
      gross_minor: 6_188,
      discount_minor: 464,
      tax_minor: 1_088,
      total_minor: 6_812,
    };
    const draft = lineFromDocument(stored, 'EUR', 'de');
    expect(draft).toMatchObject({ quantity: '1,25', rate: '49,50', discount_type: 'percent', discount: '7,5', tax_id: 'tax-vat', description: '' });
    expect(toLineInputs([draft], 'EUR', 'de')?.[0]).toMatchObject({ quantity: 1.25, rate_minor: 4_950, discount: { type: 'percent', percent: 7.5 } });
  });
});
