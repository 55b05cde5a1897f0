/**
 * Factur-X / ZUGFeRD: the invoice's own PDF as PDF/A-3b with its CII XML embedded as factur-x.xml
 * (AFRelationship Alternative) and the Factur-X XMP extension schema declaring it.
 */
import { renderDocumentPdf } from '../pdf/document-pdf.ts';
import type { DocumentPdfView } from '../pdf/pdf-types.ts';
import { escapeText } from './xml.ts';

export const FACTURX_FILENAME = 'factur-x.xml';
export const FACTURX_NAMESPACE = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
export const FACTURX_CONFORMANCE_LEVEL = 'EN 16931';

const properties: [name: string, description: string][] = [
  ['DocumentFileName', 'The name of the embedded XML document'],
  ['DocumentType', 'The type of the hybrid document in capital letters, e.g. INVOICE or ORDER'],
  ['Version', 'The actual version of the standard applying to the embedded XML document'],
  ['ConformanceLevel', 'The conformance level of the embedded XML document'],
];

/** The XMP Factur-X requires: the fx properties and their PDF/A extension schema description. */
export function facturXXmp(): string {
  const property = ([name, description]: [string, string]) => `
              <rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>${name}</pdfaProperty:name>
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                <pdfaProperty:category>external</pdfaProperty:category>
                <pdfaProperty:description>${escapeText(description)}</pdfaProperty:description>
              </rdf:li>`;
  return `
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
          <pdfaExtension:schemas>
            <rdf:Bag>
              <rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>${FACTURX_NAMESPACE}</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                <pdfaSchema:property>
                  <rdf:Seq>${properties.map(property).join('')}
                  </rdf:Seq>
                </pdfaSchema:property>
              </rdf:li>
            </rdf:Bag>
          </pdfaExtension:schemas>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:fx="${FACTURX_NAMESPACE}">
          <fx:DocumentType>INVOICE</fx:DocumentType>
          <fx:DocumentFileName>${FACTURX_FILENAME}</fx:DocumentFileName>
          <fx:Version>1.0</fx:Version>
          <fx:ConformanceLevel>${FACTURX_CONFORMANCE_LEVEL}</fx:ConformanceLevel>
        </rdf:Description>`;
}

/** The document's PDF as a Factur-X invoice carrying `ciiXml`. */
export function renderFacturXPdf(view: DocumentPdfView, ciiXml: string): Promise<Buffer> {
  return renderDocumentPdf(view, {
    attachment: { name: FACTURX_FILENAME, data: Buffer.from(ciiXml, 'utf8'), mimeType: 'text/xml', description: 'Factur-X invoice', relationship: 'Alternative' },
    xmp: facturXXmp(),
  });
}
