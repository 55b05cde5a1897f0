import { ApiError } from '../../ui/api/errors.ts';
import { createErrorMessage, serverFieldMessage } from '../../ui/errors.tsx';

/**
 * A sentence for the person about a failed call: the translation of a known code, else the server's
 * own message (staff read them: a 409 says what conflicts), else a generic sentence.
 */
export const errorMessage = createErrorMessage({ serverMessages: true });

/** Staff see the server's words for a field as they are. */
export const fieldMessage = serverFieldMessage;

/** The server's message for one field of a rejected form, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(field) : undefined;
}
