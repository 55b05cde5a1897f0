import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalAmount } from '../../../contract/money.ts';
import { booleanOf, headersKey, mappingProblem, minorUnitsOf, quantityMilliOf, suggestMapping } from './csv-import.ts';

describe('CSV import rules', () => {
  it('reads decimal prices as exact minor units, never through a float', () => {
    expect(minorUnitsOf('12.50', 'EUR')).toBe(1250);
    expect(minorUnitsOf('12,5', 'EUR')).toBe(1250);
    expect(minorUnitsOf('0.10', 'USD')).toBe(10);
    expect(minorUnitsOf('1234', 'JPY')).toBe(1234);
    expect(minorUnitsOf('1.5', 'JPY')).toBeUndefined();
    expect(minorUnitsOf('1.234', 'EUR')).toBeUndefined();
    expect(minorUnitsOf('1.234', 'KWD')).toBe(1234);
    expect(minorUnitsOf('1e3', 'EUR')).toBeUndefined();
    expect(minorUnitsOf('12.50', 'XXX1')).toBeUndefined();
    expect(minorUnitsOf('-0.05', 'EUR')).toBe(-5);
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('EUR', 'JPY', 'KWD'), (minor, currency) => {
        expect(minorUnitsOf(decimalAmount(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it('suggests a mapping from field names first, then localised header names, each header once', () => {
    expect(suggestMapping('customers', ['Name', 'E-Mail', 'Währung', 'USt-IdNr', 'PLZ', 'Ort'])).toEqual({
      display_name: 'Name',
      email: 'E-Mail',
      currency: 'Währung',
      tax_number: 'USt-IdNr',
      billing_postal_code: 'PLZ',
      billing_city: 'Ort',
    });
    expect(suggestMapping('customers', ['display_name', 'Name', 'external_id'])).toEqual({ display_name: 'display_name', external_id: 'external_id' });
    expect(suggestMapping('items', ['品名', '単価', '通貨'])).toEqual({ name: '品名', unit_price: '単価', currency: '通貨' });
    expect(suggestMapping('contact_persons', ['Prénom', 'Nom', 'Client'])).toEqual({ first_name: 'Prénom', last_name: 'Nom', customer: 'Client' });
  });

  it('finds what a mapping lacks', () => {
    expect(mappingProblem('items', ['Name', 'Price'], { name: 'Name', unit_price: 'Price' })).toMatchObject({ field: 'mapping.currency', code: 'required' });
    expect(mappingProblem('contact_persons', ['First'], { first_name: 'First' })).toMatchObject({ field: 'mapping.customer', code: 'required' });
    expect(mappingProblem('customers', ['Name'], { display_name: 'Name' })).toBeUndefined();
  });

  it('reads yes and no in the five languages and keys headers without case', () => {
    expect(['yes', 'Ja', 'oui', 'sí', 'はい', '1', 'x'].map(booleanOf)).toEqual([true, true, true, true, true, true, true]);
    expect(['no', 'Nein', 'non', 'いいえ', '0'].map(booleanOf)).toEqual([false, false, false, false, false]);
    expect(booleanOf('maybe')).toBeUndefined();
    expect(headersKey(['Name ', 'EMAIL'])).toBe(headersKey(['name', 'email']));
  });

  it('reads break quantities as exact thousandths', () => {
    expect(quantityMilliOf('10')).toBe(10_000);
    expect(quantityMilliOf('2,5')).toBe(2500);
    expect(quantityMilliOf('0.125')).toBe(125);
    expect(quantityMilliOf('0.1255')).toBeUndefined();
    expect(quantityMilliOf('-1')).toBeUndefined();
    expect(quantityMilliOf('1e3')).toBeUndefined();
    expect(quantityMilliOf('1000001')).toBeUndefined();
  });

  it('asks a price lists mapping for the list and the item', () => {
    const headers = ['List', 'SKU', 'Rate'];
    expect(mappingProblem('price_lists', headers, { item_sku: 'SKU', rate: 'Rate' })).toMatchObject({ field: 'mapping.price_list', code: 'required' });
    expect(mappingProblem('price_lists', headers, { price_list: 'List', rate: 'Rate' })).toMatchObject({ field: 'mapping.item_sku', code: 'required' });
    expect(mappingProblem('price_lists', headers, { price_list: 'List', item_sku: 'SKU', rate: 'Rate' })).toBeUndefined();
    expect(suggestMapping('price_lists', ['Preisliste', 'Artikelnummer', 'Mindestmenge', 'Preis'])).toEqual({ price_list: 'Preisliste', item_sku: 'Artikelnummer', min_quantity: 'Mindestmenge', rate: 'Preis' });
  });
});
