import { useTranslation } from 'react-i18next';
import { useWatch, type Control } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH } from '../../../contract/portal.ts';
import { FormTextInput } from '../../ui/forms/fields.tsx';
import { checkPassword, type NewPasswordValues } from './new-password.ts';

interface Props<Values extends NewPasswordValues> {
  /** Any form that holds `password` and `confirmation` (newPasswordShape); its output does not matter here. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<Values, any, any>;
  label?: string;
}

/** New password + confirmation, with the rules shown and ticked off as the person types. */
export function NewPasswordFields<Values extends NewPasswordValues>({ control: formControl, label }: Props<Values>) {
  const { t } = useTranslation();
  // The two fields are all this component touches of the form.
  const control = formControl as unknown as Control<NewPasswordValues>;
  const [password, confirmation] = useWatch({ control: control, name: ['password', 'confirmation'] });
  const check = checkPassword(password, confirmation);
  const rules = [
    { key: 'length', ok: check.longEnough, text: t('password.ruleLength', { min: PASSWORD_MIN_LENGTH }) },
    { key: 'common', ok: check.notCommon, text: t('password.ruleCommon') },
  ];
  return (
    <>
      <FormTextInput
        control={control}
        name="password"
        label={label ?? t('password.new')}
        type="password"
        autoComplete="new-password"
        required
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
      <FormTextInput control={control} name="confirmation" label={t('password.confirm')} type="password" autoComplete="new-password" required />
    </>
  );
}
