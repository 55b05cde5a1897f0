import { act, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useFieldArray } from 'react-hook-form';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createTestI18n, renderWithProviders } from '../../test/providers.tsx';
import { ApiError } from '../api/errors.ts';
import { FormAlert } from '../components/Feedback.tsx';
import { createErrorMessage } from '../errors.tsx';
import { FormTextInput } from './fields.tsx';
import { applyServerErrors, formErrorMessage, useServerSubmit, useZodForm } from './useZodForm.ts';

const schema = z.object({
  name: z.string().trim().min(1, 'common.required'),
  email: z.string(),
  lines: z.array(z.object({ quantity: z.string() })),
});

function OrderForm({ onValid, fieldName }: { onValid: (values: z.output<typeof schema>) => unknown; fieldName?: (field: string) => string | undefined }) {
  const form = useZodForm(schema, { defaultValues: { name: '', email: '', lines: [{ quantity: '1' }, { quantity: '2' }] } });
  const lines = useFieldArray({ control: form.control, name: 'lines' });
  const submit = useServerSubmit(form, onValid, { fieldName });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formErrorMessage(form)} />
      <FormTextInput control={form.control} name="name" label="Name" />
      <FormTextInput control={form.control} name="email" label="Email" />
      {lines.fields.map((field, index) => (
        <FormTextInput key={field.id} control={form.control} name={`lines.${index}.quantity`} label={`Quantity ${index + 1}`} />
      ))}
      <button type="submit">Save</button>
    </form>
  );
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

/** A 400 as the server sends it: each issue with a code (here: `invalid`) and its params. */
function invalid(...issues: { field: string; message: string }[]) {
  const details = issues.map((issue) => ({ ...issue, code: 'invalid', params: {} }));
  return new ApiError(400, 'VALIDATION_FAILED', `${details[0]?.field}: ${details[0]?.message}`, details);
}

describe('forms on useZodForm', () => {
  it('checks the schema before sending: a translated message tied to the field', async () => {
    const onValid = vi.fn();
    renderWithProviders(<OrderForm onValid={onValid} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const errorId = name.getAttribute('aria-describedby');
    expect(errorId && document.getElementById(errorId)?.textContent).toBe('This field is required.');
    expect(onValid).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(name);
  });

  it('sends the schema’s output: trimmed values', async () => {
    const onValid = vi.fn();
    renderWithProviders(<OrderForm onValid={onValid} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), '  Ada  ');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({ name: 'Ada', email: '', lines: [{ quantity: '1' }, { quantity: '2' }] });
  });

  it('puts the server’s field errors on the fields, dotted paths included, and focuses the first', async () => {
    const onValid = vi.fn(async () => {
      throw invalid({ field: 'lines.1.quantity', message: 'must be greater than 0' }, { field: 'email', message: 'must be a valid email address' });
    });
    renderWithProviders(<OrderForm onValid={onValid} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const quantity = screen.getByLabelText('Quantity 2');
    await waitFor(() => expect(quantity.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(quantity.getAttribute('aria-describedby') ?? '')?.textContent).toBe('must be greater than 0');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Quantity 1').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(quantity);
    // Every problem is on a field: nothing above the form repeats it.
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('clears a server error on a field once the person changes it', async () => {
    const onValid = vi.fn(async () => {
      throw invalid({ field: 'email', message: 'must be a valid email address' });
    });
    renderWithProviders(<OrderForm onValid={onValid} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    await userEvent.type(email, 'ada@example.test');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBeNull());
  });

  it('shows what no field can hold above the form, in the app’s words', async () => {
    const onValid = vi.fn(async () => {
      throw invalid({ field: 'customer_id', message: 'is required' });
    });
    renderWithProviders(<OrderForm onValid={onValid} />, { i18n, errorMessage: createErrorMessage({ serverMessages: false }) });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Check the form.'));
  });

  it('shows a conflict above the form and a staff app’s server sentence for an unknown code', async () => {
    const conflict = vi.fn(async () => {
      throw new ApiError(409, 'CONFLICT', 'The invoice was paid meanwhile');
    });
    const { unmount } = renderWithProviders(<OrderForm onValid={conflict} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('It changed in the meantime.'));
    unmount();

    const mismatch = vi.fn(async () => {
      throw new ApiError(422, 'CURRENCY_MISMATCH', 'The payment is in EUR, the invoice in USD');
    });
    renderWithProviders(<OrderForm onValid={mismatch} />, { i18n, errorMessage: createErrorMessage({ serverMessages: true }) });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The payment is in EUR, the invoice in USD'));
  });

  it('maps the server’s field names onto the form’s', async () => {
    const onValid = vi.fn(async () => {
      throw invalid({ field: 'items.0.qty', message: 'must be a whole number' });
    });
    renderWithProviders(<OrderForm onValid={onValid} fieldName={(field) => field.replace(/^items\.(\d+)\.qty$/, 'lines.$1.quantity')} />, { i18n });
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Quantity 1').getAttribute('aria-invalid')).toBe('true'));
  });
});

/** A form whose errors the test reads after each render (react-hook-form renders for what is read). */
function useWatchedForm(lines: { quantity: string }[]) {
  const form = useZodForm(schema, { defaultValues: { name: '', email: '', lines } });
  void form.formState.errors;
  return form;
}

describe('applyServerErrors', () => {
  it('reports which fields took a message and which the form does not have', () => {
    const { result } = renderHook(() => useWatchedForm([{ quantity: '1' }]));
    let outcome: ReturnType<typeof applyServerErrors> | undefined;
    act(() => {
      outcome = applyServerErrors(result.current, invalid({ field: 'lines.0.quantity', message: 'bad' }, { field: 'lines.3.quantity', message: 'bad' }, { field: 'name', message: 'taken' }), {
        formMessage: 'Check the form.',
        fieldMessage: (issue) => `«${issue.message}»`,
      });
    });
    expect(outcome).toEqual({ fields: ['lines.0.quantity', 'name'], unmatched: [{ field: 'lines.3.quantity', code: 'invalid', params: {}, message: 'bad' }] });
    expect(result.current.getFieldState('name').error).toMatchObject({ type: 'server', message: '«taken»' });
    expect(formErrorMessage(result.current)).toBe('Check the form.');
  });

  it('takes any other failure as the form’s error', () => {
    const { result } = renderHook(() => useWatchedForm([]));
    let outcome: ReturnType<typeof applyServerErrors> | undefined;
    act(() => {
      outcome = applyServerErrors(result.current, new TypeError('Failed to fetch'));
    });
    expect(outcome).toEqual({ fields: [], unmatched: [] });
    expect(formErrorMessage(result.current)).toBe('Failed to fetch');
  });
});
