import { formatDateTime as formatDateTimeIn } from '../../ui/format.ts';
import { currentLanguage } from './i18n.ts';

export function formatDateTime(iso: string): string {
  return formatDateTimeIn(iso, currentLanguage());
}
