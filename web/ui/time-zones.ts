/** Time zones for the console's settings and sign-up: IANA names as the browser knows them. */

/** The browser's own zone (sent at sign-up as the organization's first zone), or undefined if it has none. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every zone the browser can show, sorted, with UTC first (Intl.supportedValuesOf lists only places, so
 * UTC is added) and `current` kept even when this browser does not list it.
 */
export function timeZoneOptions(current?: string): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(listed.filter((zone) => zone !== 'UTC'));
  if (current && current !== 'UTC') zones.add(current);
  return ['UTC', ...[...zones].sort()];
}
