import { describe, expect, it } from 'vitest';
import { extractPdfText, pdfColours, plainSpaces } from '../test/pdf-text.ts';
import { renderPackingSlipPdf, type PackingSlipPdfView } from './packing-slip-pdf.ts';
import { organization, tinyPng } from './pdf-test-fixtures.ts';

function slip(overrides: Partial<PackingSlipPdfView> = {}): PackingSlipPdfView {
  return {
    language: 'en',
    organization: { ...organization, logo: tinyPng },
    customer: { name: 'Brightside Ltd', addressLines: ['Dock 4', '2 Park Lane'] },
    generatedAt: '2026-12-02T10:00:00.000Z',
    number: 'PKG-000007',
    orderNumber: 'SO-000031',
    orderDate: '2026-11-28',
    poNumber: 'PO-991',
    packageDate: '2026-12-01',
    shippedOn: '2026-12-02',
    carrierName: 'UPS',
    trackingNumber: '1Z999AA1',
    lines: [
      { name: 'Oak table', description: 'Natural finish', sku: 'OAK-1', unit: 'pcs', orderedMilli: 3000, quantityMilli: 2000 },
      { name: 'Varnish', description: null, sku: null, unit: null, orderedMilli: 1500, quantityMilli: 1500 },
    ],
    notes: 'Fragile <handle with care>',
    ...overrides,
  };
}

describe('renderPackingSlipPdf', () => {
  it('prints the package, its order, where it goes and what it holds, without prices', async () => {
    const pdf = await renderPackingSlipPdf(slip());
    const [page] = (await extractPdfText(pdf)).map(plainSpaces);
    expect(page).toContain('Packing slip');
    expect(page).toContain('PKG-000007');
    expect(page).toContain('SHIP TO');
    expect(page).toContain('Brightside Ltd');
    expect(page).toContain('Dock 4');
    expect(page).toContain('Order SO-000031');
    expect(page).toContain('PO number PO-991');
    expect(page).toContain('Tracking number 1Z999AA1');
    expect(page).toContain('Item SKU Ordered In this package');
    expect(page).toContain('Oak table OAK-1 3 pcs 2 pcs');
    expect(page).toContain('Varnish 1.5 1.5');
    expect(page).toContain('Fragile <handle with care>');
    expect(page).not.toMatch(/\$|Total|Rate/);
    expect(await pdfColours(pdf)).toContain(organization.brandColor);
  });

  it('speaks the customer’s language', async () => {
    const [page] = (await extractPdfText(await renderPackingSlipPdf(slip({ language: 'de' })))).map(plainSpaces);
    expect(page).toContain('Lieferschein');
    expect(page).toContain('LIEFERUNG AN');
    expect(page).toContain('Versandt am 02.12.2026');
    expect(page).toContain('Varnish 1,5 1,5');
    expect(page).toContain('Seite 1 von 1');
  });
});
