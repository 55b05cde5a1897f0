import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalAmount } from '../../../contract/money.ts';
import { booleanOf, dateOfCell, headersKey, mappingProblem, minorUnitsOf, openInvoiceAmounts, quantityMilliOf, suggestMapping } from './csv-import.ts';

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

  it('suggests an open invoices mapping from headers in the five languages and asks for the customer', () => {
    expect(suggestMapping('open_invoices', ['Kunde', 'Rechnungsnummer', 'Rechnungsdatum', 'Fällig am', 'Betrag', 'Offener Betrag'])).toEqual({
      customer: 'Kunde',
      number: 'Rechnungsnummer',
      issue_date: 'Rechnungsdatum',
      due_date: 'Fällig am',
      total: 'Betrag',
      balance: 'Offener Betrag',
    });
    expect(suggestMapping('open_invoices', ['Numéro client', 'Numéro de facture', 'Date de facture', "Date d'échéance", 'Montant', 'Solde'])).toEqual({
      customer_external_id: 'Numéro client',
      number: 'Numéro de facture',
      issue_date: 'Date de facture',
      due_date: "Date d'échéance",
      total: 'Montant',
      balance: 'Solde',
    });
    expect(suggestMapping('open_invoices', ['Cliente', 'Número de factura', 'Fecha', 'Vencimiento', 'Importe', 'Pendiente'])).toMatchObject({ customer: 'Cliente', number: 'Número de factura', issue_date: 'Fecha', due_date: 'Vencimiento', total: 'Importe', balance: 'Pendiente' });
    expect(suggestMapping('open_invoices', ['顧客名', '請求書番号', '請求日', '支払期限', '請求額', '残高'])).toEqual({ customer: '顧客名', number: '請求書番号', issue_date: '請求日', due_date: '支払期限', total: '請求額', balance: '残高' });
    expect(suggestMapping('open_invoices', ['Customer email', 'Invoice number', 'Invoice date', 'Amount'])).toEqual({ customer_email: 'Customer email', number: 'Invoice number', issue_date: 'Invoice date', total: 'Amount' });
    const headers = ['No', 'Date', 'Total', 'Who'];
    expect(mappingProblem('open_invoices', headers, { number: 'No', issue_date: 'Date', total: 'Total' })).toMatchObject({ field: 'mapping.customer', code: 'required' });
    expect(mappingProblem('open_invoices', headers, { customer: 'Who', issue_date: 'Date', total: 'Total' })).toMatchObject({ field: 'mapping.number', code: 'required' });
    expect(mappingProblem('open_invoices', headers, { customer: 'Who', number: 'No', issue_date: 'Date', total: 'Total' })).toBeUndefined();
  });

  it('reads ISO and day-first dotted dates, refuses slashed day/month dates and days that do not exist', () => {
    expect(dateOfCell('2026-03-31')).toBe('2026-03-31');
    expect(dateOfCell('2026/3/1')).toBe('2026-03-01');
    expect(dateOfCell('31.03.2026')).toBe('2026-03-31');
    expect(dateOfCell('1.2.2026')).toBe('2026-02-01');
    expect(dateOfCell('03/04/2026')).toBeUndefined();
    expect(dateOfCell('2026-02-29')).toBeUndefined();
    expect(dateOfCell('2028-02-29')).toBe('2028-02-29');
    expect(dateOfCell('2026-13-01')).toBeUndefined();
    expect(dateOfCell('yesterday')).toBeUndefined();
  });

  it('takes an open balance above zero and at most the total; what was paid is the rest', () => {
    expect(openInvoiceAmounts(10_000, undefined)).toEqual({ balanceMinor: 10_000, paidMinor: 0, status: 'sent' });
    expect(openInvoiceAmounts(10_000, 4000)).toEqual({ balanceMinor: 4000, paidMinor: 6000, status: 'partially_paid' });
    expect(openInvoiceAmounts(10_000, 10_000)).toEqual({ balanceMinor: 10_000, paidMinor: 0, status: 'sent' });
    expect(openInvoiceAmounts(10_000, 10_001)).toMatchObject({ field: 'balance', code: 'too_big' });
    expect(openInvoiceAmounts(10_000, 0)).toMatchObject({ field: 'balance', code: 'too_small' });
    expect(openInvoiceAmounts(10_000, -5)).toMatchObject({ field: 'balance', code: 'too_small' });
    expect(openInvoiceAmounts(0, undefined)).toMatchObject({ field: 'total', code: 'too_small' });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (total, balance) => {
        const amounts = openInvoiceAmounts(total, balance);
        if (balance > total) expect(amounts).toMatchObject({ field: 'balance' });
        else expect(amounts).toEqual({ balanceMinor: balance, paidMinor: total - balance, status: balance < total ? 'partially_paid' : 'sent' });
      }),
    );
  });
});
