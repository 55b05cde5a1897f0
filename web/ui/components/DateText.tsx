import { formatCalendarDate } from '../billing-format.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { useLocale } from '../locale.ts';

export interface DateTextProps {
  value: string | null | undefined;
  /**
   * `calendar`: a date without a time (YYYY-MM-DD: issue and due dates), never shifted by the time
   * zone; `date`: the day of a timestamp; `datetime`: a timestamp with its time.
   */
  kind?: 'calendar' | 'date' | 'datetime';
  /** What to show without a date. */
  fallback?: string;
  className?: string;
}

/** A date in the interface's language, in a `<time>` that carries the machine-readable value. */
export function DateText({ value, kind = 'calendar', fallback = '', className }: DateTextProps) {
  const locale = useLocale();
  if (!value) return <>{fallback}</>;
  const text = kind === 'calendar' ? formatCalendarDate(value, locale) : kind === 'date' ? formatDate(value, locale) : formatDateTime(value, locale);
  return (
    <time dateTime={value} className={className}>
      {text}
    </time>
  );
}
