import { describe, expect, it } from 'vitest';
import { budgetShare, formatDuration, formatElapsed, parseDuration } from './time.ts';

describe('durations on the project pages', () => {
  it('shows minutes as hours:minutes', () => {
    expect(formatDuration(90)).toBe('1:30');
    expect(formatDuration(5)).toBe('0:05');
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(6000)).toBe('100:00');
  });

  it('shows a timer’s elapsed seconds with hours, minutes and seconds', () => {
    expect(formatElapsed(3725)).toBe('1:02:05');
    expect(formatElapsed(-3)).toBe('0:00:00');
  });

  it('reads the ways people type a duration', () => {
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration('0:05')).toBe(5);
    expect(parseDuration('1.5')).toBe(90);
    expect(parseDuration('1,25')).toBe(75);
    expect(parseDuration('2')).toBe(120);
    expect(parseDuration('90m')).toBe(90);
    expect(parseDuration('2h')).toBe(120);
    expect(parseDuration('1h 30m')).toBe(90);
    expect(parseDuration('1h30')).toBe(90);
    expect(parseDuration(' 45 min ')).toBe(45);
  });

  it('refuses what is not a duration', () => {
    expect(parseDuration('')).toBeNull();
    expect(parseDuration('abc')).toBeNull();
    expect(parseDuration('1:75')).toBeNull();
    expect(parseDuration('-1')).toBeNull();
  });

  it('says how much of a budget is used', () => {
    expect(budgetShare(30, 60)).toBe(50);
    expect(budgetShare(90, 60)).toBe(150);
    expect(budgetShare(10, null)).toBeNull();
    expect(budgetShare(10, 0)).toBeNull();
  });
});
