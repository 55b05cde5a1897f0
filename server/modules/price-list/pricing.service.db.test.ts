import { expect } from 'vitest';
import { signUpStaff } from '../../test/builders.ts';
import { createCustomerIn, createItem, storePriceList } from '../../test/price-list-builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { customerPrices } from './pricing.service.ts';

const today = '2026-12-04';

describeOnEachDialect('customer prices', (it) => {
  it('prices each line by the customer’s list, its breaks and the base rates, in at most three queries', async ({ t, staff }) => {
    const org = staff.organization.id;
    const listed = await createItem(staff, { rate_minor: 1000 });
    const unlisted = await createItem(staff, { rate_minor: 500 });
    const inEuros = await createItem(staff, { rate_minor: 700, currency: 'EUR' });
    const customer = await createCustomerIn(staff, 'USD');
    const listId = await storePriceList(t.ctx.db, org, {
      name: 'Wholesale',
      rates: [
        { item_id: listed, min_quantity_milli: 1_000, rate_minor: 900 },
        { item_id: listed, min_quantity_milli: 10_000, rate_minor: 800 },
      ],
      customerIds: [customer],
    });
    const lines = [
      { item_id: listed, quantity_milli: 10_000 },
      { item_id: unlisted, quantity_milli: 3_000 },
      { item_id: inEuros, quantity_milli: 1_000 },
      { item_id: 'no-such-item', quantity_milli: 1_000 },
    ];
    const { result, count } = await t.queries.during(() => customerPrices(t.ctx.db, org, customer, lines, today));
    expect(count).toBeLessThanOrEqual(3);
    expect(result.get(listed)).toEqual({
      rate_minor: 800,
      currency: 'USD',
      source: 'price_list',
      price_list_id: listId,
      price_list_name: 'Wholesale',
      break_min_milli: 10_000,
      breaks: [
        { min_quantity_milli: 1_000, rate_minor: 900 },
        { min_quantity_milli: 10_000, rate_minor: 800 },
      ],
    });
    expect(result.get(unlisted)).toMatchObject({ rate_minor: 500, source: 'base', price_list_id: null });
    expect(result.get(inEuros)).toBeNull();
    expect(result.get('no-such-item')).toBeNull();
    expect([...result.keys()]).toHaveLength(4);
  });

  it('applies a markdown list and answers base rates to a customer without a list', async ({ t, staff }) => {
    const org = staff.organization.id;
    const item = await createItem(staff, { rate_minor: 999 });
    const withList = await createCustomerIn(staff, 'USD');
    const without = await createCustomerIn(staff, 'USD');
    await storePriceList(t.ctx.db, org, { kind: 'markdown', percent_basis_points: 1500, customerIds: [withList] });
    expect((await customerPrices(t.ctx.db, org, withList, [{ item_id: item, quantity_milli: 1_000 }], today)).get(item)).toMatchObject({ rate_minor: 849, source: 'price_list' });
    const { result, count } = await t.queries.during(() => customerPrices(t.ctx.db, org, without, [{ item_id: item, quantity_milli: 1_000 }], today));
    expect(result.get(item)).toMatchObject({ rate_minor: 999, source: 'base' });
    expect(count).toBeLessThanOrEqual(2);
  });

  it('sells a USD item to a EUR customer only at the EUR list’s rate, and ignores an expired list', async ({ t, staff }) => {
    const org = staff.organization.id;
    const item = await createItem(staff, { rate_minor: 1000, currency: 'USD' });
    const euroCustomer = await createCustomerIn(staff, 'EUR');
    const lapsedCustomer = await createCustomerIn(staff, 'USD');
    await storePriceList(t.ctx.db, org, { currency: 'EUR', rates: [{ item_id: item, min_quantity_milli: 0, rate_minor: 930 }], customerIds: [euroCustomer] });
    await storePriceList(t.ctx.db, org, { kind: 'markup', percent_basis_points: 5000, valid_to: '2026-12-03', customerIds: [lapsedCustomer] });
    expect((await customerPrices(t.ctx.db, org, euroCustomer, [{ item_id: item, quantity_milli: 500 }], today)).get(item)).toMatchObject({ rate_minor: 930, currency: 'EUR', source: 'price_list' });
    expect((await customerPrices(t.ctx.db, org, lapsedCustomer, [{ item_id: item, quantity_milli: 500 }], today)).get(item)).toMatchObject({ rate_minor: 1000, source: 'base' });
  });

  it('answers 404 for another organization’s customer and prices nothing of another organization', async ({ t, staff }) => {
    const other = await signUpStaff(t.app);
    const foreignCustomer = await createCustomerIn(other, 'USD');
    const foreignItem = await createItem(other, { rate_minor: 100 });
    const customer = await createCustomerIn(staff, 'USD');
    await expect(customerPrices(t.ctx.db, staff.organization.id, foreignCustomer, [], today)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await customerPrices(t.ctx.db, staff.organization.id, customer, [{ item_id: foreignItem, quantity_milli: 1_000 }], today)).get(foreignItem)).toBeNull();
  });
});
