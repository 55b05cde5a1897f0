import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Search, the one way every list searches: a case-insensitive substring match of the term in any of
 * the given columns.
 *
 * - The term is literal: `%`, `_` and the escape character `\` are escaped and the LIKE says
 *   `ESCAPE '\'` on both databases (PostgreSQL's default escape is `\`, SQLite has none), so `50%`,
 *   `a_b` and `C:\` find the same rows on SQLite and PostgreSQL.
 * - Case is ignored by lowering both the column and the term with the database's lower(). On
 *   PostgreSQL that is Unicode-aware (in a UTF-8 locale); SQLite's own is ASCII-only, so Portico
 *   replaces it on every SQLite connection with `unicodeLower` (see create-db.ts). `Ü` finds `ü`,
 *   `É` finds `é`, `Ж` finds `ж`, full-width `Ａ` finds `ａ` on both.
 * - Nothing else is folded: accents (`e` does not find `é`), widths (`A` does not find `Ａ`) and kana
 *   stay distinct; Japanese and other scripts without case match exactly as typed.
 */

const ESCAPE = '\\';

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `${ESCAPE}${char}`);
}

/** The columns (as the query names them) of which at least one contains `term`. */
export function containsText(columns: readonly string[], term: string): RawBuilder<SqlBool> {
  const pattern = `%${escapeLike(term)}%`;
  // `is not null` first: SQLite then skips calling its (JavaScript) lower() for empty columns.
  const matches = columns.map((column) => sql<SqlBool>`(${sql.ref(column)} is not null and lower(${sql.ref(column)}) like lower(cast(${pattern} as text)) escape ${ESCAPE})`);
  return sql<SqlBool>`(${sql.join(matches, sql` or `)})`;
}

/**
 * Lowercase letter by letter with Unicode's simple mapping, as PostgreSQL's lower() does in a UTF-8
 * locale. JavaScript's toLowerCase() differs in two places, both undone here: it turns `İ` into two
 * characters (`i` and a combining dot) and a final `Σ` into `ς`.
 */
export function unicodeLower(text: string): string {
  return text.replace(/[\u0130\u03a3]/g, (char) => (char === '\u0130' ? 'i' : '\u03c3')).toLowerCase();
}
