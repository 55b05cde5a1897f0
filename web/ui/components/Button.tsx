import type { ButtonHTMLAttributes } from 'react';
import { cx } from './cx.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** Shows a spinner, disables the button and sets aria-busy while an action runs. */
  busy?: boolean;
}

/** A button that is `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'secondary', size = 'normal', busy = false, type = 'button', className, disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={cx('ui-button', `ui-button--${variant}`, size === 'small' && 'ui-button--small', className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? <span className="ui-button__spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
