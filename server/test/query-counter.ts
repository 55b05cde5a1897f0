/**
 * Counts the SQL statements the app runs, for tests that pin how many queries a request costs.
 * The test app's database reports every statement here (createDb's `onQuery`), on both dialects;
 * a test resets the counter, makes one request and reads what ran.
 *
 *   const { count } = await t.queries.during(() => client.get('/api/v1/invoices?limit=25'));
 */
export class QueryCounter {
  private counted = 0;
  private statements: string[] = [];

  /** Called for each statement the database runs (begin and commit included). */
  readonly record = (sql: string): void => {
    this.counted++;
    // Test files that never reset (most of them) must not keep every statement of the file.
    if (this.statements.length < MAX_KEPT) this.statements.push(sql);
  };

  reset(): void {
    this.counted = 0;
    this.statements = [];
  }

  /** Statements since the last reset. */
  get count(): number {
    return this.counted;
  }

  /** Their SQL texts (the first thousands), in the order they ran, for failure messages. */
  get sql(): readonly string[] {
    return this.statements;
  }

  /** Runs `work` from a reset counter and answers its result with the statements it ran. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; count: number; sql: string[] }> {
    this.reset();
    const result = await work();
    return { result, count: this.counted, sql: [...this.statements] };
  }
}

const MAX_KEPT = 5_000;

/** The statements of one measurement as a numbered list, for an assertion's message. */
export function describeQueries(sql: readonly string[]): string {
  return sql.map((text, index) => `${index + 1}. ${text}`).join('\n');
}

/** The statements that ran more often in `large` than in `small`, with how many more: where an N+1 hides. */
export function extraStatements(small: readonly string[], large: readonly string[]): string {
  const tally = (list: readonly string[]) => list.reduce((counts, text) => counts.set(text, (counts.get(text) ?? 0) + 1), new Map<string, number>());
  const before = tally(small);
  return [...tally(large)]
    .filter(([text, times]) => times > (before.get(text) ?? 0))
    .map(([text, times]) => `+${times - (before.get(text) ?? 0)}× ${text}`)
    .join('\n');
}

interface Response {
  statusCode: number;
  body: string;
  json<T = unknown>(): T;
}

export interface ConstantQueriesCheck {
  /** What the list is called in failure messages (and in QUERY_COUNTS output). */
  name: string;
  /** Reads the page (one request). */
  read: () => Promise<Response>;
  /** How many rows the page shows. */
  rows: (body: never) => number;
  /** Adds `count` more rows to the list (zero is possible). */
  grow: (count: number) => Promise<unknown>;
  small?: number;
  large?: number;
}

/**
 * Reads a page of `small` rows and, after growing the list, of `large` rows, and expects both reads to
 * run the same number of SQL statements: a list costs a constant number of queries, never one per row.
 * Answers the count (QUERY_COUNTS=1 prints it, for docs/performance.md).
 */
export async function expectConstantQueries(queries: QueryCounter, check: ConstantQueriesCheck): Promise<number> {
  const { name, read, rows, grow, small = 2, large = 25 } = check;
  const measure = async (expectedRows: number) => {
    const run = await queries.during(read);
    if (run.result.statusCode !== 200) throw new Error(`${name}: ${run.result.statusCode} ${run.result.body}`);
    const shown = rows(run.result.json<never>());
    if (shown !== expectedRows) throw new Error(`${name}: expected a page of ${expectedRows} rows, got ${shown}`);
    return run;
  };
  // Some lists start with rows of their own (the owner among staff users, the sign-up's mail): grow up to `small`.
  const first = await read();
  if (first.statusCode !== 200) throw new Error(`${name}: ${first.statusCode} ${first.body}`);
  const already = rows(first.json<never>());
  if (already > small) throw new Error(`${name}: the list starts with ${already} rows, more than ${small}`);
  await grow(small - already);
  // That first read also warmed what later reads reuse; the comparison starts after it.
  const few = await measure(small);
  await grow(large - small);
  const many = await measure(large);
  if (process.env.QUERY_COUNTS) console.log(`[queries] ${name}: ${few.count} with ${small} rows, ${many.count} with ${large} rows`);
  if (many.count !== few.count) {
    throw new Error(
      `${name}: ${few.count} statements for ${small} rows but ${many.count} for ${large} rows; the statements that grew:\n${extraStatements(few.sql, many.sql)}\n\nAll ${many.count}:\n${describeQueries(many.sql)}`,
    );
  }
  return many.count;
}
