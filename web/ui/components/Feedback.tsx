import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { cx } from './cx.ts';

/** A spinner announced to screen readers by its label. */
export function Spinner({ label, inline = false }: { label: string; inline?: boolean }) {
  return (
    <div className={cx('ui-spinner', inline && 'ui-spinner--inline')} role="status">
      <span className="ui-spinner__wheel" aria-hidden="true" />
      <span className={inline ? 'ui-visually-hidden' : 'ui-spinner__label'}>{label}</span>
    </div>
  );
}

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="ui-empty">
      <p className="ui-empty__title">{title}</p>
      {description ? <p className="ui-empty__description">{description}</p> : null}
      {action ? <div className="ui-empty__action">{action}</div> : null}
    </div>
  );
}

export interface ErrorStateProps {
  title: ReactNode;
  message?: ReactNode;
  retryLabel?: string;
  onRetry?: () => void;
}

/** A failed load: what went wrong and, where it makes sense, a retry. */
export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div className="ui-error-state" role="alert">
      <p className="ui-error-state__title">{title}</p>
      {message ? <p className="ui-error-state__message">{message}</p> : null}
      {onRetry && retryLabel ? <Button onClick={onRetry}>{retryLabel}</Button> : null}
    </div>
  );
}

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A coloured pill for a status; the text says it, the colour only repeats it. */
export function StatusBadge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={cx('ui-badge', `ui-badge--${tone}`)}>{children}</span>;
}

/** An inline message box (success, error…) that screen readers announce. */
export function Notice({ tone = 'info', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div className={cx('ui-notice', `ui-notice--${tone}`)} role={tone === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

export interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** Text under the bar, e.g. "42 of 150". */
  valueText?: string;
}

/** A native `<progress>`: its role, value and maximum reach assistive technology by themselves. */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  const safeMax = Math.max(max, 1);
  return (
    <div className="ui-progress">
      <div className="ui-progress__label">{label}</div>
      <progress className="ui-progress__bar" value={Math.min(value, safeMax)} max={safeMax} aria-label={label} aria-valuetext={valueText} />
      {valueText ? <div className="ui-progress__text">{valueText}</div> : null}
    </div>
  );
}

/** A form's error in a live region that exists before the error does, so that it is announced. */
export function FormAlert({ message }: { message: string | undefined }) {
  return (
    <div className="ui-alert-region" role="alert">
      {message ? <p className="ui-notice ui-notice--danger">{message}</p> : null}
    </div>
  );
}
