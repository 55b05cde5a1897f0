import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { validationError } from '../lib/app-error.ts';

/**
 * Keyset paging, the one way every list of Portico pages.
 *
 * A list is ordered by a sort key and then by the row's id (unique, so the order is total), in one
 * direction. A page is "the first `limit` rows after the last row of the previous page"; the cursor
 * names that last row by its key and id, so pages stay stable while rows are added and the query
 * stays an index range scan however deep the caller pages.
 *
 * The cursor is opaque to callers (base64url of JSON) but checked here: it must come from the same
 * list and the same sort order, and its values must have the key's type. Anything else is a 400
 * naming `cursor`. The cursor is only a position: the query is always filtered by the caller, so a
 * cursor from someone else's list can reveal nothing.
 *
 * Nullable keys sort the same way on both databases: each key says where rows without a value go
 * in ascending order (`nulls`), descending order is the exact reverse, and ORDER BY says it with
 * NULLS FIRST/LAST, which SQLite and PostgreSQL both honour (their defaults differ).
 */

export type SortValue = string | number | null;

export interface SortKey<Row> {
  /** The column ordered on, as the query names it (`'issue_date'`, `'portal_tokens.id'`). */
  column: string;
  type: 'string' | 'integer';
  /** Where rows without a value sort in ascending order; leave out for a column that is never null. */
  nulls?: 'first' | 'last';
  /** The key of a row the query returned. */
  of: (row: Row) => SortValue;
}

export interface Keyset<Row, Key extends string> {
  /** Names the list: a cursor is accepted only by the list (and sort order) that gave it out. */
  list: string;
  /** The unique tie-breaker. */
  id: { column: string; of: (row: Row) => string };
  keys: Record<Key, SortKey<Row>>;
}

/** A sort option as callers send it: the key's name, `-` first for descending. */
export type Sort<Key extends string> = Key | `-${Key}`;

export interface PageRequest<Key extends string> {
  sort: Sort<Key>;
  limit: number;
  cursor?: string | undefined;
}

/** The one answer shape of a list (some lists add fields, such as `unread_count`). */
export interface Page<T> {
  data: T[];
  next_cursor: string | null;
}

interface Position {
  key: SortValue;
  id: string;
}

interface Order<Row> {
  sort: string;
  key: SortKey<Row>;
  descending: boolean;
}

/** Types `of` callbacks by the row while keeping the key names literal. */
export function defineKeyset<Row>() {
  return <Key extends string>(keyset: Keyset<Row, Key>): Keyset<Row, Key> => keyset;
}

/** A list ordered by id alone: ids are UUIDv7, so sort `-id` is newest first. */
export function idKeyset<Row>(list: string, column: string, of: (row: Row) => string): Keyset<Row, 'id'> {
  return { list, id: { column, of }, keys: { id: { column, type: 'string', of } } };
}

function orderOf<Row, Key extends string>(keyset: Keyset<Row, Key>, sort: Sort<Key>): Order<Row> {
  const descending = sort.startsWith('-');
  const name = (descending ? sort.slice(1) : sort) as Key;
  const key = Object.hasOwn(keyset.keys, name) ? keyset.keys[name] : undefined;
  // The request schema only lets through the list's own sort options.
  if (!key) throw new Error(`list ${keyset.list} has no sort key ${name}`);
  return { sort, key, descending };
}

export function encodeCursor<Row, Key extends string>(keyset: Keyset<Row, Key>, sort: Sort<Key>, row: Row): string {
  const order = orderOf(keyset, sort);
  return Buffer.from(JSON.stringify([keyset.list, order.sort, order.key.of(row), keyset.id.of(row)]), 'utf8').toString('base64url');
}

const notOurs = () => validationError('cursor', 'invalid_cursor', 'is not a cursor this list gave out; start again without it');

function parseCursor(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw notOurs();
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notOurs();
  }
}

function isKeyValue(value: unknown, key: SortKey<unknown>): value is SortValue {
  if (value === null) return key.nulls !== undefined;
  return key.type === 'integer' ? Number.isSafeInteger(value) : typeof value === 'string';
}

/** The position a cursor names, or a 400 naming `cursor` when this list and sort did not give it out. */
export function decodeCursor<Row, Key extends string>(keyset: Keyset<Row, Key>, sort: Sort<Key>, cursor: string | undefined): Position | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const order = orderOf(keyset, sort);
  const values = parseCursor(cursor);
  if (!Array.isArray(values) || values.length !== 4 || values[0] !== keyset.list) throw notOurs();
  const [, cursorSort, key, id] = values as unknown[];
  if (cursorSort !== order.sort) throw validationError('cursor', 'invalid_cursor', 'was given out for another sort order; start again without it');
  if (!isKeyValue(key, order.key as SortKey<unknown>) || typeof id !== 'string' || id.length === 0 || id.length > 64) throw notOurs();
  return { key, id };
}

/** Rows after `after` in the order, as a condition (the order is (key, id), nulls where the key says). */
function afterCondition<Row>(order: Order<Row>, idColumn: string, after: Position): RawBuilder<SqlBool> {
  const op = sql.raw(order.descending ? '<' : '>');
  const id = sql.ref(idColumn);
  if (order.key.column === idColumn) return sql<SqlBool>`${id} ${op} ${after.id}`;
  const key = sql.ref(order.key.column);
  const nullsAtEnd = order.key.nulls !== undefined && (order.key.nulls === 'last') !== order.descending;
  if (after.key === null) {
    return nullsAtEnd ? sql<SqlBool>`(${key} is null and ${id} ${op} ${after.id})` : sql<SqlBool>`(${key} is not null or (${key} is null and ${id} ${op} ${after.id}))`;
  }
  // A row-value comparison: (key, id) > (k, i) means key > k, or key = k and id > i; both databases
  // answer it with a range scan of an index on (…, key, id).
  const later = sql<SqlBool>`(${key}, ${id}) ${op} (${after.key}, ${after.id})`;
  return nullsAtEnd ? sql<SqlBool>`(${later} or ${key} is null)` : later;
}

function orderTerm(column: string, descending: boolean, nulls?: 'first' | 'last'): RawBuilder<unknown> {
  const direction = sql.raw(descending ? 'desc' : 'asc');
  if (nulls === undefined) return sql`${sql.ref(column)} ${direction}`;
  const nullsAtEnd = (nulls === 'last') !== descending;
  return sql`${sql.ref(column)} ${direction} ${sql.raw(nullsAtEnd ? 'nulls last' : 'nulls first')}`;
}

/** Orders `query` for `sort` and keeps the rows after `after`; the caller adds the limit. */
export function orderForKeyset<DB, TB extends keyof DB, O, Row, Key extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  keyset: Keyset<Row, Key>,
  sort: Sort<Key>,
  after?: Position,
): SelectQueryBuilder<DB, TB, O> {
  const order = orderOf(keyset, sort);
  let ordered = after ? query.where(afterCondition(order, keyset.id.column, after)) : query;
  if (order.key.column !== keyset.id.column) ordered = ordered.orderBy(orderTerm(order.key.column, order.descending, order.key.nulls));
  return ordered.orderBy(orderTerm(keyset.id.column, order.descending));
}

/**
 * One page of `query` (already filtered by the caller and the list's filters): checks the cursor,
 * orders, reads one row more than `limit` to know whether another page follows.
 */
export async function selectPage<DB, TB extends keyof DB, O extends Row, Row, Key extends string>(
  query: SelectQueryBuilder<DB, TB, O>,
  keyset: Keyset<Row, Key>,
  request: PageRequest<Key>,
): Promise<Page<O>> {
  const after = decodeCursor(keyset, request.sort, request.cursor);
  const rows = (await orderForKeyset(query, keyset, request.sort, after)
    .limit(request.limit + 1)
    .execute()) as O[];
  const data = rows.slice(0, request.limit);
  const last = data.at(-1);
  return { data, next_cursor: rows.length > request.limit && last !== undefined ? encodeCursor(keyset, request.sort, last) : null };
}

/** The same page with its rows presented for the answer. */
export async function presentPage<T, U>(page: Page<T>, present: (rows: T[]) => U[] | Promise<U[]>): Promise<Page<U>> {
  return { data: await present(page.data), next_cursor: page.next_cursor };
}

/**
 * Every page of a list, one after the other, for an export: `read` gives the page after a cursor (the first
 * page without one). Pages are read only as they are asked for.
 */
export async function* eachPage<T>(read: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    yield page.data;
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
}
