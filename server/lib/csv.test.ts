import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalAmount } from '../../contract/money.ts';
import { parseCsv } from '../test/parse-csv.ts';
import { CSV_BOM, csvChunks, csvField, csvLine, csvOf, datedCsvName } from './csv.ts';

/** What a text should read as in the file: as it is, or with an apostrophe before a formula. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as they are, booleans as words and missing values as empty fields', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvOf(['module', 'count'], [['portal', 2]])).toBe('module,count\r\nportal,2\r\n');
  });

  it('reads back every text as written, a formula only with its apostrophe', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", '1') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(rows.map(csvLine).join(''));
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((record, r) => {
          expect(record).toEqual(rows[r]!.map(guarded));
          // Nothing read back starts a formula.
          for (const value of record) expect(value).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
    );
  });

  it('writes a file page by page after a byte order mark and the header', async () => {
    async function* pages() {
      yield [{ name: 'Ann, Ltd' }];
      yield [];
      yield [{ name: '=cmd' }];
    }
    const chunks: string[] = [];
    for await (const chunk of csvChunks([{ header: 'name', value: (row: { name: string }) => row.name }], pages())) chunks.push(chunk);
    expect(chunks).toEqual([`${CSV_BOM}name\r\n`, '"Ann, Ltd"\r\n', "'=cmd\r\n"]);
  });
});

describe('dated file names', () => {
  it('names a download by its list and the UTC day', () => {
    expect(datedCsvName('customers', new Date('2026-12-04T23:30:00Z'))).toBe('customers-2026-12-04.csv');
  });
});

describe('decimal amounts', () => {
  it('writes minor units with the currency’s digits, exactly', () => {
    expect(decimalAmount(123456, 'USD')).toBe('1234.56');
    expect(decimalAmount(-5, 'EUR')).toBe('-0.05');
    expect(decimalAmount(0, 'EUR')).toBe('0.00');
    expect(decimalAmount(1234, 'JPY')).toBe('1234');
    expect(decimalAmount(1234, 'KWD')).toBe('1.234');
    expect(decimalAmount(9007199254740991, 'USD')).toBe('90071992547409.91');
  });
});
