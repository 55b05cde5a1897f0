import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { DownloadMenu } from '../../../ui/components/DownloadMenu.tsx';
import { portalClient } from '../../lib/client.ts';

/**
 * Download the PDF (a plain link: the browser keeps the session cookie) and print the page; with
 * `eInvoicePath`, a menu of the e-invoice formats (UBL XML, Factur-X PDF) beside it.
 */
export function PdfAndPrint({ pdfPath, eInvoicePath, children }: { pdfPath: string; eInvoicePath?: string | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="ui-button-row p-no-print">
      <a className="ui-button ui-button--secondary" href={`${portalClient.basePath}${pdfPath}`} download>
        {t('docs.downloadPdf')}
      </a>
      {eInvoicePath ? (
        <DownloadMenu
          label={t('docs.eInvoice')}
          items={[
            { href: `${portalClient.basePath}${eInvoicePath}?format=ubl`, label: t('docs.eInvoiceUbl') },
            { href: `${portalClient.basePath}${eInvoicePath}?format=facturx`, label: t('docs.eInvoiceFacturx') },
          ]}
        />
      ) : null}
      <Button onClick={() => window.print()}>{t('docs.print')}</Button>
      {children}
    </div>
  );
}
