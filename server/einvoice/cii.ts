/** An e-invoice view as a UN/CEFACT Cross Industry Invoice (D16B), Factur-X / ZUGFeRD profile EN 16931. */
import { amount, thousandths, type EInvoiceAddress, type EInvoiceParty, type EInvoiceView } from './e-invoice.ts';
import { element, renderXml, textElement, type XmlElement } from './xml.ts';

/** BT-24 of the Factur-X EN 16931 profile (ZUGFeRD "COMFORT"). */
export const FACTURX_EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

const namespaces = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
};

/** A calendar date YYYY-MM-DD as CII's format 102 (YYYYMMDD). */
function date(name: string, value: string): XmlElement {
  return element(name, {}, textElement('udt:DateTimeString', value.replace(/-/g, ''), { format: '102' }));
}

function address(data: EInvoiceAddress): XmlElement {
  return element(
    'ram:PostalTradeAddress',
    {},
    textElement('ram:PostcodeCode', data.postalCode),
    textElement('ram:LineOne', data.lines[0]),
    textElement('ram:LineTwo', data.lines[1]),
    textElement('ram:LineThree', data.lines[2]),
    textElement('ram:CityName', data.city),
    textElement('ram:CountryID', data.countryCode ?? ''),
    textElement('ram:CountrySubDivisionName', data.subdivision),
  );
}

function party(name: string, data: EInvoiceParty): XmlElement {
  const contact =
    data.email || data.phone
      ? element(
          'ram:DefinedTradeContact',
          {},
          data.phone ? element('ram:TelephoneUniversalCommunication', {}, textElement('ram:CompleteNumber', data.phone)) : undefined,
          data.email ? element('ram:EmailURIUniversalCommunication', {}, textElement('ram:URIID', data.email)) : undefined,
        )
      : undefined;
  return element(
    name,
    {},
    textElement('ram:Name', data.name),
    contact,
    address(data.address),
    data.endpoint ? element('ram:URIUniversalCommunication', {}, textElement('ram:URIID', data.endpoint.id, { schemeID: data.endpoint.scheme })) : undefined,
    data.vatId ? element('ram:SpecifiedTaxRegistration', {}, textElement('ram:ID', data.vatId, { schemeID: 'VA' })) : undefined,
  );
}

/** The CII XML embedded in a Factur-X PDF as factur-x.xml. */
export function toCiiXml(view: EInvoiceView): string {
  const money = (name: string, minor: number, withCurrency = false) => textElement(name, amount(view, minor), withCurrency ? { currencyID: view.currency } : {})!;
  const lines = view.lines.map((line) =>
    element(
      'ram:IncludedSupplyChainTradeLineItem',
      {},
      element('ram:AssociatedDocumentLineDocument', {}, textElement('ram:LineID', line.id)),
      element('ram:SpecifiedTradeProduct', {}, textElement('ram:Name', line.name), textElement('ram:Description', line.description)),
      element('ram:SpecifiedLineTradeAgreement', {}, element('ram:NetPriceProductTradePrice', {}, money('ram:ChargeAmount', line.priceMinor))),
      element('ram:SpecifiedLineTradeDelivery', {}, textElement('ram:BilledQuantity', thousandths(line.quantityMilli), { unitCode: line.unitCode })),
      element(
        'ram:SpecifiedLineTradeSettlement',
        {},
        element(
          'ram:ApplicableTradeTax',
          {},
          textElement('ram:TypeCode', 'VAT'),
          textElement('ram:CategoryCode', line.vatCategory),
          line.vatCategory === 'O' ? undefined : textElement('ram:RateApplicablePercent', thousandths(line.taxRateMillipercent)),
        ),
        line.discountMinor !== 0
          ? element(
              'ram:SpecifiedTradeAllowanceCharge',
              {},
              element('ram:ChargeIndicator', {}, textElement('udt:Indicator', 'false')),
              money('ram:ActualAmount', line.discountMinor),
              textElement('ram:ReasonCode', '95'),
              textElement('ram:Reason', 'Discount'),
            )
          : undefined,
        element('ram:SpecifiedTradeSettlementLineMonetarySummation', {}, money('ram:LineTotalAmount', line.netMinor)),
      ),
    ),
  );
  const taxes = view.taxes.map((row) =>
    element(
      'ram:ApplicableTradeTax',
      {},
      money('ram:CalculatedAmount', row.taxMinor),
      textElement('ram:TypeCode', 'VAT'),
      textElement('ram:ExemptionReason', row.exemptionReason),
      money('ram:BasisAmount', row.taxableMinor),
      textElement('ram:CategoryCode', row.category),
      row.category === 'O' ? undefined : textElement('ram:RateApplicablePercent', thousandths(row.rateMillipercent)),
    ),
  );
  const terms =
    view.paymentTerms || view.dueDate
      ? element('ram:SpecifiedTradePaymentTerms', {}, textElement('ram:Description', view.paymentTerms), view.dueDate ? date('ram:DueDateDateTime', view.dueDate) : undefined)
      : undefined;
  const totals = view.totals;
  return renderXml(
    element(
      'rsm:CrossIndustryInvoice',
      namespaces,
      element('rsm:ExchangedDocumentContext', {}, element('ram:GuidelineSpecifiedDocumentContextParameter', {}, textElement('ram:ID', FACTURX_EN16931_GUIDELINE))),
      element(
        'rsm:ExchangedDocument',
        {},
        textElement('ram:ID', view.number),
        textElement('ram:TypeCode', view.kind === 'credit_note' ? '381' : '380'),
        date('ram:IssueDateTime', view.issueDate),
        view.notes ? element('ram:IncludedNote', {}, textElement('ram:Content', view.notes)) : undefined,
      ),
      element(
        'rsm:SupplyChainTradeTransaction',
        {},
        lines,
        element('ram:ApplicableHeaderTradeAgreement', {}, textElement('ram:BuyerReference', view.buyerReference), party('ram:SellerTradeParty', view.seller), party('ram:BuyerTradeParty', view.buyer)),
        element('ram:ApplicableHeaderTradeDelivery', {}),
        element(
          'ram:ApplicableHeaderTradeSettlement',
          {},
          textElement('ram:InvoiceCurrencyCode', view.currency),
          taxes,
          terms,
          element(
            'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
            {},
            money('ram:LineTotalAmount', totals.lineExtensionMinor),
            money('ram:TaxBasisTotalAmount', totals.taxExclusiveMinor),
            money('ram:TaxTotalAmount', totals.taxMinor, true),
            money('ram:GrandTotalAmount', totals.taxInclusiveMinor),
            totals.prepaidMinor !== 0 ? money('ram:TotalPrepaidAmount', totals.prepaidMinor) : undefined,
            money('ram:DuePayableAmount', totals.payableMinor),
          ),
        ),
      ),
    ),
  );
}
