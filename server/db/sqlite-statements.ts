import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';

/** How many compiled statements one database keeps; queries with `in (…)` lists of many lengths must not grow it without end. */
export const statementCacheSize = 1000;

/**
 * The better-sqlite3 database as Kysely's SQLite dialect sees it, with its compiled statements kept by SQL
 * text. Compiling a statement costs more than running most of Portico's queries, and the same few hundred
 * queries run again and again. Kysely runs one query at a time on the connection (its mutex), so a cached
 * statement is never in use twice at once; SQLite re-prepares a statement by itself after a schema change.
 */
export function withStatementCache(database: SqliteDatabase, size = statementCacheSize): { close(): void; prepare(sql: string): Statement } {
  const statements = new Map<string, Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (statement) return statement;
      statement = database.prepare(sql);
      if (statements.size >= size) {
        // The oldest first: what a page ran once at start is what is least likely to run again.
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
