import { describe, expect, it } from 'vitest';
import { parseStripeForm } from '../../test/stripe-stand-in.ts';
import { failureCodeOf, fromStripeAmount, referenceSearchQuery, toStripeAmount, toStripeCurrency } from './stripe-mapping.ts';

describe('translating to and from Stripe', () => {
  it('counts amounts in ISO minor units, except ISK which Stripe takes with two decimals', () => {
    expect(toStripeAmount(1250, 'USD')).toBe(1250);
    expect(toStripeAmount(500, 'JPY')).toBe(500);
    expect(toStripeAmount(1234, 'KWD')).toBe(1234);
    expect(toStripeAmount(500, 'ISK')).toBe(50000);
    expect(fromStripeAmount(50000, 'isk')).toBe(500);
  });

  it('sends currencies in lower case and refuses codes outside ISO 4217', () => {
    expect(toStripeCurrency('EUR')).toBe('eur');
    expect(() => toStripeCurrency('XYZ')).toThrow();
  });

  it('names the specific decline, and card_declined for a generic one', () => {
    expect(failureCodeOf({ code: 'card_declined', decline_code: 'insufficient_funds' })).toBe('insufficient_funds');
    expect(failureCodeOf({ code: 'card_declined', decline_code: 'generic_decline' })).toBe('card_declined');
    expect(failureCodeOf({ code: 'payment_intent_authentication_failure' })).toBe('payment_intent_authentication_failure');
    expect(failureCodeOf({})).toBeNull();
  });

  it('escapes quotes and backslashes in a search by reference', () => {
    expect(referenceSearchQuery("a'b\\c")).toBe("metadata['reference']:'a\\'b\\\\c'");
  });

  it('reads form bodies with nested keys and arrays as the client sends them', () => {
    const form = new URLSearchParams('amount=100&metadata[reference]=r1&expand[0]=payment_method&expand[1]=customer&mandate_data[customer_acceptance][online][ip_address]=1.2.3.4&billing_details[address]=');
    expect(parseStripeForm(form)).toEqual({
      amount: '100',
      metadata: { reference: 'r1' },
      expand: ['payment_method', 'customer'],
      mandate_data: { customer_acceptance: { online: { ip_address: '1.2.3.4' } } },
      billing_details: { address: '' },
    });
  });
});
