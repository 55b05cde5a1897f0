import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tab-keys.ts';

const tabs = ['tasks', 'timesheets', 'comments'] as const;

describe('tabAfterKey', () => {
  it('moves right and left with the arrow keys, wrapping round at both ends', () => {
    expect(tabAfterKey(tabs, 'tasks', 'ArrowRight')).toBe('timesheets');
    expect(tabAfterKey(tabs, 'comments', 'ArrowRight')).toBe('tasks');
    expect(tabAfterKey(tabs, 'timesheets', 'ArrowLeft')).toBe('tasks');
    expect(tabAfterKey(tabs, 'tasks', 'ArrowLeft')).toBe('comments');
  });

  it('goes to the first tab with Home and the last with End', () => {
    expect(tabAfterKey(tabs, 'timesheets', 'Home')).toBe('tasks');
    expect(tabAfterKey(tabs, 'tasks', 'End')).toBe('comments');
  });

  it('ignores every other key', () => {
    expect(tabAfterKey(tabs, 'tasks', 'Enter')).toBeUndefined();
    expect(tabAfterKey(tabs, 'tasks', 'ArrowDown')).toBeUndefined();
    expect(tabAfterKey([], 'tasks', 'ArrowRight')).toBeUndefined();
  });
});
