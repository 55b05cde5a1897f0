import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statements.ts';

describe('SQLite statement cache', () => {
  it('compiles each SQL text once and hands back the same statement', () => {
    const database = new SQLite(':memory:');
    let compiled = 0;
    const prepare = database.prepare.bind(database);
    database.prepare = ((text: string) => {
      compiled++;
      return prepare(text);
    });
    const cached = withStatementCache(database);
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
    expect(compiled).toBe(2);
    cached.close();
    expect(database.open).toBe(false);
  });

  it('keeps at most its size, dropping the oldest', () => {
    const database = new SQLite(':memory:');
    const cached = withStatementCache(database, 2);
    const one = cached.prepare('select 1');
    const two = cached.prepare('select 2');
    cached.prepare('select 3');
    expect(cached.prepare('select 2')).toBe(two);
    expect(cached.prepare('select 1')).not.toBe(one);
    cached.close();
  });

  it('answers right through Kysely with reused statements, also after the schema changes', async () => {
    const db = new Kysely<{ t: { id: number; name: string } }>({ dialect: new SqliteDialect({ database: withStatementCache(new SQLite(':memory:')) }) });
    await sql`create table t (id integer primary key, name text not null)`.execute(db);
    for (let i = 1; i <= 3; i++) await db.insertInto('t').values({ id: i, name: `n${i}` }).execute();
    const byId = (id: number) => db.selectFrom('t').selectAll().where('id', '=', id).executeTakeFirst();
    expect(await byId(2)).toEqual({ id: 2, name: 'n2' });
    expect(await byId(3)).toEqual({ id: 3, name: 'n3' });
    await sql`alter table t add column extra text`.execute(db);
    expect(await byId(3)).toEqual({ id: 3, name: 'n3', extra: null });
    const updated = await db.updateTable('t').set({ name: 'x' }).where('id', '<', 3).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
    await db.destroy();
  });
});
