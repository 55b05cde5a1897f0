import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import { newId } from '../lib/ids.ts';
import { keysetOrder } from '../test/paging.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import type { TestApp } from '../test/test-app.ts';
import { defineKeyset, orderForKeyset, selectPage, type Sort } from './keyset.ts';

interface Probe {
  id: string;
  run: string;
  name: string | null;
  due: string | null;
  amount: number;
}
type ProbeDb = Kysely<{ keyset_probes: Probe }>;

const probes = defineKeyset<Probe>()({
  list: 'probes',
  id: { column: 'id', of: (row) => row.id },
  keys: {
    name: { column: 'name', type: 'string', nulls: 'first', of: (row) => row.name },
    due: { column: 'due', type: 'string', nulls: 'last', of: (row) => row.due },
    amount: { column: 'amount', type: 'integer', of: (row) => row.amount },
    id: { column: 'id', type: 'string', of: (row) => row.id },
  },
});
type ProbeKey = keyof typeof probes.keys;
const sorts: Sort<ProbeKey>[] = ['name', '-name', 'due', '-due', 'amount', '-amount', 'id', '-id'];

function expectedOrder(rows: Probe[], sort: Sort<ProbeKey>): string[] {
  const key = probes.keys[sort.replace('-', '') as ProbeKey];
  return keysetOrder(rows, key.of, sort.startsWith('-'), key.nulls !== 'last');
}

// Few distinct values, so that ties (broken by id) and nulls are common; letters and digits only, which
// every collation orders the same way.
const probe = fc.record({
  name: fc.option(fc.constantFrom('A', 'AB', 'B', 'B1', 'Z', '0'), { freq: 3 }),
  due: fc.option(fc.constantFrom('2026-01-31', '2026-02-01', '2026-12-31'), { freq: 3 }),
  amount: fc.integer({ min: -2, max: 2 }),
});

/** The probe table (created with the file's database) seen through its row types. */
async function probeTable(t: TestApp): Promise<ProbeDb> {
  const db = t.ctx.db as unknown as ProbeDb;
  await sql`create table if not exists keyset_probes (id text primary key, run text not null, name text, due text, amount integer not null)`.execute(db);
  return db;
}

/** Rows stored under a run of their own, so each test (and each property run) pages only its rows. */
async function insertRun(db: ProbeDb, rows: Omit<Probe, 'id' | 'run'>[]): Promise<Probe[]> {
  const run = newId();
  const stored = rows.map((row) => ({ ...row, id: newId(), run }));
  if (stored.length) await db.insertInto('keyset_probes').values(stored).execute();
  return stored;
}

describeOnEachDialect('keyset paging', (it) => {
  it('walks every row exactly once, in the order of the whole query, for every sort and page size', async ({ t }) => {
    const db = await probeTable(t);
    await fc.assert(
      fc.asyncProperty(fc.array(probe, { maxLength: 25 }), fc.integer({ min: 1, max: 8 }), async (rows, limit) => {
        const stored = await insertRun(db, rows);
        const run = stored[0]?.run ?? newId();
        const query = db.selectFrom('keyset_probes').selectAll().where('run', '=', run);
        for (const sort of sorts) {
          const whole = (await orderForKeyset(query, probes, sort).execute()).map((row) => row.id);
          expect(whole).toEqual(expectedOrder(stored, sort));
          const walked: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages <= stored.length; pages++) {
            const page = await selectPage(query, probes, { sort, limit, cursor });
            expect(page.data.length).toBeLessThanOrEqual(limit);
            walked.push(...page.data.map((row) => row.id));
            if (!page.next_cursor) break;
            cursor = page.next_cursor;
          }
          expect(walked).toEqual(whole);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('ends with next_cursor null exactly on the last page, also when the rows fill it', async ({ t }) => {
    const db = await probeTable(t);
    const stored = await insertRun(db, [1, 2, 3, 4].map((amount) => ({ name: null, due: null, amount })));
    const query = db.selectFrom('keyset_probes').selectAll().where('run', '=', stored[0]!.run);
    const first = await selectPage(query, probes, { sort: 'amount', limit: 2 });
    expect(first.data.map((row) => row.amount)).toEqual([1, 2]);
    const second = await selectPage(query, probes, { sort: 'amount', limit: 2, cursor: first.next_cursor ?? undefined });
    expect(second).toEqual({ data: [expect.objectContaining({ amount: 3 }), expect.objectContaining({ amount: 4 })], next_cursor: null });
    expect(await selectPage(query.where('amount', '>', 10), probes, { sort: 'amount', limit: 2 })).toEqual({ data: [], next_cursor: null });
  });

  it('places rows without a value the same way on both databases: first or last ascending, the reverse descending', async ({ t }) => {
    const db = await probeTable(t);
    const stored = await insertRun(db, [
      { name: 'B', due: '2026-02-01', amount: 0 },
      { name: null, due: null, amount: 0 },
      { name: 'A', due: '2026-01-31', amount: 0 },
    ]);
    const query = db.selectFrom('keyset_probes').selectAll().where('run', '=', stored[0]!.run);
    const names = async (sort: Sort<ProbeKey>) => (await orderForKeyset(query, probes, sort).execute()).map((row) => row.name);
    const dues = async (sort: Sort<ProbeKey>) => (await orderForKeyset(query, probes, sort).execute()).map((row) => row.due);
    expect(await names('name')).toEqual([null, 'A', 'B']);
    expect(await names('-name')).toEqual(['B', 'A', null]);
    expect(await dues('due')).toEqual(['2026-01-31', '2026-02-01', null]);
    expect(await dues('-due')).toEqual([null, '2026-02-01', '2026-01-31']);
  });
});
