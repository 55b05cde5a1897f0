import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../contract/portal.ts';
import { TextInput } from '../../ui/components/Field.tsx';

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
    longEnough: [...password].length >= PASSWORD_MIN_LENGTH,
    notCommon: password.length > 0 && !veryCommon.has(password.toLowerCase()),
    matches: password.length > 0 && password === confirmation,
  };
}

export function isPasswordAcceptable(check: PasswordCheck): boolean {
  return check.longEnough && check.notCommon && check.matches;
}

interface Props {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  serverError?: string;
  showErrors: boolean;
  label?: string;
}

/** New password + confirmation, with the rules shown and ticked off as the person types. */
export function NewPasswordFields({ password, confirmation, onPassword, onConfirmation, serverError, showErrors, label }: Props) {
  const { t } = useTranslation();
  const check = checkPassword(password, confirmation);
  const rules = [
    { key: 'length', ok: check.longEnough, text: t('password.ruleLength', { min: PASSWORD_MIN_LENGTH }) },
    { key: 'common', ok: check.notCommon, text: t('password.ruleCommon') },
  ];
  const passwordError = serverError ?? (showErrors && !(check.longEnough && check.notCommon) ? t('password.tooWeak') : undefined);
  const confirmError = showErrors && !check.matches ? t('password.mismatch') : undefined;
  return (
    <>
      <TextInput
        label={label ?? t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        error={passwordError}
        hint={
          <ul className="p-rules">
            {rules.map((rule) => (
              <li key={rule.key} className={rule.ok ? 'p-rules__item p-rules__item--ok' : 'p-rules__item'}>
                <span aria-hidden="true">{rule.ok ? '✓' : '•'}</span> {rule.text}
                <span className="ui-visually-hidden">{rule.ok ? t('password.ruleMet') : t('password.ruleNotMet')}</span>
              </li>
            ))}
          </ul>
        }
      />
      <TextInput
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => onConfirmation(event.target.value)}
        error={confirmError}
      />
    </>
  );
}
