/** An e-invoice view as a UBL 2.1 Invoice or CreditNote following Peppol BIS Billing 3.0. */
import { amount, thousandths, type EInvoiceAddress, type EInvoiceParty, type EInvoiceView } from './e-invoice.ts';
import { element, renderXml, textElement, type XmlElement } from './xml.ts';

export const PEPPOL_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

const namespaces = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

const vatScheme = () => element('cac:TaxScheme', {}, textElement('cbc:ID', 'VAT'));

function postalAddress(address: EInvoiceAddress): XmlElement {
  return element(
    'cac:PostalAddress',
    {},
    textElement('cbc:StreetName', address.lines[0]),
    textElement('cbc:AdditionalStreetName', address.lines[1]),
    textElement('cbc:CityName', address.city),
    textElement('cbc:PostalZone', address.postalCode),
    textElement('cbc:CountrySubentity', address.subdivision),
    address.lines[2] ? element('cac:AddressLine', {}, textElement('cbc:Line', address.lines[2])) : undefined,
    element('cac:Country', {}, textElement('cbc:IdentificationCode', address.countryCode ?? '')),
  );
}

function party(role: 'cac:AccountingSupplierParty' | 'cac:AccountingCustomerParty', data: EInvoiceParty): XmlElement {
  const contact = data.email || data.phone ? element('cac:Contact', {}, textElement('cbc:Telephone', data.phone), textElement('cbc:ElectronicMail', data.email)) : undefined;
  return element(
    role,
    {},
    element(
      'cac:Party',
      {},
      data.endpoint ? textElement('cbc:EndpointID', data.endpoint.id, { schemeID: data.endpoint.scheme }) : undefined,
      element('cac:PartyName', {}, textElement('cbc:Name', data.name)),
      postalAddress(data.address),
      data.vatId ? element('cac:PartyTaxScheme', {}, textElement('cbc:CompanyID', data.vatId), vatScheme()) : undefined,
      element('cac:PartyLegalEntity', {}, textElement('cbc:RegistrationName', data.name)),
      contact,
    ),
  );
}

function money(view: EInvoiceView, name: string, minor: number): XmlElement {
  return textElement(name, amount(view, minor), { currencyID: view.currency })!;
}

/** The UBL XML of an invoice (Invoice, type 380) or a credit note (CreditNote, type 381). */
export function toUblXml(view: EInvoiceView): string {
  const credit = view.kind === 'credit_note';
  const root = credit ? 'CreditNote' : 'Invoice';
  const paymentTerms = view.paymentTerms ? element('cac:PaymentTerms', {}, textElement('cbc:Note', view.paymentTerms)) : undefined;
  // A credit note has no DueDate of its own in UBL 2.1: Peppol carries BT-9 in the payment means.
  const creditDue = credit && view.dueDate ? element('cac:PaymentMeans', {}, textElement('cbc:PaymentMeansCode', '1'), textElement('cbc:PaymentDueDate', view.dueDate)) : undefined;
  const taxTotal = element(
    'cac:TaxTotal',
    {},
    money(view, 'cbc:TaxAmount', view.totals.taxMinor),
    view.taxes.map((row) =>
      element(
        'cac:TaxSubtotal',
        {},
        money(view, 'cbc:TaxableAmount', row.taxableMinor),
        money(view, 'cbc:TaxAmount', row.taxMinor),
        element(
          'cac:TaxCategory',
          {},
          textElement('cbc:ID', row.category),
          row.category === 'O' ? undefined : textElement('cbc:Percent', thousandths(row.rateMillipercent)),
          textElement('cbc:TaxExemptionReason', row.exemptionReason),
          vatScheme(),
        ),
      ),
    ),
  );
  const totals = view.totals;
  const monetaryTotal = element(
    'cac:LegalMonetaryTotal',
    {},
    money(view, 'cbc:LineExtensionAmount', totals.lineExtensionMinor),
    money(view, 'cbc:TaxExclusiveAmount', totals.taxExclusiveMinor),
    money(view, 'cbc:TaxInclusiveAmount', totals.taxInclusiveMinor),
    totals.prepaidMinor !== 0 ? money(view, 'cbc:PrepaidAmount', totals.prepaidMinor) : undefined,
    money(view, 'cbc:PayableAmount', totals.payableMinor),
  );
  const lines = view.lines.map((line) =>
    element(
      credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      {},
      textElement('cbc:ID', line.id),
      textElement(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', thousandths(line.quantityMilli), { unitCode: line.unitCode }),
      money(view, 'cbc:LineExtensionAmount', line.netMinor),
      line.discountMinor !== 0
        ? element('cac:AllowanceCharge', {}, textElement('cbc:ChargeIndicator', 'false'), textElement('cbc:AllowanceChargeReasonCode', '95'), textElement('cbc:AllowanceChargeReason', 'Discount'), money(view, 'cbc:Amount', line.discountMinor))
        : undefined,
      element(
        'cac:Item',
        {},
        textElement('cbc:Description', line.description),
        textElement('cbc:Name', line.name),
        element(
          'cac:ClassifiedTaxCategory',
          {},
          textElement('cbc:ID', line.vatCategory),
          line.vatCategory === 'O' ? undefined : textElement('cbc:Percent', thousandths(line.taxRateMillipercent)),
          vatScheme(),
        ),
      ),
      element('cac:Price', {}, money(view, 'cbc:PriceAmount', line.priceMinor)),
    ),
  );
  return renderXml(
    element(
      root,
      { xmlns: `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`, 'xmlns:cac': namespaces.cac, 'xmlns:cbc': namespaces.cbc },
      textElement('cbc:CustomizationID', PEPPOL_CUSTOMIZATION_ID),
      textElement('cbc:ProfileID', PEPPOL_PROFILE_ID),
      textElement('cbc:ID', view.number),
      textElement('cbc:IssueDate', view.issueDate),
      credit ? undefined : textElement('cbc:DueDate', view.dueDate),
      textElement(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', credit ? '381' : '380'),
      textElement('cbc:Note', view.notes),
      textElement('cbc:DocumentCurrencyCode', view.currency),
      textElement('cbc:BuyerReference', view.buyerReference),
      party('cac:AccountingSupplierParty', view.seller),
      party('cac:AccountingCustomerParty', view.buyer),
      creditDue,
      paymentTerms,
      taxTotal,
      monetaryTotal,
      lines,
    ),
  );
}
