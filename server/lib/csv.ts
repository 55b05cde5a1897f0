/**
 * The one CSV writer of Portico (RFC 4180): fields separated by commas, lines ended by CRLF, a field quoted
 * when it holds a comma, quote or line break, quotes inside doubled. Files for download start with a UTF-8
 * byte order mark so that Excel reads them as UTF-8.
 *
 * Formula injection: a text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) is prefixed with an apostrophe, so opening the file never evaluates what someone typed.
 * Numbers are written as they are (a negative amount stays a number).
 */

export type CsvValue = string | number | boolean | null | undefined;

/** An export reads its list in pages of this many rows, through the list's own keyset. */
export const CSV_EXPORT_PAGE_SIZE = 500;

/** The byte order mark that starts a downloaded CSV file. */
export const CSV_BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One field: numbers as they are, booleans as true/false, null and undefined as an empty field. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record with its CRLF line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A whole table (without byte order mark): the header line, then one line per row. */
export function csvOf(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('');
}

/** A column of a CSV export: its header and how a row fills it. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/**
 * A CSV file as text chunks, built page by page: the byte order mark and header first, then one chunk per
 * page of rows, so a long export is never held in memory as a whole.
 */
export async function* csvChunks<Row>(columns: readonly CsvColumn<Row>[], pages: AsyncIterable<readonly Row[]>): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(columns.map((column) => column.header));
  for await (const rows of pages) {
    if (rows.length > 0) yield rows.map((row) => csvLine(columns.map((column) => column.value(row)))).join('');
  }
}

/** A download's file name with the day (UTC) it was made: customers-2026-12-04.csv. */
export function datedCsvName(list: string, now: Date): string {
  return `${list}-${now.toISOString().slice(0, 10)}.csv`;
}
