import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PortalPage } from '../../../test/portal.tsx';
import { createTestI18n, renderWithProviders } from '../../../test/providers.tsx';
import en from '../../locales/en.json';
import { portalClient } from '../../lib/client.ts';
import { PdfAndPrint } from './DocumentActions.tsx';
import { documentEInvoicePath, documentPdfPath } from './queries.ts';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n(en);
});

describe('a document’s downloads in the portal', () => {
  it('offers invoices and credit notes as UBL XML or Factur-X PDF beside the PDF', async () => {
    renderWithProviders(
      <PortalPage address="/invoices/i1">
        <PdfAndPrint pdfPath={documentPdfPath('invoices', 'i1')} eInvoicePath={documentEInvoicePath('invoices', 'i1')} />
      </PortalPage>,
      { i18n },
    );
    expect(screen.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(`${portalClient.basePath}/invoices/i1/pdf`);
    await userEvent.click(screen.getByText('Download e-invoice'));
    expect(screen.getByRole('link', { name: 'UBL XML (Peppol BIS 3)' }).getAttribute('href')).toBe(`${portalClient.basePath}/invoices/i1/e-invoice?format=ubl`);
    expect(screen.getByRole('link', { name: 'Factur-X PDF' }).getAttribute('href')).toBe(`${portalClient.basePath}/invoices/i1/e-invoice?format=facturx`);
    expect(documentEInvoicePath('credit-notes', 'c 1')).toBe('/credit-notes/c%201/e-invoice');
  });

  it('has no e-invoice for estimates and retainer invoices', () => {
    expect(documentEInvoicePath('estimates', 'e1')).toBeUndefined();
    expect(documentEInvoicePath('retainer-invoices', 'r1')).toBeUndefined();
    renderWithProviders(
      <PortalPage address="/estimates/e1">
        <PdfAndPrint pdfPath={documentPdfPath('estimates', 'e1')} eInvoicePath={documentEInvoicePath('estimates', 'e1')} />
      </PortalPage>,
      { i18n },
    );
    expect(screen.getByRole('link', { name: 'Download PDF' })).toBeTruthy();
    expect(screen.queryByText('Download e-invoice')).toBeNull();
  });
});
