import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CsvSyntaxError, csvLine, parseCsvText, sniffDelimiter } from './csv.ts';

const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('the CSV reader', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsvText('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n').records).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('drops a byte order mark, reads LF and CR line ends, a last line without end, and skips empty lines', () => {
    expect(parseCsvText(`${CSV_BOM}name,email\nAcme,a@x.test\r\rBeta,b@x.test`).records).toEqual([
      ['name', 'email'],
      ['Acme', 'a@x.test'],
      ['Beta', 'b@x.test'],
    ]);
  });

  it('sniffs the semicolon of spreadsheets that write decimal commas', () => {
    expect(sniffDelimiter('Name;Preis;Währung\r\n')).toBe(';');
    expect(sniffDelimiter('"a;b";c,d,e\r\n')).toBe(',');
    expect(parseCsvText('Name;Preis\r\nSchraube;"12,50"\r\n')).toEqual({ delimiter: ';', records: [['Name', 'Preis'], ['Schraube', '12,50']] });
  });

  it('keeps a trailing empty field and a quote inside an unquoted field', () => {
    expect(parseCsvText('a,b,\r\n5" pipe,x,\r\n').records).toEqual([
      ['a', 'b', ''],
      ['5" pipe', 'x', ''],
    ]);
  });

  it('names the row of an unclosed quote and of text after a closing quote', () => {
    expect(() => parseCsvText('name\r\nok\r\n"open\r\nstill open\r\n')).toThrow(new CsvSyntaxError(3, 'a quoted field is not closed'));
    expect(() => parseCsvText('name\r\n"a"b\r\n')).toThrow(CsvSyntaxError);
    const thrown = (() => {
      try {
        parseCsvText('h\r\n"a\r\nb"\r\n"c"x\r\n');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(CsvSyntaxError);
    expect((thrown as CsvSyntaxError).row).toBe(4);
  });

  it('reads back whatever the writer wrote, with either delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\r', '\n', '=', '-', "'", '1', '日') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, bom) => {
        const text = (bom ? CSV_BOM : '') + rows.map(csvLine).join('');
        const { records } = parseCsvText(text, ',');
        expect(records).toEqual(rows.map((row) => row.map(guarded)));
        const semicolons = rows.map((row) => row.map((value) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(';') + '\r\n').join('');
        expect(parseCsvText(semicolons, ';').records).toEqual(rows);
      }),
    );
  });
});
