import { describe, expect, it } from 'vitest';
import { storedOrder, storedOrderLine } from '../sales-orders/test-orders.ts';
import { carrierFormSchema, packableLines, packageFieldName, packageFormSchema, packageFormValues, packageRequest, previewTrackingUrl, shipFormSchema, shipRequest } from './package-form.ts';

const order = storedOrder({
  status: 'partially_shipped',
  lines: [
    storedOrderLine({ id: 'l-1', name: 'Widget', quantity: 10, packed_quantity: 4 }),
    storedOrderLine({ id: 'l-2', name: 'Gear', quantity: 2.5, packed_quantity: 0 }),
    storedOrderLine({ id: 'l-3', name: 'Done', quantity: 3, packed_quantity: 3 }),
  ],
});

describe('the package form', () => {
  it('offers each line with something left, all of what is left by default', () => {
    expect(packableLines(order).map((line) => line.id)).toEqual(['l-1', 'l-2']);
    const values = packageFormValues(order, 'de');
    expect(values.lines).toEqual([
      { line_id: 'l-1', quantity: '6' },
      { line_id: 'l-2', quantity: '2,5' },
    ]);
  });

  it('sends only the lines with a quantity, as numbers', () => {
    const values = { ...packageFormValues(order, 'en'), package_date: '2026-12-02', notes: ' Fragile ', lines: [{ line_id: 'l-1', quantity: '3' }, { line_id: 'l-2', quantity: '0' }] };
    expect(packageRequest(values, 'en')).toEqual({ package_date: '2026-12-02', notes: 'Fragile', lines: [{ sales_order_line_id: 'l-1', quantity: 3 }] });
  });

  it('refuses more than is left, unreadable quantities and an empty package', () => {
    const schema = packageFormSchema(order, 'en');
    const issues = (lines: { line_id: string; quantity: string }[]) => schema.safeParse({ package_date: '2026-12-02', notes: '', lines }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
    expect(issues([{ line_id: 'l-1', quantity: '6' }, { line_id: 'l-2', quantity: '2.5' }])).toEqual([]);
    expect(issues([{ line_id: 'l-1', quantity: '7' }, { line_id: 'l-2', quantity: '' }])).toEqual([['lines.0.quantity', 'packages.errors.moreThanLeft']]);
    expect(issues([{ line_id: 'l-1', quantity: 'two' }, { line_id: 'l-2', quantity: '1.2345' }])).toEqual([
      ['lines.0.quantity', 'packages.errors.number'],
      ['lines.1.quantity', 'packages.errors.decimals'],
      ['lines', 'packages.errors.nothing'],
    ]);
    expect(issues([{ line_id: 'l-1', quantity: '0' }, { line_id: 'l-2', quantity: '' }])).toEqual([['lines', 'packages.errors.nothing']]);
    // The body leaves out lines without a quantity: its second line is the form's third here.
    const values = { package_date: '2026-12-02', notes: '', lines: [{ line_id: 'l-1', quantity: '1' }, { line_id: 'l-2', quantity: '0' }, { line_id: 'l-3', quantity: '2' }] };
    expect(packageFieldName('lines.1.quantity', values, 'en')).toBe('lines.2.quantity');
    expect(packageFieldName('lines.0.sales_order_line_id', values, 'en')).toBe('lines.0.quantity');
    expect(packageFieldName('package_date', values, 'en')).toBe('package_date');
  });
});

describe('the ship form', () => {
  it('needs a carrier and a tracking number, and sends them trimmed', () => {
    const issues = shipFormSchema.safeParse({ carrier: '', tracking_number: '  ', shipped_on: '2026-12-02' }).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues).toEqual(['carrier', 'tracking_number']);
    expect(shipRequest({ carrier: 'dhl', tracking_number: ' JD0002 ', shipped_on: '2026-12-02' })).toEqual({ carrier: 'dhl', tracking_number: 'JD0002', shipped_on: '2026-12-02' });
  });
});

describe('a carrier’s template', () => {
  it('is an https address with the tracking number’s place, previewed with the number encoded', () => {
    const check = (template: string) => carrierFormSchema.safeParse({ name: 'Courier', tracking_url_template: template }).error?.issues.map((issue) => issue.message) ?? [];
    expect(check('https://track.example/{tracking_number}')).toEqual([]);
    expect(check('http://track.example/{tracking_number}')).toEqual(['carriers.errors.https']);
    expect(check('https://track.example/')).toEqual(['carriers.errors.placeholder']);
    expect(previewTrackingUrl('https://track.example/?n={tracking_number}', 'A B&C')).toBe('https://track.example/?n=A%20B%26C');
  });
});
