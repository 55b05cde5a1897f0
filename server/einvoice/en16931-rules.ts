/**
 * Key EN 16931 business rules checked on a UBL e-invoice (tests only: no JavaScript Schematron validator
 * exists). Amounts are compared exactly, in minor units of the document currency.
 *
 *   BR-01…BR-16   mandatory fields: specification id, number, issue date, type, currency, seller and buyer
 *                 names, postal addresses and country codes, the four totals and at least one line
 *   BR-CO-10      Σ line net amounts = LineExtensionAmount
 *   BR-CO-13      TaxExclusiveAmount = LineExtensionAmount − AllowanceTotalAmount + ChargeTotalAmount
 *   BR-CO-14      TaxTotal/TaxAmount = Σ VAT breakdown tax amounts
 *   BR-CO-15      TaxInclusiveAmount = TaxExclusiveAmount + TaxTotal/TaxAmount
 *   BR-CO-16      PayableAmount = TaxInclusiveAmount − PrepaidAmount + PayableRoundingAmount
 *   BR-S-08 (and the same rule for every category): each breakdown's taxable amount = Σ net amounts of the
 *                 lines of its category and rate; one breakdown per category and rate (BR-S-01 family)
 *   BR-S-02       a standard-rated invoice names the seller's VAT identifier
 *   BR-E-10 / BR-AE-10 … exempt categories give an exemption reason
 */
import { JSDOM } from 'jsdom';
import { currencyExponent } from '../../contract/money.ts';

const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';

function children(parent: Element, namespace: string, name: string): Element[] {
  return [...parent.children].filter((child) => child.namespaceURI === namespace && child.localName === name);
}
function child(parent: Element | undefined, namespace: string, name: string): Element | undefined {
  return parent ? children(parent, namespace, name)[0] : undefined;
}
const cbc = (parent: Element | undefined, name: string) => child(parent, CBC, name);
const cac = (parent: Element | undefined, name: string) => child(parent, CAC, name);
const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';

/** "1234.56" → 123456n with 2 digits; refuses more digits than the currency has. */
export function toMinor(value: string, exponent: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new Error(`not an amount: ${value}`);
  const fraction = match[3] ?? '';
  if (fraction.length > exponent) throw new Error(`${value} has more than ${exponent} decimals`);
  const minor = BigInt(match[2]! + fraction.padEnd(exponent, '0'));
  return match[1] ? -minor : minor;
}

export interface UblFigures {
  currency: string;
  lineExtension: bigint;
  taxExclusive: bigint;
  taxInclusive: bigint;
  tax: bigint;
  prepaid: bigint;
  payable: bigint;
}

export interface RuleReport {
  violations: string[];
  figures: UblFigures;
}

/** The rules above that the UBL document breaks (an empty list: none), and its totals in minor units. */
export function checkEn16931(xml: string): RuleReport {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const root = document.documentElement;
  const violations: string[] = [];
  const fail = (rule: string, condition: boolean) => {
    if (!condition) violations.push(rule);
  };
  const credit = root.localName === 'CreditNote';
  const currency = text(cbc(root, 'DocumentCurrencyCode'));
  const exponent = currencyExponent(currency || 'EUR');
  const amount = (element: Element | undefined) => (element ? toMinor(text(element), exponent) : 0n);

  fail('BR-01', text(cbc(root, 'CustomizationID')) !== '');
  fail('BR-02', text(cbc(root, 'ID')) !== '');
  fail('BR-03', /^\d{4}-\d{2}-\d{2}$/.test(text(cbc(root, 'IssueDate'))));
  fail('BR-04', text(cbc(root, credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode')) !== '');
  fail('BR-05', currency !== '');
  const seller = cac(cac(root, 'AccountingSupplierParty'), 'Party');
  const buyer = cac(cac(root, 'AccountingCustomerParty'), 'Party');
  fail('BR-06', text(cbc(cac(seller, 'PartyLegalEntity'), 'RegistrationName')) !== '');
  fail('BR-07', text(cbc(cac(buyer, 'PartyLegalEntity'), 'RegistrationName')) !== '');
  fail('BR-08', cac(seller, 'PostalAddress') !== undefined);
  fail('BR-09', /^[A-Z]{2}$/.test(text(cbc(cac(cac(seller, 'PostalAddress'), 'Country'), 'IdentificationCode'))));
  fail('BR-10', cac(buyer, 'PostalAddress') !== undefined);
  fail('BR-11', /^[A-Z]{2}$/.test(text(cbc(cac(cac(buyer, 'PostalAddress'), 'Country'), 'IdentificationCode'))));
  const totals = cac(root, 'LegalMonetaryTotal');
  fail('BR-12', cbc(totals, 'LineExtensionAmount') !== undefined);
  fail('BR-13', cbc(totals, 'TaxExclusiveAmount') !== undefined);
  fail('BR-14', cbc(totals, 'TaxInclusiveAmount') !== undefined);
  fail('BR-15', cbc(totals, 'PayableAmount') !== undefined);
  const lines = children(root, CAC, credit ? 'CreditNoteLine' : 'InvoiceLine');
  fail('BR-16', lines.length > 0);

  const lineExtension = amount(cbc(totals, 'LineExtensionAmount'));
  const taxExclusive = amount(cbc(totals, 'TaxExclusiveAmount'));
  const taxInclusive = amount(cbc(totals, 'TaxInclusiveAmount'));
  const prepaid = amount(cbc(totals, 'PrepaidAmount'));
  const payable = amount(cbc(totals, 'PayableAmount'));
  const taxTotal = cac(root, 'TaxTotal');
  const tax = amount(cbc(taxTotal, 'TaxAmount'));

  fail('BR-CO-10', lines.reduce((sum, line) => sum + amount(cbc(line, 'LineExtensionAmount')), 0n) === lineExtension);
  fail('BR-CO-13', taxExclusive === lineExtension - amount(cbc(totals, 'AllowanceTotalAmount')) + amount(cbc(totals, 'ChargeTotalAmount')));
  const subtotals = taxTotal ? children(taxTotal, CAC, 'TaxSubtotal') : [];
  fail('BR-CO-14', subtotals.reduce((sum, row) => sum + amount(cbc(row, 'TaxAmount')), 0n) === tax);
  fail('BR-CO-15', taxInclusive === taxExclusive + tax);
  fail('BR-CO-16', payable === taxInclusive - prepaid + amount(cbc(totals, 'PayableRoundingAmount')));

  const netByCategory = new Map<string, bigint>();
  for (const line of lines) {
    const category = cac(cac(line, 'Item'), 'ClassifiedTaxCategory');
    const key = `${text(cbc(category, 'ID'))}:${Number(text(cbc(category, 'Percent')) || '0')}`;
    netByCategory.set(key, (netByCategory.get(key) ?? 0n) + amount(cbc(line, 'LineExtensionAmount')));
  }
  const breakdownKeys = new Set<string>();
  for (const row of subtotals) {
    const category = cac(row, 'TaxCategory');
    const id = text(cbc(category, 'ID'));
    const key = `${id}:${Number(text(cbc(category, 'Percent')) || '0')}`;
    fail(`BR-${id}-01`, !breakdownKeys.has(key));
    breakdownKeys.add(key);
    fail(`BR-${id}-08`, netByCategory.get(key) === amount(cbc(row, 'TaxableAmount')));
    if (['E', 'AE', 'K', 'G', 'O'].includes(id)) fail(`BR-${id}-10`, text(cbc(category, 'TaxExemptionReason')) !== '');
  }
  for (const key of netByCategory.keys()) fail(`BR-${key.split(':')[0]}-01`, breakdownKeys.has(key));
  if ([...breakdownKeys].some((key) => key.startsWith('S:'))) {
    fail('BR-S-02', text(cbc(cac(seller, 'PartyTaxScheme'), 'CompanyID')) !== '');
  }
  return { violations, figures: { currency, lineExtension, taxExclusive, taxInclusive, tax, prepaid, payable } };
}
