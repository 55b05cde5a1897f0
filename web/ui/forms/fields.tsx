/**
 * The shared field components wired to a react-hook-form form: `<FormTextInput control={form.control}
 * name="display_name" label={…} />`. Each keeps the label, hint and error of `components/Field.tsx`
 * (error text tied to the control by `aria-describedby`, `aria-invalid` while wrong).
 */
import { useTranslation } from 'react-i18next';
import { useController, type Control, type FieldError, type FieldPath, type FieldValues } from 'react-hook-form';
import { Checkbox, Select, TextArea, TextInput, type CheckboxProps, type SelectProps, type TextAreaProps, type TextInputProps } from '../components/Field.tsx';

/** A field error as text: the server's words as they are, a schema's message as a translation key. */
export function useFieldErrorText(error: FieldError | undefined): string | undefined {
  const { t } = useTranslation();
  if (!error?.message) return undefined;
  if (error.type === 'server') return error.message;
  return t(error.message, { defaultValue: error.message, nsSeparator: false });
}

interface Controlled<Values extends FieldValues> {
  // The form's output type does not matter to a field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<Values, any, any>;
  name: FieldPath<Values>;
}

type Wired = 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'ref';

export function FormTextInput<Values extends FieldValues>({ control, name, ...props }: Controlled<Values> & Omit<TextInputProps, Wired>) {
  const { field, fieldState } = useController({ control, name });
  const error = useFieldErrorText(fieldState.error);
  return (
    <TextInput
      {...props}
      ref={field.ref}
      name={field.name}
      value={(field.value) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      disabled={props.disabled || field.disabled}
      error={error}
    />
  );
}

export function FormTextArea<Values extends FieldValues>({ control, name, ...props }: Controlled<Values> & Omit<TextAreaProps, Wired>) {
  const { field, fieldState } = useController({ control, name });
  const error = useFieldErrorText(fieldState.error);
  return (
    <TextArea
      {...props}
      ref={field.ref}
      name={field.name}
      value={(field.value) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      disabled={props.disabled || field.disabled}
      error={error}
    />
  );
}

export function FormSelect<Values extends FieldValues>({ control, name, ...props }: Controlled<Values> & Omit<SelectProps, Wired>) {
  const { field, fieldState } = useController({ control, name });
  const error = useFieldErrorText(fieldState.error);
  return (
    <Select
      {...props}
      ref={field.ref}
      name={field.name}
      value={(field.value) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      disabled={props.disabled || field.disabled}
      error={error}
    />
  );
}

/** A boolean field. */
export function FormCheckbox<Values extends FieldValues>({ control, name, ...props }: Controlled<Values> & Omit<CheckboxProps, Wired | 'checked'>) {
  const { field } = useController({ control, name });
  return (
    <Checkbox
      {...props}
      ref={field.ref}
      name={field.name}
      checked={Boolean(field.value)}
      onChange={(event) => field.onChange(event.target.checked)}
      onBlur={field.onBlur}
      disabled={props.disabled || field.disabled}
    />
  );
}
