/**
 * The rules of a new password as the portal checks them while the person types (the server checks
 * against a long list of breached passwords too), and the schema pieces of every form that sets one.
 */
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../../../contract/portal.ts';

// The server checks against a long list; these catch the most common ones while typing.
const veryCommon = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1111111111',
  '0000000000',
  'password12',
  'password123',
  'password1234',
  'qwertyuiop',
  'qwerty1234',
  'iloveyou12',
  'abcdefghij',
  'passwort123',
  'motdepasse',
  'contraseña',
]);

export interface PasswordCheck {
  longEnough: boolean;
  notCommon: boolean;
  matches: boolean;
}

export function checkPassword(password: string, confirmation: string): PasswordCheck {
  return {
    // Characters as people count them: an emoji is one, not two UTF-16 units.
    longEnough: [...password].length >= PASSWORD_MIN_LENGTH,
    notCommon: password.length > 0 && !veryCommon.has(password.toLowerCase()),
    matches: password.length > 0 && password === confirmation,
  };
}

export function isPasswordAcceptable(check: PasswordCheck): boolean {
  return check.longEnough && check.notCommon && check.matches;
}

/** The two fields of a new password; spread into a form's object and add `refineNewPassword`. */
export const newPasswordShape = {
  password: z.string().refine((password) => {
    const check = checkPassword(password, password);
    return check.longEnough && check.notCommon;
  }, 'password.tooWeak'),
  confirmation: z.string(),
};
export type NewPasswordValues = { password: string; confirmation: string };

/** The confirmation must repeat the password (checked beside the other fields' rules, shown on the confirmation). */
export function matchesConfirmation(values: NewPasswordValues): boolean {
  return checkPassword(values.password, values.confirmation).matches;
}
export const confirmationIssue = { path: ['confirmation'], message: 'password.mismatch' };

/** A form that only sets a new password (reset link, invitation). */
export const newPasswordSchema = z.object(newPasswordShape).refine(matchesConfirmation, confirmationIssue);
export const newPasswordDefaults = (): NewPasswordValues => ({ password: '', confirmation: '' });

/** A current password where the form asks for one instead of a new one (an invitation to an existing account). */
export const existingPasswordSchema = z.object({ password: z.string().min(1, 'common.required'), confirmation: z.string() });
