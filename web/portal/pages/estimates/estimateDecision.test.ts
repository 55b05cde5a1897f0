import { describe, expect, it } from 'vitest';
import { conflictReason, todayUtc } from './estimateDecision.ts';

describe('conflictReason', () => {
  const open = { status: 'sent' as const, expiry_date: null };

  it('explains a decided or expired estimate by what it is now, whatever the code', () => {
    expect(conflictReason({ status: 'accepted', expiry_date: null }, 'STALE_VERSION')).toBe('accepted');
    expect(conflictReason({ status: 'invoiced', expiry_date: null }, 'STATE_CONFLICT')).toBe('accepted');
    expect(conflictReason({ status: 'declined', expiry_date: null }, 'STATE_CONFLICT')).toBe('declined');
    expect(conflictReason({ status: 'sent', expiry_date: '2000-01-01' }, 'STALE_VERSION')).toBe('expired');
  });

  it('says the business changed an estimate that is still open after a stale version', () => {
    expect(conflictReason(open, 'STALE_VERSION')).toBe('changed');
    expect(conflictReason({ status: 'changes_requested', expiry_date: todayUtc() }, 'STALE_VERSION')).toBe('changed');
  });

  it('falls back to the general explanation for other conflicts', () => {
    expect(conflictReason(open, 'STATE_CONFLICT')).toBe('generic');
    expect(conflictReason(open)).toBe('generic');
  });
});
