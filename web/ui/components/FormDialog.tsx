import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { formErrorMessage, useServerSubmit } from '../forms/useZodForm.ts';
import { Button, type ButtonVariant } from './Button.tsx';
import { Dialog } from './Dialog.tsx';
import { FormAlert } from './Feedback.tsx';

export interface FormDialogProps<Values extends FieldValues, Output> {
  open: boolean;
  title: ReactNode;
  /** The form (useZodForm) whose fields are the children. */
  form: UseFormReturn<Values, unknown, Output>;
  /**
   * Runs with the validated values. When it resolves the dialog closes; when it throws, the error shows
   * on the fields the server named and above them (a `FormMessageError` shows its own sentence).
   */
  onSubmit: (values: Output) => unknown;
  onClose: () => void;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  /** Defaults to the app's `common.cancel` and `common.close`. */
  cancelLabel?: string;
  closeLabel?: string;
  /** The form's field for a field the server named, when they differ. */
  fieldName?: (serverField: string) => string | undefined;
  /** Puts the fields back to the form's default values each time the dialog opens (default: yes). */
  resetOnOpen?: boolean;
  size?: 'normal' | 'wide';
  children: ReactNode;
}

/**
 * A dialog hosting a form: the first field gets focus when it opens and focus goes back to the button
 * that opened it when it closes (native `<dialog>`); Escape and Cancel close it; Submit shows a
 * spinner while the request runs; errors stay in the dialog, announced.
 */
export function FormDialog<Values extends FieldValues, Output>(props: FormDialogProps<Values, Output>) {
  const { open, title, form, onSubmit, onClose, submitLabel, submitVariant = 'primary', fieldName, resetOnOpen = true, size, children } = props;
  const { t } = useTranslation();
  const formId = useId();
  const body = useRef<HTMLDivElement>(null);
  const submit = useServerSubmit(form, onSubmit, { fieldName, onSuccess: onClose });

  useEffect(() => {
    if (!open) return;
    if (resetOnOpen) form.reset();
    // After showModal has placed focus on the dialog: the first field is where typing starts, unless the
    // person already went to a field (a click or Tab before the next frame), whose typing must not move.
    const frame = window.requestAnimationFrame(() => {
      const fields = 'input, textarea, select';
      if (document.activeElement instanceof HTMLElement && document.activeElement.matches(fields) && body.current?.contains(document.activeElement)) return;
      body.current?.querySelector<HTMLElement>(fields)?.focus();
    });
    return () => window.cancelAnimationFrame(frame);
    // Only the opening matters; the form object is stable.
  }, [open]);

  const pending = form.formState.isSubmitting;
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      closeLabel={props.closeLabel ?? t('common.close')}
      size={size}
      footer={
        <>
          <Button onClick={onClose}>{props.cancelLabel ?? t('common.cancel')}</Button>
          <Button type="submit" form={formId} variant={submitVariant} busy={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={(event) => void submit(event)} noValidate>
        <div ref={body} className="ui-form-body">
          <FormAlert message={formErrorMessage(form)} />
          {children}
        </div>
      </form>
    </Dialog>
  );
}
