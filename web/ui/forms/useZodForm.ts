import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, type BaseSyntheticEvent } from 'react';
import { get, useForm, type ErrorOption, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError, type FieldIssue } from '../api/errors.ts';
import { useErrorMessages } from '../errors.tsx';

/** A zod schema of a form: its input is what the fields hold, its output what is submitted. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;
export type ZodForm<Schema extends FormSchema> = UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>;

/**
 * A react-hook-form form validated by a zod schema (from `contract/` where one exists). Give every field
 * a default value: server errors are mapped onto the fields the values hold. Messages of the schema
 * are translation keys (`common.required`); the field components translate them.
 */
export function useZodForm<Schema extends FormSchema>(schema: Schema, options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, 'resolver'> = {}): ZodForm<Schema> {
  // The resolver validates with exactly this schema, so its values are the schema's input and output.
  const resolver = zodResolver(schema) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>;
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({ ...options, resolver });
}

/** The form-level error (set by applyServerErrors), shown above the fields. */
export const serverErrorName = 'root.server';

/** What applyServerErrors needs of a form (any react-hook-form form has it). */
export interface ErrorTarget {
  getValues: () => unknown;
  setError: (name: never, error: ErrorOption, options?: { shouldFocus: boolean }) => void;
}

/** What formErrorMessage needs of a form. */
export interface ErrorSource {
  formState: { errors: { root?: Record<string, { message?: string } | undefined> } };
}

export interface ServerErrorOptions {
  /** The sentence above the fields; by default the error's own message. */
  formMessage?: string;
  /** The sentence for one field the server named; by default the server's words. */
  fieldMessage?: (issue: FieldIssue, error: ApiError) => string;
  /** The form's field for a field the server named, when they differ (`contact_persons.0.email` → `contacts.0.email`). */
  fieldName?: (serverField: string) => string | undefined;
}

export interface ServerErrorResult {
  /** Fields that now show the server's message. */
  fields: string[];
  /** Fields the server named that the form does not have. */
  unmatched: FieldIssue[];
}

/**
 * A failed submit onto the form: each field the server named (`details[].field`, dotted paths like
 * `lines.0.quantity`) shows its message and the first one gets focus; anything else (another error,
 * or fields the form does not hold) is the form-level error `root.server`.
 */
export function applyServerErrors(form: ErrorTarget, error: unknown, options: ServerErrorOptions = {}): ServerErrorResult {
  const result: ServerErrorResult = { fields: [], unmatched: [] };
  const values: unknown = form.getValues();
  if (error instanceof ApiError) {
    for (const issue of error.fieldIssues) {
      const name = options.fieldName ? options.fieldName(issue.field) : issue.field;
      if (name === undefined || get(values, name) === undefined) {
        result.unmatched.push(issue);
        continue;
      }
      if (result.fields.includes(name)) continue;
      const message = options.fieldMessage ? options.fieldMessage(issue, error) : issue.message;
      form.setError(name as never, { type: 'server', message }, { shouldFocus: result.fields.length === 0 });
      result.fields.push(name);
    }
  }
  const explainedByFields = error instanceof ApiError && error.code === 'VALIDATION_FAILED' && result.fields.length > 0 && result.unmatched.length === 0;
  if (!explainedByFields) {
    const message = options.formMessage ?? (error instanceof Error ? error.message : String(error));
    form.setError(serverErrorName as never, { type: 'server', message });
  }
  return result;
}

/** The form-level error's sentence, if there is one. */
export function formErrorMessage(form: ErrorSource): string | undefined {
  return form.formState.errors.root?.server?.message;
}

/**
 * The form's submit handler: validates with the schema, then runs `onValid`; when that throws, the
 * failure lands on the fields and the form (applyServerErrors with the app's error sentences).
 */
export function useServerSubmit<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
  onValid: (values: Output) => unknown,
  options: Pick<ServerErrorOptions, 'fieldName'> & { onSuccess?: () => void } = {},
): (event?: BaseSyntheticEvent) => Promise<void> {
  const messages = useErrorMessages();
  const { fieldName, onSuccess } = options;
  return useCallback(
    (event?: BaseSyntheticEvent) =>
      form.handleSubmit(async (values) => {
        form.clearErrors(serverErrorName);
        try {
          await onValid(values);
        } catch (error) {
          applyServerErrors(form, error, { formMessage: messages.message(error), fieldMessage: messages.field, fieldName });
          return;
        }
        onSuccess?.();
      })(event),
    [form, onValid, messages, fieldName, onSuccess],
  );
}
