import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error.ts';
import { checkPackLines, releaseOnShipment } from './shipment.ts';

const lines = [
  { id: 'a', quantity_milli: 3000, packed_milli: 1000 },
  { id: 'b', quantity_milli: 500, packed_milli: 0 },
];

function refusal(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('packing rules', () => {
  it('lets up to what is left of each line be packed', () => {
    expect(() => checkPackLines([{ sales_order_line_id: 'a', quantity_milli: 2000 }, { sales_order_line_id: 'b', quantity_milli: 500 }], lines)).not.toThrow();
  });

  it('names the line asked for beyond what is left, an unknown line and a line named twice', () => {
    expect(refusal(() => checkPackLines([{ sales_order_line_id: 'b', quantity_milli: 1 }, { sales_order_line_id: 'a', quantity_milli: 2001 }], lines))).toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'lines.1.quantity', code: 'too_big', params: { remaining: 2, requested: 2.001 } }],
    });
    expect(refusal(() => checkPackLines([{ sales_order_line_id: 'z', quantity_milli: 1 }], lines))).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'lines.0.sales_order_line_id', code: 'unknown_reference' }] });
    expect(refusal(() => checkPackLines([{ sales_order_line_id: 'b', quantity_milli: 1 }, { sales_order_line_id: 'b', quantity_milli: 1 }], lines))).toMatchObject({ details: [{ field: 'lines.1.sales_order_line_id', code: 'duplicate' }] });
  });

  it('releases what the line holds, at most the quantity shipped', () => {
    expect(releaseOnShipment(3000, 2000)).toBe(2000);
    expect(releaseOnShipment(500, 2000)).toBe(500);
    expect(releaseOnShipment(0, 2000)).toBe(0);
  });
});
