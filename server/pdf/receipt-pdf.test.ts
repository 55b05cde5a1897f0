import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../contract/money.ts';
import { extractPdfText, plainSpaces } from '../test/pdf-text.ts';
import { organization } from './pdf-test-fixtures.ts';
import type { ReceiptPdfView } from './pdf-types.ts';
import { renderReceiptPdf } from './receipt-pdf.ts';

function receiptView(overrides: Partial<ReceiptPdfView> = {}): ReceiptPdfView {
  return {
    number: 'PAY-000012',
    language: 'en',
    currency: 'USD',
    organization,
    customer: { name: 'Brightside Ltd', addressLines: ['2 Park Lane'] },
    generatedAt: '2026-11-25T10:00:00.000Z',
    paidOn: '2026-11-20',
    method: 'bank_transfer',
    status: 'completed',
    reference: 'WIRE 5531',
    amountMinor: 150_000,
    allocations: [
      { number: 'INV-000040', issueDate: '2026-10-01', totalMinor: 100_000, amountMinor: 100_000 },
      { number: 'INV-000041', issueDate: '2026-11-01', totalMinor: 80_000, amountMinor: 50_000 },
    ],
    notes: 'Thanks <script>x()</script>',
    ...overrides,
  };
}

describe('renderReceiptPdf', () => {
  it('prints the payment’s number, date, method, amount and the invoices it paid', async () => {
    const [page] = (await extractPdfText(await renderReceiptPdf(receiptView()))).map(plainSpaces);
    expect(page).toContain('Payment receipt');
    expect(page).toContain('PAY-000012');
    expect(page).toContain('RECEIVED FROM');
    expect(page).toContain('Payment date Nov 20, 2026');
    expect(page).toContain('Payment method Bank transfer');
    expect(page).toContain('Reference WIRE 5531');
    expect(page).toContain('Amount received');
    expect(page).toContain('$1,500.00');
    expect(page).toContain('Invoice Invoice date Invoice amount Amount applied');
    expect(page).toContain('INV-000040 Oct 1, 2026 $1,000.00 $1,000.00');
    expect(page).toContain('INV-000041 Nov 1, 2026 $800.00 $500.00');
    expect(page).toContain('Thanks <script>x()</script>');
  });

  it('speaks the customer’s language', async () => {
    const [page] = (await extractPdfText(await renderReceiptPdf(receiptView({ language: 'fr', currency: 'EUR', method: 'cheque' })))).map(plainSpaces);
    expect(page).toContain('Reçu de paiement');
    expect(page).toContain('Mode de paiement Chèque');
    expect(page).toContain(plainSpaces(formatMoney(150_000, 'EUR', 'fr')));
    expect(page).toContain('Page 1 sur 1');
  });
});
