import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, type ButtonVariant } from '../../ui/components/Button.tsx';
import { Dialog } from '../../ui/components/Dialog.tsx';
import { FormAlert } from './Feedback.tsx';

interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  busy: boolean;
  /** The form's error in the person's words (fields show their own). */
  error: string | undefined;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal form on the shared dialog: focus goes to its first field when it opens and back to the button
 * that opened it when it closes; Escape cancels.
 */
export function FormDialog({ open, title, submitLabel, submitVariant = 'primary', busy, error, onSubmit, onClose, children }: FormDialogProps) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // After showModal has placed focus on the dialog's first control.
    const frame = window.requestAnimationFrame(() => body.current?.querySelector<HTMLElement>('input, textarea, select')?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} title={title} onClose={onClose} closeLabel={t('common.close')}>
      <form onSubmit={submit} noValidate>
        <div ref={body}>
          <FormAlert message={error} />
          {children}
        </div>
        <div className="ui-button-row p-dialog-actions">
          <Button type="submit" variant={submitVariant} busy={busy}>
            {submitLabel}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
