import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId } from '../lib/ids.ts';
import { describeOnEachDialect } from '../test/fixture.ts';
import type { TestApp } from '../test/test-app.ts';
import { containsText, escapeLike, unicodeLower } from './search.ts';

interface Probe {
  id: string;
  run: string;
  title: string | null;
  note: string | null;
}
type ProbeDb = Kysely<{ search_probes: Probe }>;

const titles = [
  '50% off',
  '500 units',
  '5 0',
  'a_b',
  'axb',
  'ab',
  'A_B Holdings',
  'C:\\shared',
  'C:shared',
  'back\\\\slash',
  'Müller GmbH',
  'MÜLLER AG',
  'Ünal',
  'ÉCOLE Élan',
  'école',
  'ЖУРНАЛ',
  'журнал',
  'ΟΔΟΣ',
  'Ｐｏｒｔｉｃｏ',
  'ＰＯＲＴＩＣＯ',
  'Portico',
  '株式会社ノースウィンド',
  'ﾉｰｽｳｨﾝﾄﾞ',
  'İstanbul',
  null,
];

describe('search terms', () => {
  it('escape %, _ and the escape character itself', () => {
    expect(escapeLike('50%')).toBe('50\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
    expect(escapeLike('C:\\')).toBe('C:\\\\');
    expect(escapeLike('plain text')).toBe('plain text');
  });

  it('lower letter by letter as PostgreSQL does', () => {
    expect(unicodeLower('MÜLLER ÉCOLE ЖУРНАЛ ＰＯＲＴＩＣＯ')).toBe('müller école журнал ｐｏｒｔｉｃｏ');
    expect(unicodeLower('ΟΔΟΣ')).toBe('οδοσ');
    expect(unicodeLower('İSTANBUL')).toBe('istanbul');
    expect(unicodeLower('株式会社 ﾉｰｽ')).toBe('株式会社 ﾉｰｽ');
  });
});

/**
 * The probe titles stored under a run of their own, and a search over that run only: each test
 * searches rows no other test wrote.
 */
async function probeRun(t: TestApp): Promise<{ db: ProbeDb; run: string; found: (term: string, columns?: string[]) => Promise<(string | null)[]> }> {
  const db = t.ctx.db as unknown as ProbeDb;
  const run = newId();
  await sql`create table if not exists search_probes (id text primary key, run text not null, title text, note text)`.execute(db);
  await db
    .insertInto('search_probes')
    .values(titles.map((title) => ({ id: newId(), run, title, note: null })))
    .execute();
  const found = async (term: string, columns: string[] = ['title']) => {
    const rows = await db.selectFrom('search_probes').select('title').where('run', '=', run).where(containsText(columns, term)).execute();
    return rows.map((row) => row.title).sort();
  };
  return { db, run, found };
}

describeOnEachDialect('search', (it) => {
  it('takes % and _ literally', async ({ t }) => {
    const { found } = await probeRun(t);
    expect(await found('50%')).toEqual(['50% off']);
    expect(await found('%')).toEqual(['50% off']);
    expect(await found('a_b')).toEqual(['A_B Holdings', 'a_b']);
    expect(await found('_')).toEqual(['A_B Holdings', 'a_b']);
    expect(await found('5_0')).toEqual([]);
  });

  it('takes a backslash literally, alone or doubled', async ({ t }) => {
    const { found } = await probeRun(t);
    expect(await found('C:\\')).toEqual(['C:\\shared']);
    expect(await found('\\')).toEqual(['C:\\shared', 'back\\\\slash']);
    expect(await found('\\\\')).toEqual(['back\\\\slash']);
  });

  it('ignores case beyond ASCII: Ü finds ü, É finds é, Ж finds ж, full-width Ａ finds ａ', async ({ t }) => {
    const { found } = await probeRun(t);
    expect(await found('müller')).toEqual(['MÜLLER AG', 'Müller GmbH']);
    expect(await found('MÜLLER')).toEqual(['MÜLLER AG', 'Müller GmbH']);
    expect(await found('ünal')).toEqual(['Ünal']);
    expect(await found('École')).toEqual(['ÉCOLE Élan', 'école']);
    expect(await found('журнал')).toEqual(['ЖУРНАЛ', 'журнал']);
    expect(await found('οδοσ')).toEqual(['ΟΔΟΣ']);
    expect(await found('ｐｏｒｔｉｃｏ')).toEqual(['ＰＯＲＴＩＣＯ', 'Ｐｏｒｔｉｃｏ']);
    expect(await found('istanbul')).toEqual(['İstanbul']);
  });

  it('folds nothing but case: no accents, widths or kana', async ({ t }) => {
    const { found } = await probeRun(t);
    expect(await found('ecole')).toEqual([]);
    expect(await found('portico')).toEqual(['Portico']);
    expect(await found('ノース')).toEqual(['株式会社ノースウィンド']);
    expect(await found('ﾉｰｽ')).toEqual(['ﾉｰｽｳｨﾝﾄﾞ']);
    expect(await found('株式会社')).toEqual(['株式会社ノースウィンド']);
  });

  it('matches in any of the columns and never a null one', async ({ t }) => {
    const { db, run, found } = await probeRun(t);
    const id = newId();
    await db.insertInto('search_probes').values({ id, run, title: null, note: 'Remember 50% deposit' }).execute();
    expect(await found('50%', ['title', 'note'])).toEqual(['50% off', null]);
    expect(await found('deposit', ['title'])).toEqual([]);
  });

  it('lowers text exactly as the JavaScript rule does, so both databases agree', async ({ t }) => {
    const db = t.ctx.db as unknown as ProbeDb;
    const sample = 'ABCXYZ ÀÉÎÕÜÇÑ ÆØÅ ŁŃŚŹŻ ČŠŽ ĞİŞ ΑΒΓΔΣΩ АБВЖЯЁ ＡＢＣ ẞ ǅ';
    const row = await sql<{ lowered: string }>`select lower(${sample}) as lowered`.execute(db);
    expect(row.rows[0]?.lowered).toBe(unicodeLower(sample));
  });
});
