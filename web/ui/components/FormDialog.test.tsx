import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createTestI18n, renderWithProviders } from '../../test/providers.tsx';
import { ApiError } from '../api/errors.ts';
import { FormMessageError } from '../errors.tsx';
import { FormSelect, FormTextArea } from '../forms/fields.tsx';
import { useZodForm } from '../forms/useZodForm.ts';
import { FormDialog } from './FormDialog.tsx';

const disputeSchema = z.object({ line_id: z.string(), reason: z.string().trim().min(1, 'common.required') });

function DisputeDialog({ onSubmit }: { onSubmit: (values: z.output<typeof disputeSchema>) => unknown }) {
  const [open, setOpen] = useState(false);
  const form = useZodForm(disputeSchema, { defaultValues: { line_id: '', reason: '' } });
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Dispute
      </button>
      <FormDialog open={open} title="Dispute invoice INV-1" form={form} onSubmit={onSubmit} onClose={() => setOpen(false)} submitLabel="Send dispute">
        <FormSelect
          control={form.control}
          name="line_id"
          label="What do you dispute?"
          options={[
            { value: '', label: 'The whole invoice' },
            { value: 'l1', label: 'Setup' },
          ]}
        />
        <FormTextArea control={form.control} name="reason" label="Reason" />
      </FormDialog>
    </>
  );
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await createTestI18n();
});

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Dispute' }));
  return screen.getByRole('dialog', { name: 'Dispute invoice INV-1' });
}

describe('FormDialog', () => {
  it('opens with the first field focused', async () => {
    renderWithProviders(<DisputeDialog onSubmit={vi.fn()} />, { i18n });
    const dialog = await openDialog();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('combobox', { name: 'What do you dispute?' })));
  });

  it('leaves focus where the person went before the first field got it, so their typing stays there', async () => {
    renderWithProviders(<DisputeDialog onSubmit={vi.fn()} />, { i18n });
    await userEvent.click(screen.getByRole('button', { name: 'Dispute' }));
    const dialog = screen.getByRole('dialog', { name: 'Dispute invoice INV-1' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    // Focus on the reason before the dialog's next frame, then wait past it.
    reason.focus();
    await new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve)));
    expect(document.activeElement).toBe(reason);
    await userEvent.keyboard('Wrong quantity');
    expect((reason as HTMLTextAreaElement).value).toBe('Wrong quantity');
  });

  it('keeps the dialog open with the field’s error when the schema refuses', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<DisputeDialog onSubmit={onSubmit} />, { i18n });
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send dispute' }));
    await within(dialog).findByText('This field is required.');
    expect(within(dialog).getByRole('textbox', { name: 'Reason' }).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the values, shows it is busy meanwhile, and closes when done', async () => {
    let finish: () => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderWithProviders(<DisputeDialog onSubmit={onSubmit} />, { i18n });
    const dialog = await openDialog();
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'What do you dispute?' }), 'l1');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Paid last year.');
    await userEvent.keyboard('{Tab}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send dispute' }));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Send dispute' }).getAttribute('aria-busy')).toBe('true'));
    expect(onSubmit).toHaveBeenCalledWith({ line_id: 'l1', reason: 'Paid last year.' });
    finish();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('stays open with the server’s refusal, and with a page’s own explanation', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(409, 'CONFLICT', 'Already disputed'))
      .mockRejectedValueOnce(new FormMessageError('This invoice was paid in the meantime.'));
    renderWithProviders(<DisputeDialog onSubmit={onSubmit} />, { i18n });
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Wrong amount');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send dispute' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('It changed in the meantime.'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send dispute' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('This invoice was paid in the meantime.'));
    expect(screen.getByRole('dialog')).toBe(dialog);
  });

  it('cancels without sending, and opens again with empty fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<DisputeDialog onSubmit={onSubmit} />, { i18n });
    let dialog = await openDialog();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Draft');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    dialog = await openDialog();
    expect(within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Reason' }).value).toBe('');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
