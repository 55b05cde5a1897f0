import { describe, expect, it } from 'vitest';
import { ArgumentError, parseLargeArgs } from './large-args.ts';

describe('seed:large arguments', () => {
  it('reads every flag, in both spellings', () => {
    expect(
      parseLargeArgs(['--customers', '100000', '--invoices-per-customer=10', '--estimates-per-customer', '3', '--contacts-per-customer', '1', '--growth', '10, 1000,100000', '--slug', 'big-one', '--currencies', 'USD,JPY', '--seed', '4']),
    ).toEqual({ customers: 100000, invoicesPerCustomer: 10, estimatesPerCustomer: 3, contactsPerCustomer: 1, growth: [10, 1000, 100000], slug: 'big-one', currencies: ['USD', 'JPY'], seed: 4 });
    expect(parseLargeArgs(['--customers', '5', '--invoices-per-customer', '0', '--growth', ''])).toEqual({ customers: 5, invoicesPerCustomer: 0, growth: [] });
  });

  it.each([
    [['--invoices-per-customer', '10'], '--customers: is required'],
    [['--customers', '10'], '--invoices-per-customer: is required'],
    [['--customers', 'many', '--invoices-per-customer', '10'], '--customers: must be a whole number'],
    [['--customers', '1.5', '--invoices-per-customer', '10'], '--customers: must be a whole number'],
    [['--customers', '-1', '--invoices-per-customer', '10'], '--customers: must be 0 or more'],
    [['--customers', '1', '--invoices-per-customer', '10', '--growth', '10,x'], '--growth: must be whole numbers'],
    [['--customers', '1', '--invoices-per-customer', '10', '--growth', '10,0'], '--growth: must be invoice counts of 1 or more'],
    [['--customers', '1', '--invoices-per-customer', '10', '--contacts-per-customer', '0'], '--contacts-per-customer: must be 1 or more'],
    [['--customers', '1', '--invoices-per-customer', '10', '--slug', 'Not A Slug'], '--slug: must be 2–48 lowercase'],
    [['--customers', '1', '--invoices-per-customer', '10', '--currencies', 'usd'], '--currencies: must be ISO 4217 codes'],
    [['--customers', '1', '--invoices-per-customer'], '--invoices-per-customer: needs a value'],
    [['--customers', '--invoices-per-customer', '3'], '--customers: needs a value'],
    [['--customers', '1', '--invoices-per-customer', '1', '--invoices', '3'], '--invoices: unknown flag'],
  ])('refuses %j naming the flag', (argv, message) => {
    expect(() => parseLargeArgs(argv)).toThrow(ArgumentError);
    expect(() => parseLargeArgs(argv)).toThrow(message);
  });
});
