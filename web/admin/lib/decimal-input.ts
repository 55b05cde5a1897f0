/**
 * The sentence for a decimal a person typed that cannot be read (`parseDecimal` of ui/billing-format):
 * the forms' schemas put it on the field, in the interface's language.
 */
import type { TFunction } from 'i18next';
import type { ParsedDecimal } from '../../ui/billing-format.ts';

export function decimalInputError(parsed: ParsedDecimal, places: number, t: TFunction): string | undefined {
  if (parsed.ok) return undefined;
  if (parsed.reason === 'empty') return t('lines.errors.required');
  if (parsed.reason === 'too_many_decimals') return t('lines.errors.decimals', { count: places });
  if (parsed.reason === 'too_large') return t('lines.errors.tooLarge');
  return t('lines.errors.number');
}
