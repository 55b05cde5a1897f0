import { describe, expect, it } from 'vitest';
import { invoiceableMilli, nextOrderStatus, orderTransitionRefusal, shipmentStatus } from './sales-order.ts';

describe('sales order rules', () => {
  it('allows each action only from its statuses', () => {
    expect(nextOrderStatus('confirm', 'draft')).toBe('confirmed');
    expect(nextOrderStatus('confirm', 'pending_approval')).toBeUndefined();
    expect(nextOrderStatus('approve', 'pending_approval')).toBe('confirmed');
    expect(nextOrderStatus('cancel', 'confirmed')).toBe('cancelled');
    expect(nextOrderStatus('cancel', 'partially_shipped')).toBeUndefined();
    expect(nextOrderStatus('cancel', 'shipped')).toBeUndefined();
    expect(nextOrderStatus('edit', 'confirmed')).toBeUndefined();
    expect(nextOrderStatus('invoice', 'draft')).toBeUndefined();
    expect(nextOrderStatus('invoice', 'delivered')).toBe('delivered');
    expect(orderTransitionRefusal('cancel', 'shipped')).toBe('A shipped sales order cannot be cancelled; only draft, pending approval, confirmed ones can');
  });

  it('derives the shipping status from the lines and packages', () => {
    const line = (quantity: number, shipped: number) => ({ quantity_milli: quantity, shipped_milli: shipped });
    expect(shipmentStatus({ status: 'confirmed' }, [line(2000, 0)], [{ status: 'packed' }])).toBe('confirmed');
    expect(shipmentStatus({ status: 'confirmed' }, [line(2000, 1000), line(1000, 0)], [{ status: 'shipped' }])).toBe('partially_shipped');
    expect(shipmentStatus({ status: 'partially_shipped' }, [line(2000, 2000)], [{ status: 'delivered' }, { status: 'shipped' }])).toBe('shipped');
    expect(shipmentStatus({ status: 'shipped' }, [line(2000, 2000)], [{ status: 'delivered' }, { status: 'delivered' }])).toBe('delivered');
    expect(shipmentStatus({ status: 'cancelled' }, [line(2000, 2000)], [])).toBe('cancelled');
    expect(shipmentStatus({ status: 'draft' }, [line(2000, 0)], [])).toBe('draft');
  });

  it('invoices what is left of a line, or what shipped and is not invoiced', () => {
    expect(invoiceableMilli({ quantity_milli: 5000, shipped_milli: 2000, invoiced_milli: 1000 }, 'all')).toBe(4000);
    expect(invoiceableMilli({ quantity_milli: 5000, shipped_milli: 2000, invoiced_milli: 1000 }, 'shipped')).toBe(1000);
    expect(invoiceableMilli({ quantity_milli: 5000, shipped_milli: 2000, invoiced_milli: 3000 }, 'shipped')).toBe(0);
  });
});
