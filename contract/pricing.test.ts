import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitPriceFor, type PriceListRule, type PricedItem } from './pricing.ts';

const today = '2026-12-04';
const widget: PricedItem = { id: 'item-widget', rate_minor: 1000, currency: 'USD' };

const list = (overrides: Partial<PriceListRule>): PriceListRule => ({
  id: 'list-1',
  name: 'Trade',
  currency: 'USD',
  kind: 'per_item',
  percent_basis_points: 0,
  valid_from: null,
  valid_to: null,
  archived: false,
  rates: [],
  ...overrides,
});

const tiered = list({
  rates: [
    { item_id: 'item-widget', min_quantity_milli: 10_000, rate_minor: 800 },
    { item_id: 'item-other', min_quantity_milli: 0, rate_minor: 1 },
    { item_id: 'item-widget', min_quantity_milli: 1_000, rate_minor: 900 },
    { item_id: 'item-widget', min_quantity_milli: 100_000, rate_minor: 700 },
  ],
});

describe('the base rule', () => {
  it('answers the item’s base rate to a customer with no list', () => {
    expect(unitPriceFor(widget, 1000, 'USD', null, today)).toEqual({
      rate_minor: 1000,
      currency: 'USD',
      source: 'base',
      price_list_id: null,
      price_list_name: null,
      break_min_milli: null,
      breaks: [],
    });
  });

  it('does not sell an item priced in another currency to a customer with no list', () => {
    expect(unitPriceFor(widget, 1000, 'EUR', null, today)).toBeNull();
  });
});

describe('markup and markdown', () => {
  it('raises the base rate by the percentage', () => {
    expect(unitPriceFor(widget, 1000, 'USD', list({ kind: 'markup', percent_basis_points: 1250 }), today)).toEqual({
      rate_minor: 1125,
      currency: 'USD',
      source: 'price_list',
      price_list_id: 'list-1',
      price_list_name: 'Trade',
      break_min_milli: null,
      breaks: [],
    });
  });

  it('lowers the base rate by the percentage', () => {
    expect(unitPriceFor(widget, 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 2500 }), today)?.rate_minor).toBe(750);
  });

  it('rounds half away from zero per unit', () => {
    // 999 × 0.85 = 849.15 → 849; 999 × 0.95 = 949.05 → 949; 5 × 0.9 = 4.5 → 5; 15 × 0.9 = 13.5 → 14
    const item = (rate: number): PricedItem => ({ ...widget, rate_minor: rate });
    expect(unitPriceFor(item(999), 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 1500 }), today)?.rate_minor).toBe(849);
    expect(unitPriceFor(item(999), 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 500 }), today)?.rate_minor).toBe(949);
    expect(unitPriceFor(item(5), 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 1000 }), today)?.rate_minor).toBe(5);
    expect(unitPriceFor(item(15), 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 1000 }), today)?.rate_minor).toBe(14);
    // 333 × 1.125 = 374.625 → 375; 1 × 1.5 = 1.5 → 2
    expect(unitPriceFor(item(333), 1000, 'USD', list({ kind: 'markup', percent_basis_points: 1250 }), today)?.rate_minor).toBe(375);
    expect(unitPriceFor(item(1), 1000, 'USD', list({ kind: 'markup', percent_basis_points: 5000 }), today)?.rate_minor).toBe(2);
  });

  it('prices per unit, whatever the quantity', () => {
    const l = list({ kind: 'markdown', percent_basis_points: 1500 });
    const item = { ...widget, rate_minor: 999 };
    expect(unitPriceFor(item, 1, 'USD', l, today)?.rate_minor).toBe(849);
    expect(unitPriceFor(item, 123_456, 'USD', l, today)?.rate_minor).toBe(849);
  });

  it('gives the item away at a markdown of 100 %', () => {
    expect(unitPriceFor(widget, 1000, 'USD', list({ kind: 'markdown', percent_basis_points: 10_000 }), today)?.rate_minor).toBe(0);
  });
});

describe('per-item rates and quantity breaks', () => {
  it('answers the list’s rate for the item and its breaks, smallest first', () => {
    expect(unitPriceFor(widget, 5_000, 'USD', tiered, today)).toEqual({
      rate_minor: 900,
      currency: 'USD',
      source: 'price_list',
      price_list_id: 'list-1',
      price_list_name: 'Trade',
      break_min_milli: 1_000,
      breaks: [
        { min_quantity_milli: 1_000, rate_minor: 900 },
        { min_quantity_milli: 10_000, rate_minor: 800 },
        { min_quantity_milli: 100_000, rate_minor: 700 },
      ],
    });
  });

  it('applies a break from exactly its quantity, and the previous one a thousandth below', () => {
    expect(unitPriceFor(widget, 10_000, 'USD', tiered, today)).toMatchObject({ rate_minor: 800, break_min_milli: 10_000 });
    expect(unitPriceFor(widget, 9_999, 'USD', tiered, today)).toMatchObject({ rate_minor: 900, break_min_milli: 1_000 });
    expect(unitPriceFor(widget, 100_000, 'USD', tiered, today)).toMatchObject({ rate_minor: 700, break_min_milli: 100_000 });
    expect(unitPriceFor(widget, 99_999, 'USD', tiered, today)).toMatchObject({ rate_minor: 800, break_min_milli: 10_000 });
    expect(unitPriceFor(widget, 1_000, 'USD', tiered, today)).toMatchObject({ rate_minor: 900, break_min_milli: 1_000 });
  });

  it('falls back to the base rate below the smallest break of a per-item list', () => {
    expect(unitPriceFor(widget, 999, 'USD', tiered, today)).toEqual({
      rate_minor: 1000,
      currency: 'USD',
      source: 'base',
      price_list_id: null,
      price_list_name: null,
      break_min_milli: null,
      breaks: tiered.rates.filter((r) => r.item_id === widget.id).map(({ min_quantity_milli, rate_minor }) => ({ min_quantity_milli, rate_minor })).sort((a, b) => a.min_quantity_milli - b.min_quantity_milli),
    });
  });

  it('falls back to the percentage below the smallest break of a markup list', () => {
    const l = list({ kind: 'markup', percent_basis_points: 1000, rates: [{ item_id: 'item-widget', min_quantity_milli: 50_000, rate_minor: 950 }] });
    expect(unitPriceFor(widget, 49_999, 'USD', l, today)).toMatchObject({ rate_minor: 1100, source: 'price_list', break_min_milli: null });
    expect(unitPriceFor(widget, 50_000, 'USD', l, today)).toMatchObject({ rate_minor: 950, source: 'price_list', break_min_milli: 50_000 });
  });

  it('prices an item the per-item list does not name at its base rate', () => {
    expect(unitPriceFor({ ...widget, id: 'item-unlisted' }, 5_000, 'USD', tiered, today)).toMatchObject({ rate_minor: 1000, source: 'base', breaks: [] });
  });
});

describe('when the list applies', () => {
  const markup = (overrides: Partial<PriceListRule>) => list({ kind: 'markup', percent_basis_points: 2000, ...overrides });

  it('ignores an expired list', () => {
    expect(unitPriceFor(widget, 1000, 'USD', markup({ valid_to: '2026-12-03' }), today)).toMatchObject({ rate_minor: 1000, source: 'base' });
    expect(unitPriceFor(widget, 5_000, 'USD', { ...tiered, valid_to: '2026-12-03' }, today)).toMatchObject({ rate_minor: 1000, source: 'base', breaks: [] });
  });

  it('ignores a list not valid yet', () => {
    expect(unitPriceFor(widget, 1000, 'USD', markup({ valid_from: '2026-12-05' }), today)).toMatchObject({ rate_minor: 1000, source: 'base' });
  });

  it('applies a list on its first and on its last day', () => {
    expect(unitPriceFor(widget, 1000, 'USD', markup({ valid_from: today }), today)).toMatchObject({ rate_minor: 1200, source: 'price_list' });
    expect(unitPriceFor(widget, 1000, 'USD', markup({ valid_to: today }), today)).toMatchObject({ rate_minor: 1200, source: 'price_list' });
    expect(unitPriceFor(widget, 1000, 'USD', markup({ valid_from: '2026-01-01', valid_to: '2026-12-31' }), today)).toMatchObject({ rate_minor: 1200 });
  });

  it('ignores an archived list', () => {
    expect(unitPriceFor(widget, 1000, 'USD', markup({ archived: true }), today)).toMatchObject({ rate_minor: 1000, source: 'base', price_list_id: null });
  });

  it('ignores a list in another currency than the customer’s', () => {
    expect(unitPriceFor(widget, 5_000, 'USD', { ...tiered, currency: 'EUR' }, today)).toMatchObject({ rate_minor: 1000, source: 'base' });
  });
});

describe('items priced in another currency', () => {
  const euros = list({ currency: 'EUR', rates: [{ item_id: 'item-widget', min_quantity_milli: 1_000, rate_minor: 920 }] });

  it('sells them to a EUR customer at the EUR list’s per-item rate', () => {
    expect(unitPriceFor(widget, 2_000, 'EUR', euros, today)).toMatchObject({ rate_minor: 920, currency: 'EUR', source: 'price_list', break_min_milli: 1_000 });
  });

  it('does not sell them below the smallest EUR break', () => {
    expect(unitPriceFor(widget, 999, 'EUR', euros, today)).toBeNull();
  });

  it('does not convert a USD base rate through a EUR percentage list', () => {
    expect(unitPriceFor(widget, 1000, 'EUR', list({ currency: 'EUR', kind: 'markdown', percent_basis_points: 1000 }), today)).toBeNull();
  });

  it('does not sell them when the EUR list has no rate for them', () => {
    expect(unitPriceFor(widget, 1000, 'EUR', list({ currency: 'EUR', rates: [{ item_id: 'item-other', min_quantity_milli: 0, rate_minor: 5 }] }), today)).toBeNull();
  });

  it('does not sell them through an expired EUR list', () => {
    expect(unitPriceFor(widget, 2_000, 'EUR', { ...euros, valid_to: '2026-01-01' }, today)).toBeNull();
  });
});

describe('properties', () => {
  const breaksArb = fc.uniqueArray(fc.record({ min_quantity_milli: fc.integer({ min: 0, max: 1_000_000 }), rate_minor: fc.integer({ min: 0, max: 10_000_000 }) }), {
    selector: (b) => b.min_quantity_milli,
    maxLength: 8,
  });

  it('chooses the greatest break at or below the quantity, or none', () => {
    fc.assert(
      fc.property(breaksArb, fc.integer({ min: 0, max: 1_200_000 }), (breaks, quantity) => {
        const l = list({ rates: breaks.map((b) => ({ item_id: widget.id, ...b })) });
        const price = unitPriceFor(widget, quantity, 'USD', l, today);
        const eligible = breaks.filter((b) => b.min_quantity_milli <= quantity);
        if (eligible.length === 0) {
          expect(price).toMatchObject({ source: 'base', rate_minor: widget.rate_minor, break_min_milli: null });
        } else {
          const greatest = eligible.reduce((a, b) => (b.min_quantity_milli > a.min_quantity_milli ? b : a));
          expect(price).toMatchObject({ source: 'price_list', rate_minor: greatest.rate_minor, break_min_milli: greatest.min_quantity_milli });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never answers a negative price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom<PriceListRule['kind']>('markup', 'markdown', 'per_item'),
        fc.integer({ min: 0, max: 100_000 }),
        breaksArb,
        fc.integer({ min: 0, max: 1_200_000 }),
        (base, kind, percent, breaks, quantity) => {
          // markdown is at most 100 %, markup at most 1000 % (as the API accepts them)
          const bp = kind === 'markdown' ? Math.min(percent, 10_000) : kind === 'markup' ? percent : 0;
          const l = list({ kind, percent_basis_points: bp, rates: breaks.map((b) => ({ item_id: widget.id, ...b })) });
          const price = unitPriceFor({ ...widget, rate_minor: base }, quantity, 'USD', l, today);
          expect(price).not.toBeNull();
          expect(price!.rate_minor).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(price!.rate_minor)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
