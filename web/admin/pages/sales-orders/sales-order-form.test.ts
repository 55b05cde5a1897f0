import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../documents/queries.ts';
import { blankOrderLine, hasServerPricedLines, lineQuantity, withKnownPrices, orderLineFromItem, orderLineFromSaved, previewOrderAmounts, toOrderLineInputs, withCustomerPrice, withTypedRate } from './order-lines.ts';
import { canApproveOrder, canCancelOrder, canConfirmOrder, canConvertOrder, canEditOrder, canPackOrder } from './order-actions.ts';
import { editSalesOrderValues, newSalesOrderValues, otherAddress, salesOrderFieldName, salesOrderFormSchema, salesOrderRequest, type SalesOrderFormValues } from './sales-order-form.ts';
import { storedOrder, storedOrderLine } from './test-orders.ts';

const acme = { id: 'cust-1', display_name: 'Acme', currency: 'EUR' };
const widget: CatalogueItem = { id: 'item-1', name: 'Widget', sku: 'W-1', unit: 'pcs', description: 'Blue', rate_minor: 1_000, currency: 'EUR', tax_id: 'tax-vat', archived: false, category: null, sellable_in_portal: false, allow_backorders: false, track_stock: false, stock: null, images: [], external_id: null, updated_at: '2026-11-30T10:00:00.000Z' };
const dollarGadget = { ...widget, id: 'item-2', name: 'Gadget', currency: 'USD' };
const vat = { id: 'tax-vat', name: 'VAT', rate_percent: 19, archived: false, vat_category: null, exemption_reason: null };
const context = { editing: false, currency: 'EUR', locale: 'en' };

function filled(patch: Partial<SalesOrderFormValues> = {}): SalesOrderFormValues {
  return { ...newSalesOrderValues(acme, 'en'), order_date: '2026-12-02', ...patch };
}

describe('the order lines', () => {
  it('leave an item’s rate to the server, which prices it with the customer’s price list and breaks', () => {
    const line = { ...orderLineFromItem(blankOrderLine('en'), widget, 'EUR', 'en'), quantity: '12' };
    expect(line).toMatchObject({ item_id: 'item-1', name: 'Widget', rate: '10.00', tax_id: 'tax-vat', manual_rate: false });
    expect(toOrderLineInputs([line], 'EUR', 'en')).toEqual([{ item_id: 'item-1', name: 'Widget', description: 'Blue', quantity: 12, discount: null, tax_id: 'tax-vat' }]);
    expect(hasServerPricedLines([line])).toBe(true);
  });

  it('send a rate staff typed, and go back to the customer’s price when asked', () => {
    const picked = orderLineFromItem(blankOrderLine('de'), widget, 'EUR', 'de');
    const typed = { ...picked, ...withTypedRate(picked, '9,50') };
    expect(toOrderLineInputs([typed], 'EUR', 'de')?.[0]).toMatchObject({ item_id: 'item-1', rate_minor: 950 });
    const back = { ...typed, ...withCustomerPrice(typed, widget, 'EUR', 'de') };
    expect(back).toMatchObject({ rate: '10,00', manual_rate: false });
    expect(toOrderLineInputs([back], 'EUR', 'de')?.[0]).not.toHaveProperty('rate_minor');
  });

  it('show no rate for an item in another currency (a price list may still sell it) and need one on a free-text line', () => {
    const gadget = orderLineFromItem(blankOrderLine('en'), dollarGadget, 'EUR', 'en');
    expect(gadget.rate).toBe('');
    expect(toOrderLineInputs([gadget], 'EUR', 'en')?.[0]).not.toHaveProperty('rate_minor');
    const free = { ...blankOrderLine('en'), item_id: null, manual_rate: true, name: 'Setup' };
    expect(toOrderLineInputs([free], 'EUR', 'en')).toBeUndefined();
    expect(toOrderLineInputs([{ ...free, rate: '25' }], 'EUR', 'en')).toEqual([{ item_id: null, name: 'Setup', description: null, quantity: 1, rate_minor: 2_500, discount: null, tax_id: null }]);
  });

  it('total live with the rate shown, a line without one counting nothing yet', () => {
    const picked = { ...orderLineFromItem(blankOrderLine('en'), widget, 'EUR', 'en'), quantity: '2' };
    const gadget = orderLineFromItem(blankOrderLine('en'), dollarGadget, 'EUR', 'en');
    // 2 × 10.00 + 19 % VAT.
    expect(previewOrderAmounts([picked, gadget], [vat], 'EUR', 'en')?.total_minor).toBe(2_380);
  });

  it('keep a saved line’s price and say where it came from; a typed rate stays typed', () => {
    const listed = orderLineFromSaved(storedOrderLine(), 'EUR', 'en');
    expect(listed).toMatchObject({ quantity: '10', rate: '8.50', manual_rate: false, pricing: { source: 'price_list', price_list_name: 'Wholesale', break_min: 10 } });
    expect(orderLineFromSaved(storedOrderLine({ price_source: 'manual' }), 'EUR', 'en').manual_rate).toBe(true);
    expect(orderLineFromSaved(storedOrderLine({ item_id: null }), 'EUR', 'en').manual_rate).toBe(true);
  });
});

describe('the customer’s prices', () => {
  it('fill the rate of each line the server prices, saying which list and break gave it, and leave typed rates alone', () => {
    const priced = { ...orderLineFromItem(blankOrderLine('de'), widget, 'EUR', 'de'), quantity: '12' };
    const typed = { ...priced, ...withTypedRate(priced, '7') };
    const price = { rate_minor: 850, source: 'price_list' as const, price_list_name: 'Wholesale', break_min_quantity: 10 };
    const next = withKnownPrices([priced, typed], (line) => (lineQuantity(line, 'de') === 12 ? price : undefined), 'EUR', 'de');
    expect(next?.map((line) => [line.rate, line.pricing])).toEqual([
      ['8,50', { source: 'price_list', price_list_name: 'Wholesale', break_min: 10 }],
      ['7', null],
    ]);
    // Once filled, nothing changes again (no endless updates).
    expect(withKnownPrices(next ?? [], () => price, 'EUR', 'de')).toBeUndefined();
    expect(lineQuantity({ ...priced, quantity: 'x' }, 'de')).toBeUndefined();
  });
});

describe('the order form', () => {
  it('sends a new order with its customer, trimmed texts as null and the chosen saved address', () => {
    const line = { ...orderLineFromItem(blankOrderLine('en'), widget, 'EUR', 'en'), quantity: '3' };
    const request = salesOrderRequest(filled({ po_number: ' PO-7 ', notes: '  ', expected_shipment_date: '2026-12-10', shipping_address_choice: 'addr-1', lines: [line] }), context);
    expect(request).toEqual({
      kind: 'create',
      body: {
        customer_id: 'cust-1',
        order_date: '2026-12-02',
        expected_shipment_date: '2026-12-10',
        po_number: 'PO-7',
        notes: null,
        shipping_address_id: 'addr-1',
        shipping_address: null,
        lines: [{ item_id: 'item-1', name: 'Widget', description: 'Blue', quantity: 3, discount: null, tax_id: 'tax-vat' }],
      },
    });
  });

  it('sends a typed address instead of a saved one', () => {
    const line = orderLineFromItem(blankOrderLine('en'), widget, 'EUR', 'en');
    const body = salesOrderRequest(filled({ shipping_address_choice: otherAddress, shipping_address: ' 1 Dock Road\nHull ', lines: [line] }), context)?.body;
    expect(body).toMatchObject({ shipping_address_id: null, shipping_address: '1 Dock Road\nHull' });
  });

  it('asks for a customer, a readable line, an address when “another” is chosen and a shipment not before the order', () => {
    const schema = salesOrderFormSchema({ editing: false, locale: 'en', orderCurrency: undefined });
    const issues = (values: SalesOrderFormValues) => schema.safeParse(values).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];
    expect(issues(filled({ customer: null }))).toContainEqual(['customer', 'picker.required']);
    expect(issues(filled())).toContainEqual(['lines', 'lines.errors.fix']);
    const line = orderLineFromItem(blankOrderLine('en'), widget, 'EUR', 'en');
    expect(issues(filled({ lines: [line] }))).toEqual([]);
    expect(issues(filled({ lines: [line], shipping_address_choice: otherAddress }))).toEqual([['shipping_address', 'common.required']]);
    expect(issues(filled({ lines: [line], expected_shipment_date: '2026-12-01' }))).toEqual([['expected_shipment_date', 'salesOrders.errors.shipBeforeOrder']]);
  });

  it('fills an edited order from it and sends the changes without a customer', () => {
    const order = storedOrder({ po_number: 'PO-1', shipping_address: '1 Dock Road', expected_shipment_date: '2026-12-09' });
    const values = editSalesOrderValues(order, 'en');
    expect(values).toMatchObject({ order_date: '2026-12-01', expected_shipment_date: '2026-12-09', po_number: 'PO-1', shipping_address_choice: otherAddress, shipping_address: '1 Dock Road' });
    const request = salesOrderRequest({ ...values, po_number: '' }, { editing: true, currency: 'EUR', locale: 'en' });
    expect(request?.kind).toBe('update');
    expect(request?.body).not.toHaveProperty('customer_id');
    expect(request?.body).toMatchObject({ po_number: null, lines: [{ item_id: 'item-1', quantity: 10 }] });
  });

  it('puts the server’s field errors on the fields that hold them', () => {
    expect(salesOrderFieldName('customer_id')).toBe('customer');
    expect(salesOrderFieldName('shipping_address_id')).toBe('shipping_address_choice');
    expect(salesOrderFieldName('lines.1.rate_minor')).toBe('lines.1.rate');
    expect(salesOrderFieldName('lines.0.item_id')).toBe('lines.0.item_id');
    expect(salesOrderFieldName('po_number')).toBe('po_number');
  });
});

describe('the actions an order offers', () => {
  it('follow its status and quantities', () => {
    const draft = storedOrder();
    expect([canEditOrder(draft), canConfirmOrder(draft), canApproveOrder(draft), canCancelOrder(draft), canPackOrder(draft), canConvertOrder(draft, 'all')]).toEqual([true, true, false, true, false, false]);
    const pending = storedOrder({ status: 'pending_approval' });
    expect([canEditOrder(pending), canConfirmOrder(pending), canApproveOrder(pending), canCancelOrder(pending)]).toEqual([true, false, true, true]);
    const confirmed = storedOrder({ status: 'confirmed', lines: [storedOrderLine({ committed_quantity: 10 })] });
    expect([canEditOrder(confirmed), canCancelOrder(confirmed), canPackOrder(confirmed), canConvertOrder(confirmed, 'all'), canConvertOrder(confirmed, 'shipped')]).toEqual([false, true, true, true, false]);
    const part = storedOrder({ status: 'partially_shipped', lines: [storedOrderLine({ packed_quantity: 10, shipped_quantity: 4 })] });
    // Something shipped: no cancelling; everything packed: no new package.
    expect([canCancelOrder(part), canPackOrder(part), canConvertOrder(part, 'shipped')]).toEqual([false, false, true]);
    const invoiced = storedOrder({ status: 'shipped', lines: [storedOrderLine({ packed_quantity: 10, shipped_quantity: 10, invoiced_quantity: 10 })] });
    expect([canConvertOrder(invoiced, 'all'), canConvertOrder(invoiced, 'shipped')]).toEqual([false, false]);
    expect(canConvertOrder(storedOrder({ status: 'cancelled' }), 'all')).toBe(false);
  });
});
