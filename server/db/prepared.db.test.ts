import { expect } from 'vitest';
import { describeOnEachDialect } from '../test/fixture.ts';
import { signUpStaff } from '../test/builders.ts';
import { preparedQuery } from './prepared.ts';

const organizationBySlug = preparedQuery((db, param) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name', 'slug'])
    .where('slug', '=', param<string>('slug'))
    // A constant the builder binds stays as it was built.
    .where('name', '!=', 'never this name')
    .limit(1),
);

describeOnEachDialect('prepared queries', (it) => {
  it('runs a query built once with new values each time, in and out of transactions', async ({ t }) => {
    const first = await signUpStaff(t.app);
    const second = await signUpStaff(t.app);
    const slugs = await t.ctx.db.selectFrom('organizations').select(['id', 'slug', 'name']).where('id', 'in', [first.organization.id, second.organization.id]).execute();
    for (const organization of slugs) {
      expect(await organizationBySlug(t.ctx.db, { slug: organization.slug })).toEqual([{ id: organization.id, name: organization.name, slug: organization.slug }]);
    }
    expect(await organizationBySlug(t.ctx.db, { slug: 'no-such-portal' })).toEqual([]);
    const inTransaction = await t.ctx.db.transaction().execute((trx) => organizationBySlug(trx, { slug: slugs[0]!.slug }));
    expect(inTransaction).toHaveLength(1);
  });

  it('refuses to run without a value for every parameter', async ({ t }) => {
    await expect(organizationBySlug(t.ctx.db, {})).rejects.toThrow('Missing query parameter slug');
  });
});
