import { describe, expect, it } from 'vitest';
import { bucketOf, duePeriod, lastCompletePeriod, periodInstants, seriesOf, startOfDayInstant } from './activity-report.ts';
import { renderActivityDigestEmail } from './activity-digest-email.ts';

describe('report periods on the organization calendar', () => {
  it('bounds a period by the local midnights, across a daylight saving change', () => {
    // New York: EDT (UTC−4) until 1 November 2026, then EST (UTC−5).
    expect(periodInstants({ from: '2026-10-31', to: '2026-11-01', timeZone: 'America/New_York' })).toEqual({ start: '2026-10-31T04:00:00.000Z', end: '2026-11-02T05:00:00.000Z' });
    expect(startOfDayInstant('2026-12-03', 'Asia/Kolkata')).toBe('2026-12-02T18:30:00.000Z');
    expect(startOfDayInstant('2026-12-03', 'UTC')).toBe('2026-12-03T00:00:00.000Z');
  });

  it('buckets by day, ISO week from Monday and month', () => {
    expect(bucketOf('2026-12-03', 'day')).toBe('2026-12-03');
    expect(bucketOf('2026-12-03', 'week')).toBe('2026-11-30');
    expect(bucketOf('2026-11-30', 'week')).toBe('2026-11-30');
    expect(bucketOf('2026-12-06', 'week')).toBe('2026-11-30');
    expect(bucketOf('2026-12-31', 'month')).toBe('2026-12-01');
  });

  it('fills every bucket of the period, zero where nothing happened', () => {
    const counts = new Map([
      ['2026-11-29', 2],
      ['2026-12-01', 3],
      ['2026-12-05', 1],
      ['2026-12-20', 9],
    ]);
    expect(seriesOf({ from: '2026-11-29', to: '2026-12-02' }, 'day', counts)).toEqual([
      { start: '2026-11-29', count: 2 },
      { start: '2026-11-30', count: 0 },
      { start: '2026-12-01', count: 3 },
      { start: '2026-12-02', count: 0 },
    ]);
    expect(seriesOf({ from: '2026-11-29', to: '2026-12-06' }, 'week', counts)).toEqual([
      { start: '2026-11-23', count: 2 },
      { start: '2026-11-30', count: 4 },
    ]);
    expect(seriesOf({ from: '2026-11-29', to: '2026-12-31' }, 'month', counts)).toEqual([
      { start: '2026-11-01', count: 2 },
      { start: '2026-12-01', count: 13 },
    ]);
  });
});


describe('digest periods', () => {
  it('daily: yesterday on the organization calendar, due once', () => {
    // 03:30 UTC on 3 December is still 2 December in New York.
    const now = new Date('2026-12-03T03:30:00.000Z');
    expect(lastCompletePeriod('daily', 'America/New_York', now)).toEqual({ from: '2026-12-01', to: '2026-12-01', end: '2026-12-02T05:00:00.000Z' });
    expect(lastCompletePeriod('daily', 'Pacific/Auckland', now)).toEqual({ from: '2026-12-02', to: '2026-12-02', end: '2026-12-02T11:00:00.000Z' });
    expect(duePeriod('daily', null, 'America/New_York', now)?.from).toBe('2026-12-01');
    expect(duePeriod('daily', '2026-12-02T05:00:00.000Z', 'America/New_York', now)).toBeNull();
    expect(duePeriod('daily', '2026-12-01T05:00:00.000Z', 'America/New_York', now)?.from).toBe('2026-12-01');
    expect(duePeriod('off', null, 'UTC', now)).toBeNull();
  });

  it('weekly: last Monday to Sunday', () => {
    const now = new Date('2026-12-03T12:00:00.000Z');
    expect(lastCompletePeriod('weekly', 'Europe/Berlin', now)).toEqual({ from: '2026-11-23', to: '2026-11-29', end: '2026-11-29T23:00:00.000Z' });
  });
});

describe('digest email', () => {
  it('is written in the staff member’s language, with counts and customers', () => {
    const mail = renderActivityDigestEmail({
      language: 'de',
      organizationName: 'Acme <GmbH>',
      brandColor: '#123456',
      preference: 'weekly',
      from: '2026-11-23',
      to: '2026-11-29',
      total: 1234,
      rows: [{ module: 'invoices', action: 'document_viewed', count: 1234 }],
      customers: [{ display_name: 'Globex & Co', count: 1200 }],
      reportUrl: 'http://portico.test/admin/reports/portal-activities?from=2026-11-23&to=2026-11-29',
    });
    expect(mail.subject).toBe('Portal-Aktivität vom 23. November 2026 bis 29. November 2026');
    expect(mail.text).toContain('1.234 Aktivitäten im Portal');
    expect(mail.text).toContain('Rechnungen · Angesehen: 1.234');
    expect(mail.text).toContain('Globex & Co: 1.200');
    expect(mail.html).toContain('Acme &lt;GmbH&gt;');
    expect(mail.html).toContain('Globex &amp; Co');
  });
});
