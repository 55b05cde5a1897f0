import { useEffect, useId, useRef, type ReactNode } from 'react';
import { cx } from './cx.ts';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Accessible name of the × button, in the page's language. */
  closeLabel: string;
  children: ReactNode;
  /** Buttons at the bottom (cancel, confirm…). */
  footer?: ReactNode;
  size?: 'normal' | 'wide';
}

/**
 * A modal on the native `<dialog>`: the browser traps focus, Escape closes it, and focus returns to
 * where it was when it closes.
 */
export function Dialog({ open, title, onClose, closeLabel, children, footer, size = 'normal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={cx('ui-dialog', size === 'wide' && 'ui-dialog--wide')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="ui-dialog__header">
        <h2 id={titleId} className="ui-dialog__title">
          {title}
        </h2>
        <button type="button" className="ui-dialog__close" onClick={onClose} aria-label={closeLabel}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="ui-dialog__body">{children}</div>
      {footer ? <div className="ui-dialog__footer">{footer}</div> : null}
    </dialog>
  );
}
