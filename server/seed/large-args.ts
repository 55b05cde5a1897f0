import { z } from 'zod';
import type { LargeTenantOptions } from './large.ts';

/** The flags of `npm run seed:large`, each mapped to its option of generateLargeTenant. */
const flags = {
  '--customers': 'customers',
  '--invoices-per-customer': 'invoicesPerCustomer',
  '--estimates-per-customer': 'estimatesPerCustomer',
  '--credit-notes-per-customer': 'creditNotesPerCustomer',
  '--payments-per-customer': 'paymentsPerCustomer',
  '--contacts-per-customer': 'contactsPerCustomer',
  '--lines-per-invoice': 'linesPerInvoice',
  '--activities-per-customer': 'activitiesPerCustomer',
  '--currencies': 'currencies',
  '--growth': 'growth',
  '--slug': 'slug',
  '--seed': 'seed',
} as const;
type Flag = keyof typeof flags;

const count = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more');
const list = <T extends z.ZodType<unknown, string>>(item: T) => z.string().transform((value) => (value.trim() === '' ? [] : value.split(',').map((part) => part.trim()))).pipe(z.array(item));

const argsSchema = z.object({
  customers: count,
  invoicesPerCustomer: count,
  estimatesPerCustomer: count.optional(),
  creditNotesPerCustomer: count.optional(),
  paymentsPerCustomer: count.optional(),
  contactsPerCustomer: count.min(1, 'must be 1 or more (the sign-in contacts need one)').optional(),
  linesPerInvoice: count.min(1, 'must be 1 or more').optional(),
  activitiesPerCustomer: count.optional(),
  currencies: list(z.string().regex(/^[A-Z]{3}$/, 'must be ISO 4217 codes such as USD,EUR')).pipe(z.array(z.string()).min(1, 'must name at least one currency')).optional(),
  growth: list(z.string().regex(/^\d+$/, 'must be whole numbers such as 10,1000,100000').transform(Number).pipe(z.number().min(1, 'must be invoice counts of 1 or more'))).optional(),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,47}$/, 'must be 2–48 lowercase letters, digits or dashes').optional(),
  seed: count.optional(),
});

export class ArgumentError extends Error {}

const flagOf = (option: string): string => Object.entries(flags).find(([, name]) => name === option)?.[0] ?? option;

/** Reads `--flag value` (or `--flag=value`) pairs; throws an ArgumentError naming the flag at fault. */
export function parseLargeArgs(argv: readonly string[]): Omit<LargeTenantOptions, 'onProgress'> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(flag in flags)) throw new ArgumentError(`${flag}: unknown flag; the flags are ${Object.keys(flags).join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ArgumentError(`${flag}: needs a value`);
    raw[flags[flag as Flag]] = value;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = String(issue.path[0] ?? '');
    const message = issue.code === 'invalid_type' && raw[option] === undefined ? 'is required' : issue.message;
    throw new ArgumentError(`${flagOf(option)}: ${message}`);
  }
  const options = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return options as Omit<LargeTenantOptions, 'onProgress'>;
}
