import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../contract/money.ts';
import { pdfFormat } from './pdf-format.ts';

describe('pdfFormat', () => {
  it.each(['en', 'de', 'fr', 'es', 'ja'] as const)('formats money exactly as formatMoney does in %s', (language) => {
    for (const currency of ['EUR', 'USD', 'JPY', 'GBP', 'CHF']) {
      const format = pdfFormat(language, currency);
      for (const amount of [0, 1, -1, 5, 99, 100, 12_345, -987_654_321, 1_000_000_000_000]) {
        expect(format.money(amount)).toBe(formatMoney(amount, currency, language));
      }
    }
  });

  it('formats calendar dates without shifting them by a time zone', () => {
    expect(pdfFormat('en', 'EUR').date('2026-01-01')).toBe('Jan 1, 2026');
    expect(pdfFormat('de', 'EUR').date('2026-12-31')).toBe('31.12.2026');
    expect(pdfFormat('ja', 'JPY').date('2026-03-05')).toBe('2026/03/05');
    expect(pdfFormat('en', 'EUR').date(null)).toBe('');
  });

  it('formats quantities and percentages in the language', () => {
    const de = pdfFormat('de', 'EUR');
    expect(de.quantity(1500)).toBe('1,5');
    expect(de.quantity(1_234_567)).toBe('1.234,567');
    expect(de.percentFromBasisPoints(1250).replace(/\s/g, ' ')).toBe('12,5 %');
    expect(pdfFormat('en', 'EUR').percentFromMillipercent(19_000)).toBe('19%');
  });
});
