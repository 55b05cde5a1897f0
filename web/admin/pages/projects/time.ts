/**
 * Durations of the project pages: whole minutes on the wire, hours:minutes on screen ("1:30"), and
 * what a person types for a duration ("1:30", "1.5", "1,5", "90m", "1h 30m") back into minutes.
 */

/** 90 → "1:30", 5 → "0:05", 6000 → "100:00". */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const whole = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A running timer's elapsed time: 3725 s → "1:02:05". */
export function formatElapsed(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

const MAX_MINUTES = 100_000 * 60;

/**
 * Minutes of what was typed, or null when it is not a duration: "1:30" (hours:minutes), "1.5" / "1,5"
 * (hours), "90m", "2h", "1h 30m", "1h30". A bare whole number is hours ("2" → 120).
 */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return null;
  let minutes: number | null = null;
  const clock = /^(\d{1,6}):([0-5]?\d)$/.exec(s);
  const decimal = /^(\d{1,6})(?:[.,](\d{1,4}))?$/.exec(s);
  const units = /^(?:(\d{1,6}(?:[.,]\d{1,4})?) ?h)? ?(?:(\d{1,6}) ?m(?:in)?)?$/.exec(s);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (decimal) minutes = Math.round(Number(`${decimal[1]}.${decimal[2] ?? '0'}`) * 60);
  else if (units && (units[1] || units[2])) {
    const hours = units[1] ? Number(units[1].replace(',', '.')) : 0;
    minutes = Math.round(hours * 60) + Number(units[2] ?? 0);
  } else if (/^\d{1,6}h ?\d{1,2}$/.test(s)) {
    const [h = '0', m = '0'] = s.split(/h ?/);
    minutes = Number(h) * 60 + Number(m);
  }
  if (minutes === null || !Number.isFinite(minutes) || minutes > MAX_MINUTES) return null;
  return minutes;
}

/** Hours in thousandths (an invoice line's quantity) as text: 1500 → "1.5" in the language's digits. */
export function formatMilliHours(quantityMilli: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantityMilli / 1000);
}

/** A share of a budget in percent, for the budget bar: never below 0; above 100 when over budget. */
export function budgetShare(used: number, budget: number | null): number | null {
  if (!budget || budget <= 0) return null;
  return Math.max(0, Math.round((used / budget) * 100));
}
