import { describe, expect, it } from 'vitest';
import { RetryKey } from './idempotency-key.ts';

describe('a form’s idempotency key', () => {
  it('is made when the form opens and kept for every retry of the same request', () => {
    let made = 0;
    const key = new RetryKey(() => `key-${++made}`);
    expect(made).toBe(1);
    expect(key.for({ amount_minor: 100 })).toBe('key-1');
    expect(key.for({ amount_minor: 100 })).toBe('key-1');
  });

  it('changes when the request changes, and stays with the new one', () => {
    let made = 0;
    const key = new RetryKey(() => `key-${++made}`);
    key.for({ amount_minor: 100 });
    expect(key.for({ amount_minor: 200 })).toBe('key-2');
    expect(key.for({ amount_minor: 200 })).toBe('key-2');
  });

  it('makes real keys by default', () => {
    expect(new RetryKey().for({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});
