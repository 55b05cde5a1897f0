import { z } from 'zod';

export const eInvoiceQuery = z
  .object({
    /** `ubl`: UBL 2.1 XML (Peppol BIS Billing 3.0); `facturx`: Factur-X PDF/A-3 with the CII XML embedded. */
    format: z.enum(['ubl', 'facturx']).default('ubl'),
  })
  .strict();
