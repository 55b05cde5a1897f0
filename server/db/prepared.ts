import type { Compilable, CompiledQuery, InferResult, Kysely } from 'kysely';
import type { Database } from './database.ts';

type Db = Kysely<Database>;

/** Marks where a parameter goes in a query built once; its value is given at each run. */
export type Param = <T>(name: string) => T;

interface Template {
  sql: string;
  query: CompiledQuery['query'];
  /** Per bound value: the parameter's name, or the constant the builder put there. */
  slots: ({ param: string } | { value: unknown })[];
}

const sentinelPrefix = '\u0000portico-param:';

/**
 * A query whose shape never changes, built and compiled once per database dialect and then run with new
 * values. Building a Kysely query and compiling it to SQL costs tens of microseconds, more than running
 * a small query on an index; on the portal's hot paths (the guard, the dashboard) that adds up. Values
 * go in through `param(name)`; lists (`in (…)`) can't be parameters, since their length shapes the SQL.
 */
export function preparedQuery<Params extends Record<string, unknown>, Query extends Compilable<unknown>>(
  build: (db: Db, param: Param) => Query,
): (db: Db, params: Params) => Promise<InferResult<Query>> {
  const templates = new WeakMap<object, Template>();
  const templateFor = (db: Db): Template => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (!template) {
      const compiled = build(db, <T>(name: string) => `${sentinelPrefix}${name}` as T).compile();
      template = {
        sql: compiled.sql,
        query: compiled.query,
        slots: compiled.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(sentinelPrefix) ? { param: value.slice(sentinelPrefix.length) } : { value },
        ),
      };
      templates.set(adapter, template);
    }
    return template;
  };
  return async (db, params) => {
    const template = templateFor(db);
    const parameters = template.slots.map((slot) => {
      if (!('param' in slot)) return slot.value;
      if (!(slot.param in params)) throw new Error(`Missing query parameter ${slot.param}`);
      return params[slot.param];
    });
    const result = await db.executeQuery({ sql: template.sql, query: template.query, parameters, queryId: { queryId: template.sql } });
    return result.rows as InferResult<Query>;
  };
}
