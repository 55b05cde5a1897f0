import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/components/Button.tsx';
import { portalClient } from '../../lib/client.ts';

/** Download the PDF (a plain link: the browser keeps the session cookie) and print the page. */
export function PdfAndPrint({ pdfPath, children }: { pdfPath: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="ui-button-row p-no-print">
      <a className="ui-button ui-button--secondary" href={`${portalClient.basePath}${pdfPath}`} download>
        {t('docs.downloadPdf')}
      </a>
      <Button onClick={() => window.print()}>{t('docs.print')}</Button>
      {children}
    </div>
  );
}
