import { describe, expect, it } from 'vitest';
import { approvableSelection, budgetPercent, formatDuration, mondayOf, sundayOf } from './project-time.ts';
import type { TimeEntry } from './queries.ts';

const entry = (id: string, status: TimeEntry['status']): TimeEntry => ({
  id,
  status,
  task: { id: 't', name: 'Design' },
  work_date: '2026-12-07',
  duration_minutes: 60,
  notes: null,
  staff_name: 'Olivia',
  approved_at: null,
  queried_at: null,
  last_query: null,
  version: 1,
});

describe('the approval selection', () => {
  it('approves only the selected entries that await approval', () => {
    const entries = [entry('a', 'awaiting_approval'), entry('b', 'approved'), entry('c', 'awaiting_approval'), entry('d', 'queried')];
    expect(approvableSelection(entries, new Set(['a', 'b', 'd']))).toEqual(['a']);
    expect(approvableSelection(entries, new Set())).toEqual([]);
  });

  it('picks weeks from Monday to Sunday', () => {
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(sundayOf('2026-12-28')).toBe('2027-01-03');
  });

  it('shows durations and budget use', () => {
    expect(formatDuration(90)).toBe('1:30');
    expect(formatDuration(5)).toBe('0:05');
    expect(budgetPercent(450, 600)).toBe(75);
    expect(budgetPercent(10, null)).toBeNull();
  });
});
