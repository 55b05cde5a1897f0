import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { isCommonPassword } from './common-passwords.ts';
import { assertAcceptablePassword, createPasswordHasher } from './passwords.ts';

function refusal(password: string, personal: string[] = []): string | undefined {
  try {
    assertAcceptablePassword(password, 'password', personal);
    return undefined;
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${error.message}` : String(error);
  }
}

describe('password rules', () => {
  it('refuses passwords shorter than 10 characters, naming the field', () => {
    expect(refusal('short')).toBe('WEAK_PASSWORD password: must be at least 10 characters');
  });
  it('refuses common, repeated and sequential passwords, and the person’s own email', () => {
    expect(refusal('Password123')).toContain('too common');
    expect(refusal('aaaaaaaaaaaa')).toContain('too common');
    expect(refusal('1234567890123')).toContain('too common');
    expect(refusal('ada@example.test', ['ada@example.test'])).toContain('too common');
    expect(isCommonPassword('qwertyuiop')).toBe(true);
  });
  it('accepts a long passphrase', () => {
    expect(refusal('correct horse battery staple')).toBeUndefined();
  });
});

describe('argon2id hashing', () => {
  const hasher = createPasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });
  it('verifies the right password only and stores argon2id', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await hasher.verify(hash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hash, 'wrong horse battery staple')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'x')).toBe(false);
    await expect(hasher.verifyDummy('anything')).resolves.toBeUndefined();
  });
});
