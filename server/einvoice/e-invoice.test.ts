import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { computeDocumentAmounts, type LineAmountsInput } from '../../contract/document-totals.ts';
import { invoiceView } from '../pdf/pdf-test-fixtures.ts';
import { toCiiXml } from './cii.ts';
import { countryCode, unitCode, vatCategoryOf } from './codes.ts';
import { buildEInvoice, eInvoiceFilename, thousandths, type EInvoiceSource } from './e-invoice.ts';
import { checkEn16931, toMinor } from './en16931-rules.ts';
import { renderFacturXPdf } from './factur-x.ts';
import { PEPPOL_CUSTOMIZATION_ID, PEPPOL_PROFILE_ID, toUblXml } from './ubl.ts';
import { element, renderXml, textElement } from './xml.ts';
import { validateCii, validateUbl } from './xsd-validation.ts';

interface SourceLine extends LineAmountsInput {
  name: string;
  unit: string | null;
  tax_id: string | null;
}

/** A document as the document module stores it: lines and totals from computeDocumentAmounts. */
function source(options: { kind?: 'invoice' | 'credit_note'; currency?: string; lines: SourceLine[]; paidMinor?: number; notes?: string | null; terms?: string | null }): EInvoiceSource {
  const amounts = computeDocumentAmounts(options.lines);
  const total = amounts.total_minor;
  const paid = Math.min(options.paidMinor ?? 0, total);
  return {
    document: {
      kind: options.kind ?? 'invoice',
      number: 'INV-000042',
      currency: options.currency ?? 'EUR',
      issue_date: '2026-11-20',
      due_date: '2026-12-20',
      reference: 'PO-77',
      notes: options.notes ?? null,
      terms: options.terms ?? 'Net 30',
      subtotal_minor: amounts.subtotal_minor,
      discount_minor: amounts.discount_minor,
      tax_minor: amounts.tax_minor,
      total_minor: total,
      balance_minor: total - paid,
    },
    lines: options.lines.map((line, index) => ({
      name: line.name,
      description: null,
      unit: line.unit,
      quantity_milli: line.quantity_milli,
      rate_minor: line.rate_minor,
      tax_id: line.tax_id,
      tax_rate_millipercent: line.tax_rate_millipercent,
      gross_minor: amounts.lines[index]!.gross_minor,
      discount_minor: amounts.lines[index]!.discount_minor,
      tax_minor: amounts.lines[index]!.tax_minor,
    })),
    taxes: new Map([
      ['vat19', { vat_category: null, exemption_reason: null }],
      ['exempt', { vat_category: 'E', exemption_reason: 'Article 132 VAT Directive' }],
      ['reverse', { vat_category: 'AE', exemption_reason: null }],
    ]),
    seller: {
      name: 'Muster & Söhne GmbH',
      address: 'Hauptstraße 1\n10115 Berlin',
      email: 'billing@muster.example',
      phone: '+49 30 1234567',
      tax_number: 'DE123456789',
      country_code: 'DE',
      peppol_endpoint_id: '4000001000005',
      peppol_endpoint_scheme: '0088',
    },
    buyer: {
      name: 'Acme <Europe> "SARL"',
      address: { street: '5 rue de la Paix', city: 'Paris', postal_code: '75002', country: 'France' },
      email: 'ap@acme.example',
      phone: null,
      tax_number: 'FR12345678901',
      peppol_endpoint_id: '0009:12345678900011',
      peppol_endpoint_scheme: '0009',
    },
  };
}

const demoLines: SourceLine[] = [
  { name: 'Consulting', unit: 'hours', quantity_milli: 12_500, rate_minor: 9_500, discount_type: 'percent', discount_value: 1_000, tax_rate_millipercent: 19_000, tax_id: 'vat19' },
  { name: 'Licence', unit: null, quantity_milli: 3_000, rate_minor: 4_999, discount_type: 'amount', discount_value: 500, tax_rate_millipercent: 19_000, tax_id: 'vat19' },
  { name: 'Training (exempt)', unit: 'day', quantity_milli: 1_000, rate_minor: 80_000, discount_type: null, discount_value: 0, tax_rate_millipercent: 0, tax_id: 'exempt' },
  { name: 'Books', unit: 'pcs', quantity_milli: 2_000, rate_minor: 1_999, discount_type: null, discount_value: 0, tax_rate_millipercent: 7_000, tax_id: null },
];

/** The embedded file's stream of a pdfkit PDF, inflated. */
function embeddedFile(pdf: Buffer): Buffer {
  const latin = pdf.toString('latin1');
  const at = latin.indexOf('/Type /EmbeddedFile');
  expect(at).toBeGreaterThan(0);
  const dictionaryStart = latin.lastIndexOf('<<', at);
  const start = latin.indexOf('stream\n', at) + 'stream\n'.length;
  const end = latin.indexOf('\nendstream', start);
  const raw = pdf.subarray(start, end);
  return latin.slice(dictionaryStart, start).includes('/FlateDecode') ? inflateSync(raw) : raw;
}

describe('XML writer', () => {
  it('escapes text and attributes and drops characters XML cannot hold', () => {
    const xml = renderXml(element('a', { b: 'x"<&>\n' }, textElement('c', 'R&D <b> ]]> \u0001ok'), textElement('d', '  '), textElement('e', null)));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a b="x&quot;&lt;&amp;&gt;&#10;">\n  <c>R&amp;D &lt;b&gt; ]]&gt; ok</c>\n</a>\n');
  });
});

describe('codes and numbers', () => {
  it('maps units, countries and VAT categories', () => {
    expect([unitCode('hours'), unitCode('Stk'), unitCode(null), unitCode('KGM'), unitCode('bananas')]).toEqual(['HUR', 'H87', 'C62', 'KGM', 'C62']);
    expect([countryCode('de'), countryCode('Germany'), countryCode('Deutschland'), countryCode('日本'), countryCode('France'), countryCode('Atlantis')]).toEqual(['DE', 'DE', 'DE', 'JP', 'FR', null]);
    expect([vatCategoryOf(null, 19_000), vatCategoryOf(null, 0), vatCategoryOf('AE', 0), vatCategoryOf('bogus', 7_000)]).toEqual(['S', 'Z', 'AE', 'S']);
  });

  it('writes thousandths and minor units exactly', () => {
    expect([thousandths(1_500), thousandths(19_000), thousandths(7), thousandths(-250), thousandths(0)]).toEqual(['1.5', '19', '0.007', '-0.25', '0']);
    expect(toMinor('1234.56', 2)).toBe(123_456n);
    expect(toMinor('1234', 0)).toBe(1_234n);
    expect(() => toMinor('1.5', 0)).toThrow();
    expect([eInvoiceFilename('INV-000001', 'ubl'), eInvoiceFilename('INV/7 a', 'facturx')]).toEqual(['INV-000001.xml', 'INV-7-a-factur-x.pdf']);
  });
});

describe('UBL 2.1 / Peppol BIS 3', () => {
  it('writes a demo invoice that validates against the UBL XSD, keeps the EN 16931 rules and the invoice’s totals to the minor unit', async () => {
    const input = source({ lines: demoLines, paidMinor: 50_000, notes: 'Thank you & see you <soon>' });
    const xml = toUblXml(buildEInvoice(input));
    expect(await validateUbl(xml)).toEqual({ valid: true, errors: [] });
    const { violations, figures } = checkEn16931(xml);
    expect(violations).toEqual([]);
    const document = input.document;
    expect(figures).toEqual({
      currency: 'EUR',
      lineExtension: BigInt(document.subtotal_minor - document.discount_minor),
      taxExclusive: BigInt(document.subtotal_minor - document.discount_minor),
      taxInclusive: BigInt(document.total_minor),
      tax: BigInt(document.tax_minor),
      prepaid: 50_000n,
      payable: BigInt(document.balance_minor),
    });
    expect(xml).toContain(`<cbc:CustomizationID>${PEPPOL_CUSTOMIZATION_ID}</cbc:CustomizationID>`);
    expect(xml).toContain(`<cbc:ProfileID>${PEPPOL_PROFILE_ID}</cbc:ProfileID>`);
    expect(xml).toContain('<cbc:EndpointID schemeID="0088">4000001000005</cbc:EndpointID>');
    expect(xml).toContain('<cbc:CompanyID>FR12345678901</cbc:CompanyID>');
    expect(xml).toContain('<cbc:Name>Acme &lt;Europe&gt; "SARL"</cbc:Name>');
    expect(xml).toContain('<cbc:Note>Thank you &amp; see you &lt;soon&gt;</cbc:Note>');
    expect(xml).toContain('<cbc:IdentificationCode>FR</cbc:IdentificationCode>');
    expect(xml).toContain('<cbc:TaxExemptionReason>Article 132 VAT Directive</cbc:TaxExemptionReason>');
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="HUR">12.5</cbc:InvoicedQuantity>');
    expect(xml.match(/<cac:TaxSubtotal>/g)).toHaveLength(3);
  });

  it('writes credit notes and yen amounts without decimals', async () => {
    const xml = toUblXml(buildEInvoice(source({ kind: 'credit_note', currency: 'JPY', lines: [{ ...demoLines[0]!, rate_minor: 12_000 }, { ...demoLines[3]!, tax_id: 'reverse', tax_rate_millipercent: 0 }] })));
    expect(await validateUbl(xml)).toEqual({ valid: true, errors: [] });
    expect(checkEn16931(xml).violations).toEqual([]);
    expect(xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(xml).toContain('<cbc:PriceAmount currencyID="JPY">12000</cbc:PriceAmount>');
    expect(xml).toContain('<cbc:TaxExemptionReason>Reverse charge</cbc:TaxExemptionReason>');
    expect(xml).not.toMatch(/currencyID="JPY">-?\d+\./);
  });

  it('reports broken rules (the checker is not vacuous)', () => {
    const xml = toUblXml(buildEInvoice(source({ lines: demoLines })));
    const broken = xml.replace(/<cbc:PayableAmount currencyID="EUR">[^<]+</, '<cbc:PayableAmount currencyID="EUR">1.00<');
    expect(checkEn16931(broken).violations).toContain('BR-CO-16');
    const noCountry = toUblXml(buildEInvoice({ ...source({ lines: demoLines }), seller: { ...source({ lines: demoLines }).seller, country_code: null, tax_number: null } }));
    expect(checkEn16931(noCountry).violations).toEqual(expect.arrayContaining(['BR-09', 'BR-S-02']));
  });

  it('validates and balances for any invoice: random lines, quantities, discounts, rates and currencies', async () => {
    const line = fc.record({
      name: fc.string({ minLength: 1, maxLength: 30 }),
      unit: fc.constantFrom(null, 'hours', 'pcs', 'kg', 'x'),
      quantity_milli: fc.integer({ min: 1, max: 1_000_000 }),
      rate_minor: fc.integer({ min: 0, max: 5_000_000 }),
      discount: fc.oneof(
        fc.constant({ discount_type: null, discount_value: 0 } as const),
        fc.integer({ min: 0, max: 10_000 }).map((value) => ({ discount_type: 'percent' as const, discount_value: value })),
        fc.integer({ min: 0, max: 100_000 }).map((value) => ({ discount_type: 'amount' as const, discount_value: value })),
      ),
      tax: fc.constantFrom(
        { tax_id: 'vat19', tax_rate_millipercent: 19_000 },
        { tax_id: null, tax_rate_millipercent: 7_000 },
        { tax_id: null, tax_rate_millipercent: 20_500 },
        { tax_id: null, tax_rate_millipercent: 0 },
        { tax_id: 'exempt', tax_rate_millipercent: 0 },
      ),
    });
    const invoice = fc.record({
      kind: fc.constantFrom('invoice' as const, 'credit_note' as const),
      currency: fc.constantFrom('EUR', 'USD', 'JPY', 'GBP', 'CHF'),
      lines: fc.array(line, { minLength: 1, maxLength: 8 }),
      paidShare: fc.integer({ min: 0, max: 100 }),
    });
    const samples = fc.sample(invoice, { numRuns: 30, seed: 20261208 });
    const documents = samples.map((sample) => {
      const lines = sample.lines.map(({ discount, tax, ...rest }) => ({ ...rest, ...discount, ...tax }));
      const total = computeDocumentAmounts(lines).total_minor;
      const input = source({ kind: sample.kind, currency: sample.currency, lines, paidMinor: Math.floor((total * sample.paidShare) / 100) });
      return { input, xml: toUblXml(buildEInvoice(input)) };
    });
    for (const { input, xml } of documents) {
      const { violations, figures } = checkEn16931(xml);
      expect(violations, xml).toEqual([]);
      const document = input.document;
      expect(figures.taxInclusive).toBe(BigInt(document.total_minor));
      expect(figures.tax).toBe(BigInt(document.tax_minor));
      expect(figures.lineExtension).toBe(BigInt(document.subtotal_minor - document.discount_minor));
      expect(figures.payable).toBe(BigInt(document.kind === 'credit_note' ? document.total_minor : document.balance_minor));
    }
    // One xmllint run per schema: the UBL schema set is large to load.
    for (const kind of ['invoice', 'credit_note'] as const) {
      const xmls = documents.filter(({ input }) => input.document.kind === kind).map(({ xml }) => xml);
      for (const xml of xmls) expect(await validateUbl(xml), xml).toEqual({ valid: true, errors: [] });
    }
  }, 120_000);
});

describe('Factur-X', () => {
  it('writes CII that validates against the Factur-X EN 16931 schema', async () => {
    const xml = toCiiXml(buildEInvoice(source({ lines: demoLines, paidMinor: 1_000 })));
    expect(await validateCii(xml)).toEqual({ valid: true, errors: [] });
    expect(xml).toContain('<ram:ID>urn:cen.eu:en16931:2017</ram:ID>');
    expect(xml).toContain('<ram:ID schemeID="VA">DE123456789</ram:ID>');
    expect(xml).toContain('<udt:DateTimeString format="102">20261220</udt:DateTimeString>');
    const credit = toCiiXml(buildEInvoice(source({ kind: 'credit_note', currency: 'JPY', lines: demoLines })));
    expect(await validateCii(credit)).toEqual({ valid: true, errors: [] });
  });

  it('embeds factur-x.xml in a PDF/A-3b with the Factur-X XMP extension', async () => {
    const cii = toCiiXml(buildEInvoice(source({ lines: demoLines })));
    const pdf = await renderFacturXPdf(invoiceView(), cii);
    const latin = pdf.toString('latin1');
    expect(latin.startsWith('%PDF-1.7')).toBe(true);
    expect(latin).toContain('/EmbeddedFiles');
    expect(latin).toContain('(factur-x.xml)');
    expect(latin).toContain('/AFRelationship /Alternative');
    expect(latin).toContain('/Subtype /text#2Fxml');
    expect(latin).toMatch(/\/AF \[\d+ 0 R\]/);
    expect(latin).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(latin).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(latin).toContain('/OutputIntents');
    expect(latin).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>');
    expect(latin).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>');
    expect(latin).toContain('<fx:Version>1.0</fx:Version>');
    expect(latin).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>');
    expect(latin).toContain('<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>');
    const embedded = embeddedFile(pdf).toString('utf8');
    expect(embedded).toBe(cii);
    expect(await validateCii(embedded)).toEqual({ valid: true, errors: [] });
  });
});
