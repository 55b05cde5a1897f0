import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { Checkbox } from '../../../ui/components/index.ts';
import { useFieldErrorText } from '../../../ui/forms/fields.tsx';
import type { Plan } from './queries.ts';

/** A set of plans chosen by checkboxes (the plans a customer may change to, the plans of an add-on). */
export function PlanChoices<Values extends FieldValues>({
  control,
  name,
  legend,
  plans,
  empty,
}: {
  // The form's output type does not matter to a field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control: Control<Values, any, any>;
  name: FieldPathByValue<Values, string[]>;
  legend: string;
  plans: Plan[];
  empty: string;
}) {
  const { field, fieldState } = useController({ control, name });
  const error = useFieldErrorText(fieldState.error);
  const chosen = new Set<string>(field.value as string[]);
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...chosen, id] : [...chosen].filter((other) => other !== id));
  return (
    <fieldset className="ui-field">
      <legend>{legend}</legend>
      {plans.length === 0 ? <p className="ui-muted">{empty}</p> : null}
      {plans.map((plan) => (
        <Checkbox key={plan.id} label={`${plan.name} (${plan.code})`} checked={chosen.has(plan.id)} onChange={(event) => toggle(plan.id, event.target.checked)} />
      ))}
      {error ? <p className="ui-field__error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
