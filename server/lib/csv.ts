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

/** A CSV file read by parseCsvText: its delimiter and records (the first one is usually the header). */
export interface ParsedCsv {
  delimiter: ',' | ';';
  records: string[][];
}

/** A file that is not CSV: where it goes wrong, by record (1 = the first line of the file). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(`row ${row}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * The delimiter of a file: `;` when its first line (outside quotes) holds more semicolons than commas (as
 * spreadsheets write CSV where the comma is the decimal separator), otherwise `,`.
 */
export function sniffDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads a CSV file (RFC 4180): fields separated by the delimiter (sniffed unless given), records ended by
 * CRLF, LF or CR, a field in double quotes may hold delimiters, line breaks and doubled quotes. A byte order
 * mark at the start is dropped; a last line without line end is read too; empty lines are skipped. An
 * unclosed quote, or text after a closing quote, is a CsvSyntaxError naming the record.
 */
export function parseCsvText(input: string, delimiter: ',' | ';' = sniffDelimiter(input.startsWith(CSV_BOM) ? input.slice(1) : input)): ParsedCsv {
  const text = input.startsWith(CSV_BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let row = 1;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  while (i < n) {
    // One field.
    if (text.charCodeAt(i) === 34 /* " */) {
      const startRow = row;
      let value = '';
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) throw new CsvSyntaxError(startRow, 'a quoted field is not closed');
        const chunk = text.slice(i, close);
        for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10 || (chunk.charCodeAt(k) === 13 && chunk.charCodeAt(k + 1) !== 10)) row++;
        value += chunk;
        if (text.charCodeAt(close + 1) === 34) {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      record.push(value);
      const next = text[i];
      if (next === undefined) break;
      if (next === delimiter) {
        i++;
        if (i === n) record.push('');
        continue;
      }
      if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 1] === '\n' ? 2 : 1;
        endRecord();
        row++;
        continue;
      }
      throw new CsvSyntaxError(startRow, 'text follows the closing quote of a field');
    }
    let end = i;
    while (end < n) {
      const code = text.charCodeAt(end);
      if (code === 10 || code === 13 || text[end] === delimiter) break;
      end++;
    }
    // A quote inside a field that does not start with one is kept as it is (as spreadsheets read it).
    record.push(text.slice(i, end));
    i = end;
    if (i === n) break;
    if (text[i] === delimiter) {
      i++;
      if (i === n) record.push('');
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRecord();
    row++;
  }
  if (record.length > 0) endRecord();
  return { delimiter, records };
}
