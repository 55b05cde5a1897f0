import { describe, expect, it } from 'vitest';
import { showsAttempts } from './queries.ts';

describe('the outbox', () => {
  it('shows the attempts of an email that failed or is being retried, not of one on its first try or sent', () => {
    expect(showsAttempts({ status: 'failed', attempts: 10 })).toBe(true);
    expect(showsAttempts({ status: 'pending', attempts: 2 })).toBe(true);
    expect(showsAttempts({ status: 'pending', attempts: 0 })).toBe(false);
    expect(showsAttempts({ status: 'sent', attempts: 3 })).toBe(false);
    expect(showsAttempts({ status: 'kept', attempts: 0 })).toBe(false);
  });
});
