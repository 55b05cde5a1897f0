import { z } from 'zod';

/** What the forward dialog asks: the address (required, an email), the recipient's name and a short message (optional). */
export const forwardSchema = z.object({
  email: z.string().trim().min(1, 'common.required').pipe(z.email('forward.invalidEmail')),
  name: z.string().trim().max(200),
  message: z.string().trim().max(1000),
});
export type ForwardValues = z.input<typeof forwardSchema>;

export const forwardDefaults: ForwardValues = { email: '', name: '', message: '' };

/** The request body: empty optional fields left out. */
export function forwardBody(values: z.output<typeof forwardSchema>): { email: string; name?: string; message?: string } {
  return { email: values.email, ...(values.name ? { name: values.name } : {}), ...(values.message ? { message: values.message } : {}) };
}
