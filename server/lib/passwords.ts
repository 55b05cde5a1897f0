import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../contract/portal.ts';
import { AppError, fieldIssue } from './app-error.ts';
import { isCommonPassword } from './common-passwords.ts';

export interface PasswordHashing {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Spends the time of a real verification, so unknown accounts answer as slowly as known ones. */
  verifyDummy(password: string): Promise<void>;
}

export function createPasswordHasher(cost: PasswordHashing): PasswordHasher {
  // 2 is Algorithm.Argon2id (a const enum, which verbatimModuleSyntax cannot import).
  const options = { algorithm: 2 as const, ...cost };
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
    verifyDummy: async (password) => {
      dummyHash ??= hash('portico-dummy-password', options);
      await verify(await dummyHash, password).catch(() => false);
    },
  };
}

/** Length, breached-list and personal-data rules of ASVS 5.0 V6.2; throws naming the field. */
export function assertAcceptablePassword(password: string, field: string, personal: string[] = []): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new AppError('WEAK_PASSWORD', `${field}: must be at least ${PASSWORD_MIN_LENGTH} characters`, [
      fieldIssue(field, 'too_small', `must be at least ${PASSWORD_MIN_LENGTH} characters`, { minimum: PASSWORD_MIN_LENGTH, origin: 'string' }),
    ]);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError('WEAK_PASSWORD', `${field}: must be at most ${PASSWORD_MAX_LENGTH} characters`, [
      fieldIssue(field, 'too_big', `must be at most ${PASSWORD_MAX_LENGTH} characters`, { maximum: PASSWORD_MAX_LENGTH, origin: 'string' }),
    ]);
  }
  const lowered = password.toLowerCase();
  const personalMatch = personal.some((value) => value.length >= 4 && lowered === value.toLowerCase());
  if (isCommonPassword(password) || personalMatch) {
    throw new AppError('WEAK_PASSWORD', `${field}: is too common or too easy to guess`, [
      fieldIssue(field, 'too_common', 'is too common or too easy to guess'),
    ]);
  }
}
