import { z } from 'zod';
import { amountMinorField } from '../payment/payment.schemas.ts';

export const applyCreditBody = z
  .object({
    applications: z
      .array(z.object({ invoice_id: z.string().min(1).max(64), amount_minor: amountMinorField }).strict())
      .min(1, 'name at least one invoice')
      .max(100),
  })
  .strict();
export type ApplyCreditBody = z.infer<typeof applyCreditBody>;
