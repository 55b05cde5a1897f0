import { describe, expect, it } from 'vitest';
import { creditStatus, settledStatus } from './document.ts';

describe('settledStatus', () => {
  const sent = { status: 'sent', total_minor: 10_000 };

  it('is sent with nothing applied, partially paid with some, paid once nothing is left', () => {
    expect(settledStatus(sent, 0, 0)).toEqual({ balance: 10_000, status: 'sent' });
    expect(settledStatus(sent, 2_500, 500)).toEqual({ balance: 7_000, status: 'partially_paid' });
    expect(settledStatus(sent, 7_000, 3_000)).toEqual({ balance: 0, status: 'paid' });
  });

  it('clamps the balance at zero when more is applied than the total', () => {
    expect(settledStatus(sent, 9_000, 2_000)).toEqual({ balance: 0, status: 'paid' });
    expect(settledStatus({ status: 'partially_paid', total_minor: 100 }, 500, 0)).toEqual({ balance: 0, status: 'paid' });
  });

  it('keeps a draft or void document’s status and still clamps its balance', () => {
    expect(settledStatus({ status: 'draft', total_minor: 100 }, 0, 0)).toEqual({ balance: 100, status: 'draft' });
    expect(settledStatus({ status: 'void', total_minor: 100 }, 0, 300)).toEqual({ balance: 0, status: 'void' });
  });

  it('leaves an invoice of zero sent, not paid', () => {
    expect(settledStatus({ status: 'sent', total_minor: 0 }, 0, 0)).toEqual({ balance: 0, status: 'sent' });
  });
});

describe('creditStatus', () => {
  it('is open while credit is left and closed once it is used up', () => {
    expect(creditStatus({ status: 'open', total_minor: 5_000 }, 2_000)).toEqual({ balance: 3_000, status: 'open' });
    expect(creditStatus({ status: 'open', total_minor: 5_000 }, 5_000)).toEqual({ balance: 0, status: 'closed' });
  });

  it('clamps the unused credit at zero when more is used than the total', () => {
    expect(creditStatus({ status: 'open', total_minor: 5_000 }, 6_000)).toEqual({ balance: 0, status: 'closed' });
    expect(creditStatus({ status: 'void', total_minor: 5_000 }, 6_000)).toEqual({ balance: 0, status: 'void' });
  });
});
