import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../contract/money.ts';
import { extractPdfText, plainSpaces } from '../test/pdf-text.ts';
import type { StatementPdfView } from './pdf-types.ts';
import { renderStatementPdf } from './statement-pdf.ts';

function statementView(overrides: Partial<StatementPdfView> = {}): StatementPdfView {
  return {
    language: 'en',
    currency: 'EUR',
    generatedAt: '2026-11-30T09:00:00.000Z',
    organization: { name: 'Acme Supplies', address: '1 Harbour Road\nLeeds', email: 'billing@acme.test', phone: null, website: null, brandColor: '#1f5fbf' },
    customer: { name: 'Brightside Ltd', addressLines: ['2 Park Lane', 'London'] },
    from: '2026-11-01',
    to: '2026-11-30',
    openingBalanceMinor: 10_000,
    entries: [
      { date: '2026-11-03', type: 'invoice', number: 'INV-000007', description: 'Due 2026-12-03', amountMinor: 123_456, balanceMinor: 133_456 },
      { date: '2026-11-10', type: 'payment', number: 'PAY-000002', description: null, amountMinor: -50_000, balanceMinor: 83_456 },
      { date: '2026-11-12', type: 'credit_note', number: 'CN-000001', description: null, amountMinor: -3_456, balanceMinor: 80_000 },
    ],
    closingBalanceMinor: 80_000,
    invoicedMinor: 123_456,
    paidMinor: 50_000,
    creditedMinor: 3_456,
    refundedMinor: 0,
    ageing: { currentMinor: 70_000, days1To30Minor: 5_000, days31To60Minor: 3_000, days61To90Minor: 1_500, over90Minor: 500 },
    ...overrides,
  };
}

const money = (minor: number, language = 'en', currency = 'EUR') => plainSpaces(formatMoney(minor, currency, language));

describe('renderStatementPdf', () => {
  it('prints the opening balance, each entry with its running balance, the closing balance and the ageing', async () => {
    const [page, ...rest] = (await extractPdfText(await renderStatementPdf(statementView()))).map(plainSpaces);
    expect(rest).toEqual([]);
    expect(page).toContain('Statement of accounts');
    expect(page).toContain('Period: Nov 1, 2026 – Nov 30, 2026');
    expect(page).toMatch(/Nov 1, 2026 Opening balance €100\.00/);
    expect(page).toContain(`Nov 3, 2026 Invoice INV-000007 ${money(123_456)} ${money(133_456)}`);
    expect(page).toContain(`Nov 10, 2026 Payment PAY-000002 ${money(-50_000)} ${money(83_456)}`);
    expect(page).toContain(`Nov 12, 2026 Credit note CN-000001 ${money(-3_456)} ${money(80_000)}`);
    expect(page).toContain(`Closing balance ${money(80_000)}`);
    expect(page).toContain('Current 1–30 days 31–60 days 61–90 days Over 90 days');
    expect(page).toContain(['€700.00', '€50.00', '€30.00', '€15.00', '€5.00'].join(' '));
    expect(page).toContain('Page 1 of 1');
  });

  it('prints a refund as an entry of its own that raises the balance, and its total', async () => {
    const refund = { date: '2026-11-20', type: 'refund' as const, number: 'PAY-000002', description: 'INV-000007', amountMinor: 20_000, balanceMinor: 100_000 };
    const view = statementView({ refundedMinor: 20_000, closingBalanceMinor: 100_000 });
    for (const [language, entry, total] of [['en', 'Refund', 'Refunds'], ['de', 'Erstattung', 'Erstattungen'], ['ja', '返金', '返金']] as const) {
      const [page] = (await extractPdfText(await renderStatementPdf({ ...view, language, entries: [...view.entries, refund] }))).map(plainSpaces);
      expect(page).toContain(`${entry} PAY-000002 ${money(20_000, language)} ${money(100_000, language)}`);
      expect(page).toContain(total);
    }
  });

  it('speaks the customer’s language, with its dates and money', async () => {
    const [page] = (await extractPdfText(await renderStatementPdf(statementView({ language: 'de' })))).map(plainSpaces);
    expect(page).toContain('Kontoauszug');
    expect(page).toContain('Anfangssaldo');
    expect(page).toContain(`03.11.2026 Rechnung INV-000007 ${money(123_456, 'de')} ${money(133_456, 'de')}`);
    expect(page).toContain(`Endsaldo ${money(80_000, 'de')}`);
    expect(page).toContain('Über 90 Tage');
    expect(page).toContain('Seite 1 von 1');
  });

  it('flows a long statement over pages with the column headings on each and the closing balance on the last', async () => {
    const entries = Array.from({ length: 120 }, (_, index) => ({
      date: '2026-11-15',
      type: 'invoice' as const,
      number: `INV-${String(index + 1).padStart(6, '0')}`,
      description: null,
      amountMinor: 100,
      balanceMinor: 10_000 + (index + 1) * 100,
    }));
    const pages = (await extractPdfText(await renderStatementPdf(statementView({ entries, closingBalanceMinor: 22_000 })))).map(plainSpaces);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain('Date Transaction Details Amount Balance');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page.includes('Closing balance')).toBe(index === pages.length - 1);
    });
    expect(pages.at(-1)).toContain(`INV-000120 ${money(100)} ${money(22_000)}`);
  });
});
