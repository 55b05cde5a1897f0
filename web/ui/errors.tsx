import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from './api/errors.ts';

export type ErrorMessage = (t: TFunction, error: unknown) => string;
export type FieldMessage = (t: TFunction, issue: FieldIssue, error: ApiError) => string;

export interface ErrorMessageOptions {
  /**
   * Whether the server's own sentence is shown for a code the app has no translation for. Staff read
   * them (a 409 explains what conflicts); the portal shows its generic sentence instead.
   */
  serverMessages: boolean;
}

/**
 * `errorMessage(t, error)`: a sentence for the person about any failed call, in the interface's
 * language. A code with an `errors.<CODE>` translation gets it; otherwise the server's message (when
 * the app shows those), `errors.server` for a 5xx, `errors.generic`; a failed connection
 * (a fetch TypeError) is `errors.network`.
 */
export function createErrorMessage(options: ErrorMessageOptions): ErrorMessage {
  return (t, error) => {
    if (error instanceof FormMessageError) return error.message;
    if (error instanceof ApiError) {
      const known = t(`errors.${error.code}`, { defaultValue: '' });
      if (known) return known;
      if (options.serverMessages && error.message) return error.message;
      return t(error.status >= 500 ? 'errors.server' : 'errors.generic');
    }
    if (error instanceof TypeError) return t('errors.network');
    return t('errors.generic');
  };
}

/** A failure whose message is already the sentence to show, e.g. a page's explanation of a 409. */
export class FormMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormMessageError';
  }
}

/** The server's words for a field, as they are. */
export const serverFieldMessage: FieldMessage = (_t, issue) => issue.message;

export interface ErrorMessages {
  /** The sentence for a failed call or form. */
  message: (error: unknown) => string;
  /** The sentence for one field the server named. */
  field: (issue: FieldIssue, error: ApiError) => string;
}

const ErrorMessageContext = createContext<{ message: ErrorMessage; field: FieldMessage }>({
  message: createErrorMessage({ serverMessages: false }),
  field: serverFieldMessage,
});

/** Each app says once how its errors read; shared components (FormDialog, DataTable…) then use it. */
export function ErrorMessageProvider({ message, field = serverFieldMessage, children }: { message: ErrorMessage; field?: FieldMessage; children: ReactNode }) {
  const value = useMemo(() => ({ message, field }), [message, field]);
  return <ErrorMessageContext.Provider value={value}>{children}</ErrorMessageContext.Provider>;
}

/** The app's error sentences in the current language. */
export function useErrorMessages(): ErrorMessages {
  const { t } = useTranslation();
  const { message, field } = useContext(ErrorMessageContext);
  return useMemo(() => ({ message: (error: unknown) => message(t, error), field: (issue: FieldIssue, error: ApiError) => field(t, issue, error) }), [t, message, field]);
}
