import fc from 'fast-check';
import { expect } from 'vitest';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { signUpStaff } from '../../test/builders.ts';
import { describeOnEachDialect } from '../../test/fixture.ts';
import { keysetOrder, walkPages, wholeList } from '../../test/paging.ts';

interface Seed {
  displayName: string;
  contactFirstName: string | null;
}

async function insertCustomer(db: Db, organizationId: string, seed: Seed): Promise<{ id: string; display_name: string; contact: string | null }> {
  const id = newId();
  const at = new Date().toISOString();
  await db
    .insertInto('customers')
    .values({ id, organization_id: organizationId, display_name: seed.displayName, company_name: null, email: null, phone: null, currency: 'EUR', portal_language: 'en', billing_address: null, shipping_address: null, notes: null, allow_bank_payments: 0, created_at: at, updated_at: at })
    .execute();
  if (seed.contactFirstName) {
    await db
      .insertInto('contact_persons')
      .values({ id: newId(), organization_id: organizationId, customer_id: id, first_name: seed.contactFirstName, last_name: '', email: null, phone: null, is_primary: 1, portal_enabled: 0, permissions: '[]', invited_at: null, accepted_at: null, disabled_at: null, created_at: at, updated_at: at })
      .execute();
  }
  return { id, display_name: seed.displayName, contact: seed.contactFirstName };
}

// Few distinct names, so that ties (broken by id) are common; capitals and digits only, which every
// collation orders the same way.
const seed = fc.record({
  displayName: fc.constantFrom('A', 'AB', 'ABC', 'B', 'B1', 'Z', '0'),
  contactFirstName: fc.option(fc.constantFrom('Bea', 'Al'), { freq: 2 }),
});

describeOnEachDialect('paging the customer list', (it) => {
  it('walks every matching customer exactly once, in the order of the whole list, for any search and page size', async ({ t, ip }) => {
    await fc.assert(
      fc.asyncProperty(fc.array(seed, { maxLength: 25 }), fc.integer({ min: 1, max: 7 }), fc.constantFrom(undefined, 'b', 'AB', 'al'), async (seeds, limit, search) => {
        const staff = await signUpStaff(t.app, undefined, ip);
        const customers = [];
        for (const customer of seeds) customers.push(await insertCustomer(t.ctx.db, staff.organization.id, customer));
        const term = search?.toLowerCase();
        const matching = customers.filter((c) => !term || c.display_name.toLowerCase().includes(term) || Boolean(c.contact?.toLowerCase().includes(term)));
        const path = `/api/v1/customers${search ? `?search=${search}` : ''}`;
        const whole = await wholeList(staff.client, path);
        expect(whole).toEqual(keysetOrder(matching, (c) => c.display_name, false));
        expect(await walkPages(staff.client, path, limit)).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});
