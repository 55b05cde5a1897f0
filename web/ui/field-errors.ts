import type { TFunction } from 'i18next';
import type { FieldIssue } from './api/errors.ts';

/**
 * A field issue in the reader's language, from its code (contract/errors.ts `fieldIssueCodes`):
 * `fieldErrors.<code>_<origin or format>` where the wording depends on it (characters, a number, an
 * email address…), else `fieldErrors.<code>`, filled with the issue's params.
 */
export function fieldIssueText(t: TFunction, issue: FieldIssue): string {
  const { params } = issue;
  const variant = typeof params.origin === 'string' ? params.origin : typeof params.format === 'string' ? params.format : undefined;
  const values = Array.isArray(params.values) ? { values: params.values.map(String).join(', ') } : {};
  const keys = [...(variant ? [`fieldErrors.${issue.code}_${variant}`] : []), `fieldErrors.${issue.code}`, 'fieldErrors.invalid'];
  return t(keys, { ...params, ...values });
}
