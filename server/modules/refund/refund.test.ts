import { describe, expect, it } from 'vitest';
import { refundAllocations } from './refund.ts';

const allocation = (id: string, due: string, amount: number, refunded = 0) => ({ document_id: id, number: `INV-${id}`, issue_date: '2026-10-01', due_date: due, amount_minor: amount, refunded_minor: refunded });

describe('where a refund’s money comes from', () => {
  it('gives back money on account first, then the newest document', () => {
    const allocations = [allocation('old', '2026-10-15', 3_000), allocation('new', '2026-11-15', 5_000)];
    expect(refundAllocations(1_000, 10_000, 0, allocations)).toEqual([]);
    expect(refundAllocations(4_000, 10_000, 0, allocations)).toEqual([{ document_id: 'new', amount_minor: 2_000 }]);
    expect(refundAllocations(10_000, 10_000, 0, allocations)).toEqual([
      { document_id: 'new', amount_minor: 5_000 },
      { document_id: 'old', amount_minor: 3_000 },
    ]);
  });

  it('counts what earlier refunds gave back', () => {
    const allocations = [allocation('old', '2026-10-15', 3_000), allocation('new', '2026-11-15', 5_000, 5_000)];
    expect(refundAllocations(2_000, 8_000, 5_000, allocations)).toEqual([{ document_id: 'old', amount_minor: 2_000 }]);
  });
});
