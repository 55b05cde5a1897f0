import { describe, expect, it } from 'vitest';
import { warehouseSchema, warehouseValues } from './warehouse-form.ts';

describe('the warehouse form', () => {
  it('starts from the warehouse being renamed, or empty', () => {
    expect(warehouseValues({ name: 'Leeds', address: null })).toEqual({ name: 'Leeds', address: '' });
    expect(warehouseValues(undefined)).toEqual({ name: '', address: '' });
  });

  it('sends a trimmed name and no address as null', () => {
    expect(warehouseSchema.parse({ name: ' Leeds ', address: '  ' })).toEqual({ name: 'Leeds', address: null });
    expect(warehouseSchema.parse({ name: 'Leeds', address: '1 Dock St\nLeeds ' })).toEqual({ name: 'Leeds', address: '1 Dock St\nLeeds' });
  });

  it('needs a name of at most 100 characters', () => {
    expect(warehouseSchema.safeParse({ name: ' ', address: '' }).error?.issues.map((issue) => issue.message)).toEqual(['common.required']);
    expect(warehouseSchema.safeParse({ name: 'x'.repeat(101), address: '' }).error?.issues.map((issue) => issue.message)).toEqual(['warehouses.errors.nameTooLong']);
  });
});
