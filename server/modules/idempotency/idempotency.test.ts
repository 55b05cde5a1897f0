import { describe, expect, it } from 'vitest';
import { canonicalJson, isWellFormedKey, requestFingerprint } from './idempotency.ts';

describe('idempotency keys', () => {
  it('takes printable keys of 1 to 255 characters', () => {
    expect(isWellFormedKey('0b6f4b1c-5d2e-4c9a-9f0e-6f7d3c2b1a00')).toBe(true);
    expect(isWellFormedKey('')).toBe(false);
    expect(isWellFormedKey('a'.repeat(256))).toBe(false);
    expect(isWellFormedKey('with space')).toBe(false);
  });

  it('fingerprints the same parameters in any key order alike, and other parameters differently', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], skip: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(requestFingerprint('POST /payments', { a: 1, b: 2 })).toBe(requestFingerprint('POST /payments', { b: 2, a: 1 }));
    expect(requestFingerprint('POST /payments', { a: 1 })).not.toBe(requestFingerprint('POST /payments', { a: 2 }));
    expect(requestFingerprint('POST /payments', { a: 1 })).not.toBe(requestFingerprint('POST /refunds', { a: 1 }));
  });
});
