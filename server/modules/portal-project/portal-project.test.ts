import { describe, expect, it } from 'vitest';
import { isMonday, timesheetCsv, usedMinorOf, weekRange, weekStartOf } from './portal-project.ts';

describe('weeks of the timesheet', () => {
  it('run Monday to Sunday', () => {
    expect(isMonday('2026-12-07')).toBe(true);
    expect(isMonday('2026-12-06')).toBe(false);
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07');
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
    expect(weekRange('2026-12-28')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});

describe('the used amount of a project', () => {
  const groups = [
    { minutes: 90, taskRateMinor: 7000, staffRateMinor: 9000 },
    { minutes: 20, taskRateMinor: 5000, staffRateMinor: null },
  ];
  it('values billable time at the rate the billing method takes', () => {
    expect(usedMinorOf('project_hours', 6000, groups)).toBe(9000 + 2000);
    expect(usedMinorOf('task_hours', 6000, groups)).toBe(10500 + 1667);
    expect(usedMinorOf('staff_hours', 6000, groups)).toBe(13500);
    expect(usedMinorOf('fixed_price', 6000, groups)).toBeNull();
  });
});

describe('the timesheet CSV', () => {
  it('writes the header, hours with two decimals and quoted notes', () => {
    expect(timesheetCsv([{ work_date: '2026-12-07', task: 'Design', staff_name: 'Olivia', duration_minutes: 90, status: 'approved', notes: 'line\nbreak' }])).toBe(
      'date,task,staff,duration_minutes,hours,status,notes\r\n2026-12-07,Design,Olivia,90,1.50,approved,"line\nbreak"\r\n',
    );
  });
});
