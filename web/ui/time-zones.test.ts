import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, getDisplayTimeZone, setDisplayTimeZone } from './format.ts';
import { browserTimeZone, timeZoneOptions } from './time-zones.ts';

describe('moments in the organization’s time zone', () => {
  afterEach(() => setDisplayTimeZone(undefined));
  const moment = '2026-06-15T12:30:00.000Z';

  it('shows a moment in the zone set, whatever the browser’s own', () => {
    setDisplayTimeZone('Pacific/Auckland');
    expect(formatDateTime(moment, 'en')).toBe('Jun 16, 2026, 12:30 AM');
    expect(formatDate(moment, 'en')).toBe('Jun 16, 2026');
    setDisplayTimeZone('Pacific/Honolulu');
    expect(formatDateTime(moment, 'en')).toBe('Jun 15, 2026, 2:30 AM');
    setDisplayTimeZone('UTC');
    expect(formatDateTime(moment, 'de')).toBe('15.06.2026, 12:30');
  });

  it('never moves a calendar date to another day', () => {
    setDisplayTimeZone('Pacific/Honolulu');
    expect(formatDate('2026-06-15', 'en')).toBe('Jun 15, 2026');
  });

  it('ignores a zone the browser does not know, and forgets the zone when cleared', () => {
    setDisplayTimeZone('Mars/Olympus');
    expect(getDisplayTimeZone()).toBeUndefined();
    setDisplayTimeZone('Europe/Berlin');
    expect(getDisplayTimeZone()).toBe('Europe/Berlin');
    setDisplayTimeZone(null);
    expect(getDisplayTimeZone()).toBeUndefined();
  });
});

describe('the time zone list', () => {
  it('starts with UTC, lists the browser’s zones once, sorted, and keeps the current one', () => {
    const zones = timeZoneOptions();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Pacific/Auckland');
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.slice(1)).toEqual([...zones.slice(1)].sort());
    expect(timeZoneOptions('Antarctica/Made_Up')).toContain('Antarctica/Made_Up');
  });

  it('knows the browser’s zone', () => {
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
